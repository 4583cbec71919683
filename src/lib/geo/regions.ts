/** One provincial-level division of China, keyed by its GB/T 2260 code. */
export interface Region {
	/** GB/T 2260 code, e.g. '140000'. */
	code: string;
	/** Short name as news text writes it, e.g. '山西', '内蒙古'. */
	name: string;
	/** Official full name, e.g. '山西省', '内蒙古自治区'. */
	fullName: string;
	/** English name, e.g. 'Shanxi'; 陕西 is 'Shaanxi' so the two never collide. */
	en: string;
	/** Its ISO 3166-2:CN code, e.g. 'SX': the English map label where the name has no room. */
	abbr: string;
	/** Other spellings an article or a URL may use (Chinese or English). */
	aliases: readonly string[];
}

const region = (
	code: string,
	name: string,
	fullName: string,
	en: string,
	abbr: string,
	aliases: readonly string[] = []
): Region => ({ code, name, fullName, en, abbr, aliases });

export const REGIONS: readonly Region[] = [
	region('110000', '北京', '北京市', 'Beijing', 'BJ', ['Peking']),
	region('120000', '天津', '天津市', 'Tianjin', 'TJ'),
	region('130000', '河北', '河北省', 'Hebei', 'HE'),
	region('140000', '山西', '山西省', 'Shanxi', 'SX'),
	region('150000', '内蒙古', '内蒙古自治区', 'Inner Mongolia', 'NM', ['内蒙', 'Nei Mongol']),
	region('210000', '辽宁', '辽宁省', 'Liaoning', 'LN'),
	region('220000', '吉林', '吉林省', 'Jilin', 'JL'),
	region('230000', '黑龙江', '黑龙江省', 'Heilongjiang', 'HL'),
	region('310000', '上海', '上海市', 'Shanghai', 'SH'),
	region('320000', '江苏', '江苏省', 'Jiangsu', 'JS'),
	region('330000', '浙江', '浙江省', 'Zhejiang', 'ZJ'),
	region('340000', '安徽', '安徽省', 'Anhui', 'AH'),
	region('350000', '福建', '福建省', 'Fujian', 'FJ'),
	region('360000', '江西', '江西省', 'Jiangxi', 'JX'),
	region('370000', '山东', '山东省', 'Shandong', 'SD'),
	region('410000', '河南', '河南省', 'Henan', 'HA'),
	region('420000', '湖北', '湖北省', 'Hubei', 'HB'),
	region('430000', '湖南', '湖南省', 'Hunan', 'HN'),
	region('440000', '广东', '广东省', 'Guangdong', 'GD'),
	region('450000', '广西', '广西壮族自治区', 'Guangxi', 'GX', ['广西自治区']),
	region('460000', '海南', '海南省', 'Hainan', 'HI'),
	region('500000', '重庆', '重庆市', 'Chongqing', 'CQ'),
	region('510000', '四川', '四川省', 'Sichuan', 'SC'),
	region('520000', '贵州', '贵州省', 'Guizhou', 'GZ'),
	region('530000', '云南', '云南省', 'Yunnan', 'YN'),
	region('540000', '西藏', '西藏自治区', 'Xizang', 'XZ', ['Tibet']),
	region('610000', '陕西', '陕西省', 'Shaanxi', 'SN'),
	region('620000', '甘肃', '甘肃省', 'Gansu', 'GS'),
	region('630000', '青海', '青海省', 'Qinghai', 'QH'),
	region('640000', '宁夏', '宁夏回族自治区', 'Ningxia', 'NX', ['宁夏自治区']),
	region('650000', '新疆', '新疆维吾尔自治区', 'Xinjiang', 'XJ', ['新疆自治区']),
	region('710000', '台湾', '台湾省', 'Taiwan', 'TW', ['臺灣']),
	region('810000', '香港', '香港特别行政区', 'Hong Kong', 'HK', ['Hongkong']),
	region('820000', '澳门', '澳门特别行政区', 'Macao', 'MO', ['澳門', 'Macau'])
];

const byCode = new Map(REGIONS.map((r) => [r.code, r]));

// English names are looked up case-insensitively; Chinese has no case, so one lowercased key serves both.
const byName = new Map<string, Region>();
for (const r of REGIONS) {
	for (const key of [r.name, r.fullName, r.en, ...r.aliases]) byName.set(key.toLowerCase(), r);
}

// Only Chinese spellings can appear inside a Chinese sentence. Longest first, so that at any one
// position 内蒙古自治区 wins over 内蒙古 and 内蒙.
const textNames: readonly { text: string; region: Region }[] = REGIONS.flatMap((r) =>
	[r.name, r.fullName, ...r.aliases]
		.filter((text) => /\p{Script=Han}/u.test(text))
		.map((text) => ({ text, region: r }))
).sort((a, b) => b.text.length - a.text.length);

export function regionByCode(code: string): Region | undefined {
	return byCode.get(code);
}

/** Looks a region up by code, short name, full name, alias or English name (any case). */
export function findRegion(nameOrCode: string): Region | undefined {
	const key = nameOrCode.trim();
	return byCode.get(key) ?? byName.get(key.toLowerCase());
}

export interface RegionMatch {
	region: Region;
	/** The spelling found in the text, e.g. '宁夏回族自治区'. */
	text: string;
	/** Where it starts. */
	index: number;
}

/** The spellings by their first character, so that most positions of a text are passed at once. */
const byFirst = new Map<string, (typeof textNames)[number][]>();
for (const n of textNames)
	byFirst.set(n.text[0] ?? '', [...(byFirst.get(n.text[0] ?? '') ?? []), n]);

/** The region whose name starts exactly at `index` of `text`, taking the longest spelling. */
export function matchRegionAt(text: string, index = 0): RegionMatch | undefined {
	for (const n of byFirst.get(text.charAt(index)) ?? []) {
		if (text.startsWith(n.text, index)) return { region: n.region, text: n.text, index };
	}
	return undefined;
}

/** The first region a sentence names (the earliest position, the longest spelling there). */
export function regionNamedIn(sentence: string): RegionMatch | undefined {
	for (let i = 0; i < sentence.length; i++) {
		const match = matchRegionAt(sentence, i);
		if (match) return match;
	}
	return undefined;
}

/**
 * Provincial capitals, for a meeting whose opening names only its organ and the city it met in
 * (全省…工作会议在哈尔滨召开): a reader places it by the capital.
 */
const CAPITALS: Readonly<Record<string, string>> = {
	石家庄: '130000',
	太原: '140000',
	呼和浩特: '150000',
	沈阳: '210000',
	长春: '220000',
	哈尔滨: '230000',
	南京: '320000',
	杭州: '330000',
	合肥: '340000',
	福州: '350000',
	南昌: '360000',
	济南: '370000',
	郑州: '410000',
	武汉: '420000',
	长沙: '430000',
	广州: '440000',
	南宁: '450000',
	海口: '460000',
	成都: '510000',
	贵阳: '520000',
	昆明: '530000',
	拉萨: '540000',
	西安: '610000',
	兰州: '620000',
	西宁: '630000',
	银川: '640000',
	乌鲁木齐: '650000'
};

/** The province whose capital `city` is (`哈尔滨` or `哈尔滨市`), if it is one. */
export function regionOfCapital(city: string): Region | undefined {
	const code = CAPITALS[city.replace(/市$/u, '')];
	return code === undefined ? undefined : byCode.get(code);
}
