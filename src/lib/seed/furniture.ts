import { matchRegionAt, type Region } from '../geo/regions';

/**
 * What a newspaper's page puts around an article that is not its text: photo captions, bylines,
 * editors' lines and the paper's footer. None of it opens a meeting or ends one: a caption in the
 * middle of a province's report leaves its statements to go on after it.
 */
export type Furniture = 'caption' | 'byline' | 'editor' | 'footer';

const PATTERNS: [Furniture, RegExp][] = [
	// …在成都召开。本报记者 张三摄 / （新华社记者 李四 摄） / 图为… / ▲…
	['caption', /(?:记者|通讯员|摄影|摄影记者|图片)[^。！？]{0,24}摄[)）]?$/u],
	['caption', /[（(][^（）()]{1,30}[\s/／]?摄[)）]$/u],
	['caption', /^[▲△▼]?\s*(?:图为|图：|图片：|图\d*[：:])/u],
	// 本报记者 张三 / （记者 李四、王五） / 文/张三 / 新华社北京10月30日电 standing alone
	[
		'byline',
		/^[（(【]?\s*(?:本报|新华社|人民日报|中新社|经济日报|光明日报)?(?:特约)?(?:记者|通讯员)[\p{Script=Han}\s、，·]{1,40}(?:报道)?[)）】]?$/u
	],
	['byline', /^(?:文|撰文|作者)\s*[/／｜|]\s*[\p{Script=Han}\s、·]{1,20}$/u],
	[
		'byline',
		/^(?:本报讯|(?:新华社|本报|中新社)[\p{Script=Han}]{0,8}\d{1,2}月\d{1,2}日电)\s*(?:[（(][^）)]{0,40}[)）])?$/u
	],
	// （责任编辑：张三） / 编辑：李四 / 来源：人民日报 / 原标题：… / 原文链接：… / 【纠错】
	[
		'editor',
		/^[（(【[]?\s*(?:责任编辑|责编|编辑|校对|审校|审核|监制|终审|来源|稿源|原标题|原题|出处|作者|原文链接|原文地址|链接)\s*[：:]/u
	],
	['editor', /^【纠错】|^(?:分享到|扫一扫|打印本页|关闭窗口|版权所有|版权声明)/u],
	// 《人民日报》（2022年10月29日 04 版）
	[
		'footer',
		/^《[^》]{1,30}》\s*[（(][^（）()]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]*版\s*[)）]$/u
	]
];

/** The furniture a paragraph is, read in its matching form (matching.ts). */
export function furnitureOf(text: string): Furniture | undefined {
	if (text.length > 120) return undefined;
	return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** A section's mark before the text of its paragraph: 【山西】, ■内蒙古, ◆, 山东：. */
export interface SectionMark {
	/** How many characters it takes, spaces after it included. */
	length: number;
	/** The province it names, if it names one. */
	region: Region | undefined;
}

const BULLET = /[■◆●▲◇□◎★☆▶►]\s*/uy;
const BRACKETS: Record<string, string> = { '【': '】', '[': ']', '〔': '〕', '［': '］' };

/**
 * The section mark a paragraph starts with, if any: a bracketed province (【山西】), a bullet
 * (■, ◆) with or without one, or a province and a colon (山东：). What follows is the section's text.
 */
export function sectionMarkAt(text: string, at = 0): SectionMark | undefined {
	const close = BRACKETS[text.charAt(at)];
	if (close) {
		const end = text.indexOf(close, at + 1);
		const named = end > 0 && end - at <= 12 ? matchRegionAt(text, at + 1) : undefined;
		if (!named) return undefined;
		return { length: spaced(text, end + 1) - at, region: named.region };
	}
	BULLET.lastIndex = at;
	const bullet = BULLET.exec(text);
	const from = bullet ? at + bullet[0].length : at;
	const named = matchRegionAt(text, from);
	const after = named ? from + named.text.length : from;
	if (named && /[：:｜|]|\s/u.test(text.charAt(after))) {
		return { length: spaced(text, after + 1) - at, region: named.region };
	}
	return bullet ? { length: bullet[0].length, region: undefined } : undefined;
}

const spaced = (text: string, at: number): number => {
	let i = at;
	while (/\s/u.test(text.charAt(i))) i++;
	return i;
};

/** What a heading opens: the province the next section reports on, when it names one. */
export interface Heading {
	region: Region | undefined;
}

const SENTENCE_END = /[。！？…；”」』]$/u;
const MARKER = /^[【[■◆●▲〔（(一二三四五六七八九十\d、.．\s]*/u;
const AFTER_REGION_NAME = /^[】\]）)〕：:｜|·\s—-]|^$/u;

/**
 * A sub-heading: a short line that does not end like a sentence (`山东：把学习贯彻…作为首要政治任务`,
 * `【广西】`, `一、…`). One that starts with a province names the province its section reports on.
 */
export function headingOf(text: string): Heading | undefined {
	if (text.length > 50 || SENTENCE_END.test(text) || text.includes('。')) return undefined;
	const start = MARKER.exec(text)?.[0].length ?? 0;
	const match = matchRegionAt(text, start);
	const named =
		match &&
		AFTER_REGION_NAME.test(text.slice(start + match.text.length, start + match.text.length + 1));
	return { region: named ? match.region : undefined };
}
