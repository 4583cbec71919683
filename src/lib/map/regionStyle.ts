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
 * day being pointed at). Highlighting dims the rest so the room sees which provinces are meant;
 * so does `spotlight` (presenting), which dims every region but the selected one when there is
 * one: a thin outline alone does not carry across a room.
 */
export function regionStyles(
	codes: readonly string[],
	days: readonly Day[],
	selected: string | null,
	highlighted: ReadonlySet<string> | null,
	spotlight = false
): Record<string, RegionStyle> {
	const lit = highlighted ?? (spotlight && selected !== null ? new Set<string>() : null);
	const dayOf = new Map(days.flatMap((d) => d.codes.map((c) => [c, d] as const)));
	return Object.fromEntries(
		codes.map((code) => {
			const day = dayOf.get(code);
			const isLit = lit?.has(code) ?? false;
			return [
				code,
				{
					fill: day?.color ?? NEUTRAL,
					ink: day?.ink ?? NEUTRAL_INK,
					mentioned: !!day,
					selected: code === selected,
					highlighted: isLit,
					dimmed: lit !== null && !isLit && code !== selected
				}
			];
		})
	);
}
