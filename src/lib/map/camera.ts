import { SVG_ZOOM, unmercator, viewBoxOf, type Bounds, type LngLat } from '../geo/mercator';

/** True when the user asked the system for less motion: camera moves then jump, not fly. */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The SVG transform that shows `target` inside a map whose viewBox is `view`, keeping `margin`
 * (a fraction of the view) around it and never zooming in more than `maxScale`.
 */
export function svgFocusTransform(
	view: readonly [number, number, number, number],
	target: Bounds,
	margin = 0.12,
	maxScale = 5
): { x: number; y: number; scale: number } {
	const [vx, vy, vw, vh] = view;
	const [x0, y0, w, h] = viewBoxOf(target);
	const scale = Math.min(
		maxScale,
		(vw * (1 - 2 * margin)) / Math.max(w, 1e-6),
		(vh * (1 - 2 * margin)) / Math.max(h, 1e-6)
	);
	const [cx, cy] = [x0 + w / 2, y0 + h / 2];
	// Scale about the view's origin, then move the target's center to the view's center.
	return { x: vx + vw / 2 - cx * scale, y: vy + vh / 2 - cy * scale, scale };
}

/** How the WebGL map frames a region (a little air around it, never closer than a province) or the country. */
export function fitOptions(focus: Bounds | null): { padding: number; maxZoom: number } {
	return { padding: focus ? 48 : 0, maxZoom: 6.5 };
}

/**
 * The center and zoom at which the WebGL map shows `bounds` in a `width` × `height` container, as
 * its fitBounds would. Given to the map when it is made, so its first view (which it writes to
 * the URL's hash at once) is this one rather than the whole world for the moment before it fits.
 */
export function cameraFor(
	bounds: Bounds,
	width: number,
	height: number
): { center: LngLat; zoom: number } {
	const [x0, y0, w, h] = viewBoxOf(bounds);
	const scale = Math.min(width / Math.max(w, 1e-6), height / Math.max(h, 1e-6));
	return {
		center: unmercator([x0 + w / 2, y0 + h / 2]),
		zoom: SVG_ZOOM + Math.log2(Math.max(scale, 1e-6))
	};
}
