import { utcFormat, utcParse } from 'd3-time-format';
import type { Lang } from './i18n';

const parse = utcParse('%Y-%m-%d');
const formats = {
	zh: { long: utcFormat('%Y年%-m月%-d日'), short: utcFormat('%-m月%-d日') },
	en: { long: utcFormat('%-d %B %Y'), short: utcFormat('%-d %b') }
};

/** '2019-09-10' → '2019年9月10日' (as the article would write it) or '10 September 2019'. */
export function longDate(iso: string, lang: Lang = 'zh'): string {
	const d = parse(iso);
	return d ? formats[lang].long(d) : iso;
}

/** '2019-09-10' → '9月10日' or '10 Sep', for legends and labels where the year is understood. */
export function shortDate(iso: string, lang: Lang = 'zh'): string {
	const d = parse(iso);
	return d ? formats[lang].short(d) : iso;
}
