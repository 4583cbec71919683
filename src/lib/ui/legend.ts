import type { Day } from '../map/color';

/**
 * How many columns the legend's entries take: a few in one, up to eight in two (four rows), more
 * in three. A short, wide legend fits under 西藏 in the map's bottom-left corner; a tall one
 * covers it.
 */
export function legendColumns(entries: number): number {
	if (entries <= 3) return 1;
	return entries <= 8 ? 2 : 3;
}

/**
/**
 * The span of the meeting days, for the folded legend: '9月8日–9月12日', one day, or null (no
 * dated meeting: the undated group has its own entry). Days grouped into weeks span from the first
 * week's Monday to the last one's Sunday.
 */
export function legendRange(days: readonly Day[], format: (iso: string) => string): string | null {
	const dates = days.flatMap((d) => (d.date === null ? [] : [d.date, d.end ?? d.date])).sort();
	if (dates.length === 0) return null;
	const [first, last] = [dates[0]!, dates.at(-1)!];
	return first === last ? format(first) : `${format(first)}–${format(last)}`;
}
