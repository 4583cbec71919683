/**
 * How much room a map label takes, in map units, estimated without a browser: the server places
 * labels before any font is loaded. The numbers mirror the label CSS of ChinaMap.svg.svelte (and
 * GlLabels.svelte, which draws the same labels over the WebGL map).
 */

/** A box around a label's point: x0, y0 top left, x1, y1 bottom right, in map units. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** `--label-size` and `--label-size-mentioned`: the name's font size in map units. */
export const NAME_SIZE = 24;
export const MENTIONED_SIZE = 32;
/** The date (or count) lines under the name, relative to it. */
export const LINE_SCALE = 0.62;
/** From one baseline to the next, in the line's own em. */
export const LINE_STEP = 1.15;
/** The SVG text's dy: the name's baseline sits SHIFT em below the point, LIFT em higher a line. */
export const SHIFT = 0.35;
export const LIFT = 0.58;
/** Where CJK ink sits around its baseline, in em (an ideograph fills the em box). */
const INK_ABOVE = 0.88;
const INK_BELOW = 0.12;
/** The halo drawn around mentioned names: half the stroke's 0.18 em (room kept around all). */
const HALO = 0.09;

/**
 * Latin letters' advances in em, a to z then A to Z: the map's CJK face (Noto Sans CJK SC) at
 * weight 700, as Chromium measures it. English names vary more than a flat width allows
 * (Guangdong is 5.7 em, Heilongjiang 6.3), and a label only fits where its width is known.
 */
const LATIN = new Map(
	[...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((ch, i) => [
		ch,
		[
			58, 62, 50, 62, 54, 36, 60, 64, 30, 31, 59, 31, 96, 64, 57, 62, 62, 44, 49, 38, 64, 58, 86,
			56, 54, 51, 63, 67, 64, 70, 57, 55, 70, 76, 33, 57, 66, 58, 85, 75, 74, 65, 74, 67, 62, 56,
			73, 58, 91, 60, 50, 58
		][i]! / 100
	])
);

/**
 * A character's advance, in em: ideographs are square, and so, in this face, are the middle dot
 * and curly quotes; digits and Latin letters narrower.
 */
function advance(ch: string): number {
	if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef·’‘“”]/u.test(ch)) return 1;
	if (/\d/.test(ch)) return 0.59;
	if (ch === ' ') return 0.26;
	return LATIN.get(ch) ?? 0.6;
}

/** A text's width in em. */
export function emWidth(text: string): number {
	return [...text].reduce((sum, ch) => sum + advance(ch), 0);
}

/**
 * The box a label's ink and halo take around its point: the name, then `lines` smaller lines,
 * placed as the SVG map places them (the name lifted a little for each line under it).
 */
export function labelBox(name: string, lines: readonly string[], mentioned: boolean): Box {
	const size = mentioned ? MENTIONED_SIZE : NAME_SIZE;
	const small = size * LINE_SCALE;
	const baseline = (SHIFT - LIFT * lines.length) * size;
	const last = baseline + lines.length * LINE_STEP * small;
	const width = Math.max(emWidth(name) * size, ...lines.map((l) => emWidth(l) * small));
	const halo = HALO * size;
	return {
		x0: -width / 2 - halo,
		y0: baseline - INK_ABOVE * size - halo,
		x1: width / 2 + halo,
		y1: (lines.length ? last + INK_BELOW * small : baseline + INK_BELOW * size) + halo
	};
}

/**
 * Where the top of an HTML label (GlLabels.svelte) goes, in em of its name's size above the point,
 * so that its name's baseline falls where the SVG map's does: the SVG places text by baseline,
 * HTML by line box. In a 1.15 em line of the map's CJK font (ascent 1.15 em, descent 0.31 em), the
 * baseline is 0.99 em below the line's top.
 */
export function htmlLabelTop(lines: number): number {
	const BASELINE_IN_LINE = 0.99;
	return BASELINE_IN_LINE - (SHIFT - LIFT * lines);
}

export function overlapArea(a: Box, b: Box): number {
	const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
	const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
	return w > 0 && h > 0 ? w * h : 0;
}

/** A box grown by `by` on every side. */
export function growBox(b: Box, by: number): Box {
	return { x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by };
}

export function moveBox(box: Box, [x, y]: readonly [number, number]): Box {
	return { x0: box.x0 + x, y0: box.y0 + y, x1: box.x1 + x, y1: box.y1 + y };
}
