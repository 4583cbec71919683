import { findRegion } from '../../geo/regions';
import type { Day } from '../../map/color';
import { longDate } from '../format';
import { t, type Lang } from '../i18n';
import { shownValue } from '../shownValue';
import type { Step } from './steps';

/** The progress line: "3 / 11 · 2019年9月10日 · 山西", or the name of the title or overview step. */
export function progressText(
	step: Step,
	total: number,
	lang: Lang,
	names: Record<string, string>
): string {
	if (step.kind !== 'meeting') return t(lang, step.kind === 'title' ? 'titleStep' : 'overviewStep');
	const { region, date } = step.meeting;
	return [
		t(lang, 'stepOf', { n: step.n, total }),
		longDate(date, lang),
		names[region.code] ?? region.name
	].join(' · ');
}

/**
 * What the presenter says of a `?region=` that names no meeting: no such province, or none the
 * article reports.
 */
export function missingText(value: string, lang: Lang): string {
	const region = findRegion(value);
	if (!region) return t(lang, 'noRegion', { value: shownValue(value) });
	return t(lang, 'absent', { region: lang === 'en' ? region.en : region.fullName });
}

/** The meeting steps under their days, for the track under the map: the step index, the name. */
export function trackGroups(
	days: readonly Day[],
	steps: readonly Step[],
	names: Record<string, string>
): { day: Day; items: { index: number; name: string }[] }[] {
	return days.map((day) => ({
		day,
		items: steps.flatMap((s, index) =>
			s.kind === 'meeting' && day.codes.includes(s.meeting.region.code)
				? [{ index, name: names[s.meeting.region.code] ?? s.meeting.region.name }]
				: []
		)
	}));
}
