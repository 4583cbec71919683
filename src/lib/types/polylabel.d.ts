declare module 'polylabel' {
	/** The pole of inaccessibility of a polygon (rings of [x, y]), to `precision` units. */
	export default function polylabel(
		polygon: number[][][],
		precision?: number
	): number[] & { distance: number };
}
