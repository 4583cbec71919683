import type { ReportSummary } from '../../library/summary';
import { longDate, shortDate } from '../format';
import { t, type Lang } from '../i18n';

/**
 * The days an article's meetings cover, as a reader writes a span: `2019年9月8日—12日` within a
 * month, `2019年9月28日—10月2日` within a year, both dates whole across years; one day alone.
 */
export function daySpan({ first, last }: ReportSummary['dates'], lang: Lang): string {
	if (first === null || last === null) return t(lang, 'undated');
	if (first === last) return longDate(first, lang);
	const sameYear = first.slice(0, 4) === last.slice(0, 4);
	const sameMonth = sameYear && first.slice(5, 7) === last.slice(5, 7);
	let end = longDate(last, lang);
	if (sameMonth) end = lang === 'zh' ? `${Number(last.slice(8))}日` : shortDate(last, lang);
	else if (sameYear) end = shortDate(last, lang);
	return `${longDate(first, lang)}—${end}`;
}

/** `5 天` / `5 days`: how many distinct days. */
export const dayCount = (days: number, lang: Lang): string =>
	t(lang, days === 1 ? 'dayCountOne' : 'dayCount', { n: days });
