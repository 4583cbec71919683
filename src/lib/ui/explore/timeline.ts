import { scaleBand } from 'd3-scale';
import type { Day } from '../../map/color';

/** One meeting day's column on the timeline, in percent of its width. */
export interface Column {
	day: Day;
	/** Space before the column: from the previous column's end, or from the start. */
	offset: number;
	width: number;
	/**
	 * Calendar days without a meeting just before this one (0 when the days, or the weeks they are
	 * grouped into, are consecutive, and for the undated meetings' column, which stands last).
	 */
	gap: number;
}

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/**
 * The timeline's columns: a band per meeting day, all of one width so each can list its
 * provinces; days between meetings are counted (`gap`) rather than given empty columns, so an
 * article spanning weeks still fits the map's width.
 */
export function timelineColumns(days: readonly Day[]): Column[] {
	const x = scaleBand<number>()
		.domain(days.map((_, i) => i))
		.range([0, 100])
		.paddingInner(0.06);
	return days.map((day, i) => {
		const prev = days[i - 1];
		const start = x(i)!;
		return {
			day,
			offset: prev ? start - (x(i - 1)! + x.bandwidth()) : start,
			width: x.bandwidth(),
			gap: prev?.date && day.date ? daysBetween(prev.end ?? prev.date, day.date) - 1 : 0
		};
	});
}
