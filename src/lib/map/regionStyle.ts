import { NEUTRAL, NEUTRAL_INK, type Day } from './color';

/** How one region is drawn, whichever renderer draws it. */
export interface RegionStyle {
	fill: string;
	ink: string;
	mentioned: boolean;
	selected: boolean;
	highlighted: boolean;
	dimmed: boolean;
}

/**
 * Every region's style from the days, the selection and the highlighted set (a legend entry or a
 * day being pointed at). Highlighting dims the rest so the room sees which provinces are meant.
 */
export function regionStyles(
	codes: readonly string[],
	days: readonly Day[],
	selected: string | null,
	highlighted: ReadonlySet<string> | null
): Record<string, RegionStyle> {
	const dayOf = new Map(days.flatMap((d) => d.codes.map((c) => [c, d] as const)));
	return Object.fromEntries(
		codes.map((code) => {
			const day = dayOf.get(code);
			const lit = highlighted?.has(code) ?? false;
			return [
				code,
				{
					fill: day?.color ?? NEUTRAL,
					ink: day?.ink ?? NEUTRAL_INK,
					mentioned: !!day,
					selected: code === selected,
					highlighted: lit,
					dimmed: highlighted !== null && !lit && code !== selected
				}
			];
		})
	);
}
