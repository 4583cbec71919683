/**
 * A date as written in Chinese news: `2019年9月10日`, with the year left implicit (`9月10日`), or
 * the month too, in a dispatch (`湖南省委1日召开`: the 1st of the dateline's month).
 */
export interface DateParts {
	year: number | null;
	month: number | null;
	day: number;
}

/** When a meeting was held, as its opening says it: a date, or words that give none. */
export interface WhenHeld {
	/** null for 日前, 近日, 近期 … (no day), and for 同日 or 次日 (the day of the meeting before, or after it). */
	parts: DateParts | null;
	/** 同日, 当天: the day of the meeting told before; 次日: the day after it. */
	relative?: 'same' | 'next';
	/** How many characters it takes, so the grammar knows where the sentence goes on. */
	length: number;
}

// The grammar matches on text whose digits are ASCII already (matching.ts). Bounded quantifiers
// only, so that a long run of digits cannot make a match backtrack.
const DATE = String.raw`(?:(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月\s?)?(\d{1,2})\s?日`;
/** The end of a range (3月5日至6日, 3月5日—4月2日): the meeting is dated by its first day. */
const RANGE_END = String.raw`(?:\s?(?:至|到|—|－|-|~|～|、|和)\s?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日)?`;
const PART_OF_DAY = '(?:上午|下午|中午|晚上|晚间|早上|早晨|傍晚|凌晨|晚)?';
const LEADING_DATE = new RegExp(`${DATE}${RANGE_END}${PART_OF_DAY}`, 'y');
const ANY_DATE = new RegExp(DATE, 'g');
/** A page's time stamp (来源：新华社 2024-07-22 20:15): it states the year as well as any date does. */
const STAMP = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
/** Words that open a meeting's sentence in place of its date. */
const UNDATED = /(?:日前|近日|近期|前不久|不久前|日内|近来|此前)/y;
const SAME_DAY = /(?:同日|当天|当日|同一天)/y;
const NEXT_DAY = /(?:次日|翌日|第二天)/y;

/** The date (or the dateless word) `text` has at `at`. */
export function whenHeldAt(text: string, at = 0): WhenHeld | undefined {
	LEADING_DATE.lastIndex = at;
	const date = LEADING_DATE.exec(text);
	if (date) return { parts: partsOf(date), length: date[0].length };
	for (const [pattern, relative] of [
		[UNDATED, undefined],
		[SAME_DAY, 'same'],
		[NEXT_DAY, 'next']
	] as const) {
		pattern.lastIndex = at;
		const found = pattern.exec(text);
		if (found) return { parts: null, length: found[0].length, ...(relative && { relative }) };
	}
	return undefined;
}

function partsOf(match: RegExpExecArray): DateParts {
	return {
		year: match[1] === undefined ? null : Number(match[1]),
		month: match[2] === undefined ? null : Number(match[2]),
		day: Number(match[3])
	};
}

/** 'YYYY-MM-DD', or undefined if there is no year or month, or no such day (2月30日). */
export function isoDate({ year, month, day }: DateParts, defaultYear?: number): string | undefined {
	const y = year ?? defaultYear;
	if (y === undefined || month === null) return undefined;
	const date = new Date(Date.UTC(y, month - 1, day));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
		return undefined;
	return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const dateText = ({ year, month, day }: DateParts): string =>
	`${year === null ? '' : `${year}年`}${month === null ? '' : `${month}月`}${day}日`;

/** The ISO day after `iso`. */
export function nextDay(iso: string): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The month of a day-only date (`1日`) in a dispatch dated `dateline` (`长沙11月1日电`): the
 * dateline's month, or the month before for a day after the dateline's (`31日`).
 */
export function monthOf(
	day: number,
	dateline: { month: number | null; day: number }
): number | null {
	if (dateline.month === null) return null;
	if (day <= dateline.day) return dateline.month;
	return dateline.month === 1 ? 12 : dateline.month - 1;
}

/**
 * The year an article states, for a meeting date that leaves it out. Articles give it once (in
 * the first meeting, or only in a newspaper's footer: 《人民日报》（2022年10月29日 04 版）) and
 * leave it out of every other date, as a reader carries it along. The grammar carries the year
 * from one meeting to the next itself; this is for a date before any meeting gave one.
 */
export class StatedYear {
	/** The article's first full date and its paragraph. */
	readonly #first: { paragraph: number; parts: DateParts } | undefined;

	/** `paragraphs` in their matching form (matching.ts). */
	constructor(paragraphs: readonly string[]) {
		for (const [paragraph, text] of paragraphs.entries()) {
			const found = [...text.matchAll(ANY_DATE), ...text.matchAll(STAMP)]
				.filter((match) => match[1] !== undefined && match[2] !== undefined)
				.sort((a, b) => a.index - b.index)[0];
			if (found) {
				this.#first = { paragraph, parts: partsOf(found) };
				return;
			}
		}
	}

	/**
	 * The year of a yearless date in paragraph `paragraph`: the first year the article states. If
	 * that comes later (a footer, a later meeting), a meeting on a later day of the year than that
	 * date was held the year before (12月30日 before 2020年1月2日 is in 2019).
	 */
	yearOf(
		{ month, day }: Pick<DateParts, 'day'> & { month: number },
		paragraph: number
	): number | undefined {
		if (!this.#first) return undefined;
		const { parts } = this.#first;
		const year = parts.year ?? undefined;
		if (year === undefined || this.#first.paragraph <= paragraph) return year;
		const firstMonth = parts.month ?? 0;
		const later = month > firstMonth || (month === firstMonth && day > parts.day);
		return later ? year - 1 : year;
	}
}
