import type { Day } from '../map/color';
import { dayText } from './format';
import { t, type Lang } from './i18n';

/** The map in words, for screen readers: how many regions, which met on which day. */
export function mapDescription(
	days: readonly Day[],
	names: Record<string, string>,
	total: number,
	lang: Lang = 'zh'
): string {
	// A province reported on two days is one province.
	const count = new Set(days.flatMap((d) => d.codes)).size;
	const byDay = days
		.map(
			(d) =>
				dayText(d, lang) +
				t(lang, 'colon') +
				d.codes.map((c) => names[c] ?? c).join(t(lang, 'listSep'))
		)
		.join(t(lang, 'daySep'));
	return t(lang, 'describe', { total, count }) + byDay + (byDay ? t(lang, 'stop') : '');
}
