import { ParseError } from './errors';

/** A date as written in Chinese news: `2019年9月10日` or, with the year left implicit, `9月10日`. */
export interface DateParts {
	year: number | null;
	month: number;
	day: number;
}

// Digits may be full-width (９月１０日) in text set by hand; the year is optional. Bounded
// quantifiers only, so a long run of digits cannot make the match backtrack.
const DIGIT = '[0-9０-９]';
const DATE = `(?:(${DIGIT}{4})\\s?年\\s?)?(${DIGIT}{1,2})\\s?月\\s?(${DIGIT}{1,2})\\s?日`;
const LEADING_DATE = new RegExp(`^${DATE}`);
const ANY_DATE = new RegExp(DATE, 'g');

const toNumber = (digits: string): number =>
	Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));

function partsOf(match: RegExpMatchArray): DateParts {
	return {
		year: match[1] === undefined ? null : toNumber(match[1]),
		month: toNumber(match[2] ?? ''),
		day: toNumber(match[3] ?? '')
	};
}

/** The date a text starts with, and how many characters it takes. */
export function leadingDate(text: string): { parts: DateParts; length: number } | undefined {
	const match = LEADING_DATE.exec(text);
	return match ? { parts: partsOf(match), length: match[0].length } : undefined;
}

/** 'YYYY-MM-DD', or undefined if there is no year or no such day (2月30日). */
export function isoDate({ year, month, day }: DateParts, defaultYear?: number): string | undefined {
	const y = year ?? defaultYear;
	if (y === undefined) return undefined;
	const date = new Date(Date.UTC(y, month - 1, day));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
		return undefined;
	return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `2019年9月10日`, or `9月10日` in `defaultYear`, to 'YYYY-MM-DD'. */
export function parseDate(text: string, defaultYear?: number): string | undefined {
	const found = leadingDate(text.trim());
	return found ? isoDate(found.parts, defaultYear) : undefined;
}

/**
 * The year the article states: the first `YYYY年M月D日` in its paragraphs (index = paragraph
 * number). Articles give the year once and leave it out of every later date, so that one year
 * serves them all. Undefined if the article has no dates; a ParseError if it has dates but never
 * says the year, since no date in it could then be placed.
 */
export function findArticleYear(paragraphs: readonly string[], file: string): number | undefined {
	let yearless: number | undefined;
	for (const [i, text] of paragraphs.entries()) {
		for (const match of text.matchAll(ANY_DATE)) {
			const { year } = partsOf(match);
			if (year !== null) return year;
			yearless ??= i;
		}
	}
	if (yearless !== undefined)
		throw new ParseError(file, yearless, 'a date has no year and the article never states one');
	return undefined;
}
