import { utcFormat, utcParse } from 'd3-time-format';
import { t, type Lang } from './i18n';

const parse = utcParse('%Y-%m-%d');
const formats = {
	zh: { long: utcFormat('%Y年%-m月%-d日'), short: utcFormat('%-m月%-d日') },
	en: { long: utcFormat('%-d %B %Y'), short: utcFormat('%-d %b') }
};

/**
 * '2019-09-10' → '2019年9月10日' (as the article would write it) or '10 September 2019'; a meeting
 * without a date says so.
 */
export function longDate(iso: string | null, lang: Lang = 'zh'): string {
	if (iso === null) return t(lang, 'undated');
	const d = parse(iso);
	return d ? formats[lang].long(d) : iso;
}

/** A map label's date line: the short date, or a short word for a meeting without one. */
export function labelDate(iso: string | null, lang: Lang = 'zh'): string {
	return iso === null ? t(lang, 'undatedLabel') : shortDate(iso, lang);
}

/** '2019-09-10' → '9月10日' or '10 Sep', for legends and labels where the year is understood. */
export function shortDate(iso: string | null, lang: Lang = 'zh'): string {
	if (iso === null) return t(lang, 'undated');
	const d = parse(iso);
	return d ? formats[lang].short(d) : iso;
}

/**
 * What a legend or timeline entry says for its day: the date, or for a span of weeks its first and
 * last day, the month and year said once where they are shared ('9月9日–15日', '9–15 Sep').
 */
export function dayText(
	day: { date: string | null; end?: string },
	lang: Lang = 'zh',
	long = false
) {
	const format = long ? longDate : shortDate;
	if (!day.end || day.date === null) return format(day.date, lang);
	const [from, to] = [parse(day.date), parse(day.end)];
	if (!from || !to) return `${format(day.date, lang)}–${format(day.end, lang)}`;
	const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
	const sameMonth = sameYear && from.getUTCMonth() === to.getUTCMonth();
	if (lang === 'zh') {
		const last = sameMonth ? '%-d日' : sameYear ? '%-m月%-d日' : '%Y年%-m月%-d日';
		return `${format(day.date, lang)}–${utcFormat(last)(to)}`;
	}
	const first = sameMonth ? '%-d' : long && sameYear ? '%-d %B' : long ? '%-d %B %Y' : '%-d %b';
	return `${utcFormat(first)(from)}${sameMonth ? '–' : ' – '}${format(day.end, lang)}`;
}
