/**
 * Interface text in Chinese (the default) and English. The article's own words (statements,
 * meeting names, titles) are never translated: they stay as written.
 */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
	appName: '会议地图',
	noReport: '没有可显示的报道',
	legendTitle: '会议日期',
	legendLabel: '图例：会议日期',
	notMentioned: '文中未提及',
	count: '{n} 个',
	regionList: '省份列表',
	mentionedHeading: '文中省份（{n}）',
	othersHeading: '其他省份（{n}）',
	hint: '点击地图上的省份，或从下面的列表中选择，查看会议上的讲话原文。',
	close: '关闭',
	closeTitle: '关闭 (Esc)',
	absent: '本文未报道{region}的会议。',
	noRegion: '没有找到省份“{value}”。',
	noSuchReport: '没有名为“{value}”的报道，显示的是第一篇。',
	unparsable: '{file}：无法解析（{reason}）',
	mapCredit: '地图',
	language: 'English',
	languageLabel: 'Switch to English',
	describe: '中国{total}个省级行政区地图，其中{count}个按会议日期着色。',
	listSep: '、',
	daySep: '；',
	colon: '：',
	stop: '。'
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
	appName: 'Meeting Map',
	noReport: 'No report to show',
	legendTitle: 'Meeting date',
	legendLabel: 'Legend: meeting dates',
	notMentioned: 'Not in the article',
	count: '{n}',
	regionList: 'Provinces',
	mentionedHeading: 'In the article ({n})',
	othersHeading: 'Other provinces ({n})',
	hint: 'Click a province on the map, or choose one below, to read what was said at its meeting.',
	close: 'Close',
	closeTitle: 'Close (Esc)',
	absent: 'The article does not report a meeting in {region}.',
	noRegion: 'No province called “{value}”.',
	noSuchReport: 'No report called “{value}”; showing the first one.',
	unparsable: '{file}: could not be parsed ({reason})',
	mapCredit: 'Map',
	language: '中文',
	languageLabel: '切换到中文',
	describe:
		'Map of China’s {total} provincial-level divisions; {count} are colored by meeting date. ',
	listSep: ', ',
	daySep: '; ',
	colon: ': ',
	stop: '.'
};

const messages: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function isLang(value: string | null): value is Lang {
	return value === 'zh' || value === 'en';
}

/** A message in `lang`, with `{name}` placeholders filled from `params`. */
export function t(
	lang: Lang,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	return messages[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
		name in params ? String(params[name]) : m
	);
}
