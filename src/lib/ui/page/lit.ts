import { dayKey, type Day } from '../../map/color';
import type { Matches } from '../explore/matches';

/**
 * The regions the map lights: those of the day (or 'none': the regions not mentioned) the legend
 * or timeline keeps lit or previews, else those a search found, else none (null).
 */
export function lit(
	key: string | null,
	days: readonly Day[],
	unmentioned: readonly string[],
	matches: Matches | null
): Set<string> | null {
	if (key === null) return matches && new Set(matches.codes);
	return new Set(key === 'none' ? unmentioned : days.find((d) => dayKey(d) === key)?.codes);
}

/** The regions with a meeting on any day (or undated). */
export const mentionedIn = (days: readonly Day[]): Set<string> =>
	new Set(days.flatMap((d) => d.codes));
