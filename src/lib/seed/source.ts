import { forMatching } from './matching';
import type { Citation, Report } from './types';

// Matched on the paragraphs' matching form (matching.ts): digits are ASCII and brackets and colons
// full-width, however the article wrote them. Bounded quantifiers only, as in the parser.

/** 《人民日报》（2022年10月29日 04 版）: a newspaper's footer names the paper and the day. */
const FOOTER =
	/^《([^》]{1,30})》\s*（[^（）]{0,20}?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^（）]{0,20}版\s*）$/u;
/** 来源：新华社 2024-07-22 20:15:31 / 来源：人民网－人民日报 / （来源：光明日报） */
const SOURCE_LINE =
	/^[（【[]?\s*(?:来源|稿源|出处)\s*：\s*《?([^\s\d（）【】[\]《》]{1,30})》?(.{0,40})$/u;
/** A date on a 来源 line: 2024-07-22, 2024/7/22 or 2024年7月22日. */
const LINE_DATE = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/u;
/**
 * 新华社北京3月8日电 / 中新社广州10月30日电 / 本报北京2023年11月2日电: an agency's dateline gives
 * the month and day, rarely the year; 本报 ("this paper") names no outlet.
 */
const DATELINE =
	/^(新华社|中新社|中国新闻社|本报)[\p{Script=Han}]{0,8}?(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*电/u;
/**
 * 原文链接：https://… / 链接: https://…, read on the text as written (the matching form turns a
 * URL's `:` full-width).
 */
const LINK_LINE =
	/^[（【[(]?\s*(?:原文链接|原文地址|链接)\s*[：:]\s*(https?:\/\/[^\s）】\])]{1,2000})/u;

/** Furniture lines are short; the dateline opens one of the first paragraphs. */
const MAX_LINE = 120;
const DATELINE_PARAGRAPHS = 4;

/**
 * Where an article says who published it, when and where: a newspaper's footer, a 来源 line, an
 * agency's dateline, taken in that order for each of the first two; a 原文链接 line for the URL. A
 * dateline has no year: it is the first such day on or after the article's last dated meeting
 * (news follows what it reports), or unknown.
 */
export function articleSource(report: Pick<Report, 'paragraphs' | 'meetings'>): Citation {
	const lines = report.paragraphs.map(forMatching);
	let outlet: string | null = null;
	let published: string | null = null;
	const take = (name: string | null, date: string | null) => {
		outlet ??= name;
		published ??= date;
	};

	for (const line of lines) {
		const footer = line.length <= MAX_LINE ? FOOTER.exec(line.trim()) : null;
		if (footer) take(footer[1]!.trim(), isoOf(footer[2]!, footer[3]!, footer[4]!));
	}
	for (const line of lines) {
		const source = line.length <= MAX_LINE ? SOURCE_LINE.exec(line.trim()) : null;
		if (!source) continue;
		const date = LINE_DATE.exec(source[2]!);
		take(source[1]!.trim(), date ? isoOf(date[1]!, date[2]!, date[3]!) : null);
	}
	// The first dateline is the article's own; later ones head the dispatches it gathers.
	const dateline = lines
		.slice(0, DATELINE_PARAGRAPHS)
		.map((line) => DATELINE.exec(line.trim()))
		.find((d) => d !== null);
	if (dateline) {
		const [, agency, year, month, day] = dateline;
		take(
			agency === '本报' ? null : agency!,
			year
				? isoOf(year, month!, day!)
				: dayAfterMeetings(report.meetings, Number(month), Number(day))
		);
	}
	const url = report.paragraphs
		.filter((p) => p.length <= 2000)
		.map((p) => LINK_LINE.exec(p.trim())?.[1])
		.find((u) => u !== undefined && httpUrl(u) !== null);
	return { outlet, published, url: url === undefined ? null : httpUrl(url) };
}

/** `text` as an absolute http(s) URL in its normal form, or null when it is not one. */
export function httpUrl(text: string): string | null {
	if (!URL.canParse(text)) return null;
	const url = new URL(text);
	return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** 'YYYY-MM-DD' for a day that is on the calendar, else null. */
export function isoOf(year: string, month: string, day: string): string | null {
	const y = Number(year);
	const m = Number(month);
	const d = Number(day);
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
		return null;
	return `${year.padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first `month`/`day` on or after the last dated meeting; null when no meeting is dated. */
function dayAfterMeetings(
	meetings: readonly Pick<Report['meetings'][number], 'date'>[],
	month: number,
	day: number
): string | null {
	const last = meetings
		.map((m) => m.date)
		.filter((d): d is string => d !== null)
		.sort()
		.at(-1);
	if (last === undefined) return null;
	const year = Number(last.slice(0, 4));
	const same = isoOf(String(year), String(month), String(day));
	if (same !== null && same >= last) return same;
	return isoOf(String(year + 1), String(month), String(day));
}
