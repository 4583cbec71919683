import type { Region } from '../geo/regions';
import { dateIn, type Day } from './color';

/** What a region's label says: its name, then smaller lines (its meeting day, a count …). */
export interface MapLabel {
	name: string;
	lines: string[];
	/** A shorter name, taken only where the full one would not fit (fitLabels.ts). */
	short?: string;
	/** Where fitLabels shortened the label: as it was written, to fit again where there is room. */
	full?: { name: string; lines: string[] };
}

/**
 * Labels for every region. Mentioned regions carry their date under the name, so the day is never
 * told by color alone; `extra` adds a line per code (e.g. a search's match count).
 */
export function mapLabels(
	regions: readonly Region[],
	days: readonly Day[],
	nameOf: (r: Region) => string,
	dateOf: (iso: string | null) => string,
	extra: Record<string, string> = {}
): Record<string, MapLabel> {
	// A province reported twice is labeled with its earliest meeting's day, as it is colored.
	const dayOf = new Map<string, string | null>();
	for (const d of days) for (const c of d.codes) if (!dayOf.has(c)) dayOf.set(c, dateIn(d, c));
	return Object.fromEntries(
		regions.map((r) => {
			const date = dayOf.get(r.code);
			const lines = [date === undefined ? null : dateOf(date), extra[r.code] ?? null].filter(
				(l): l is string => l !== null
			);
			const name = nameOf(r);
			// An English name has its ISO code to fall back on where it has no room (fitLabels.ts).
			return [r.code, name === r.en ? { name, lines, short: r.abbr } : { name, lines }];
		})
	);
}
