/**
 * The SVG map's own zoom and pan (without WebGL; the WebGL map has maplibre's): a view that
 * draws each point p of the map at p × k + (x, y), in the viewBox's units. The whole country at
 * k = 1; never less, never more than MAX_ZOOM, and never panned so far that the map stops
 * filling the frame it filled at k = 1.
 */

export interface View {
	x: number;
	y: number;
	k: number;
}

/** x, y, width, height: the map's viewBox. */
export type ViewBox = readonly [number, number, number, number];
export type Point = readonly [number, number];

/** The whole country. */
export const WHOLE: View = { x: 0, y: 0, k: 1 };
/**
 * As close as the SVG map goes: five steps of + (the WebGL map's, from the country's zoom to
 * its 9), where 澳门, under a pixel across at the country's view on a laptop, is some 30.
 */
export const MAX_ZOOM = 32;
/** One press of + or −. */
export const STEP = 2;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export const isWhole = (v: View): boolean => v.k <= 1 + 1e-6;

/** `v` brought within bounds: zoom in [1, max], and the map still covering the frame. */
export function clampView(v: View, box: ViewBox, max = MAX_ZOOM): View {
	const k = clamp(v.k, 1, max);
	const [bx, by, bw, bh] = box;
	// The frame [bx, bx + bw] drawn at [bx·k + x, (bx + bw)·k + x] must still cover it.
	const x = clamp(v.x, bx + bw - (bx + bw) * k, bx - bx * k);
	const y = clamp(v.y, by + bh - (by + bh) * k, by - by * k);
	// No -0 from a clamp at k = 1.
	return { x: x + 0, y: y + 0, k };
}

/** Zoomed by `factor` about `at` (a point of the frame, in viewBox units), which stays put. */
export function zoomAbout(v: View, box: ViewBox, factor: number, at: Point, max = MAX_ZOOM): View {
	const k = clamp(v.k * factor, 1, max);
	const [mx, my] = toMap(v, at);
	return clampView({ x: at[0] - mx * k, y: at[1] - my * k, k }, box, max);
}

/** Moved by (dx, dy) viewBox units, as a drag moves it. */
export function panBy(v: View, box: ViewBox, dx: number, dy: number, max = MAX_ZOOM): View {
	return clampView({ x: v.x + dx, y: v.y + dy, k: v.k }, box, max);
}

/** The map point drawn at `at` (a point of the frame). */
export function toMap(v: View, at: Point): [number, number] {
	return [(at[0] - v.x) / v.k, (at[1] - v.y) / v.k];
}

/** Where the map point `p` is drawn in the frame. */
export function toFrame(v: View, p: Point): [number, number] {
	return [p[0] * v.k + v.x, p[1] * v.k + v.y];
}

/**
 * The view moved as little as it takes to show map point `p` at least `margin` (a fraction of
 * the frame) inside its edges: the keyboard's focus followed while zoomed in.
 */
export function reveal(v: View, box: ViewBox, p: Point, margin = 0.15, max = MAX_ZOOM): View {
	const [bx, by, bw, bh] = box;
	const [sx, sy] = toFrame(v, p);
	const shift = (s: number, lo: number, size: number) => {
		const [a, b] = [lo + margin * size, lo + (1 - margin) * size];
		return s < a ? a - s : s > b ? b - s : 0;
	};
	return panBy(v, box, shift(sx, bx, bw), shift(sy, by, bh), max);
}

/** A wheel event's zoom factor: a notch (100 px) halves or doubles less than a key press. */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
	// Lines and pages in pixels, roughly as browsers scroll them.
	const px = deltaY * (deltaMode === 1 ? 40 : deltaMode === 2 ? 800 : 1);
	// A trackpad's pinch arrives as a wheel with ctrlKey, in small steps: it zooms faster per px.
	return 2 ** (-px / (ctrlKey ? 100 : 300));
}
