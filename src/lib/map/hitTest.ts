import { mercator, viewBoxOf } from '../geo/mercator';
import type { MapShapes } from './shapes';

/**
 * Below this zoom the WebGL map finds the region under the pointer in the SVG map's paths, not
 * with maplibre's queryRenderedFeatures, which decodes its candidates' tile geometry on every
 * call: some 5 ms, on each pointer move and again on the click. The paths are simplified to about
 * a map unit, a unit being a screen pixel at zoom 4: exact enough up to two pixels, at zoom 5.
 */
export const PATHS_UP_TO_ZOOM = 5;

/** Whether a path (SVG `d`, in map units) covers a point: Path2D's isPointInPath in a browser. */
export type Contains = (d: string, x: number, y: number) => boolean;

/** A finder of the region under a lng/lat point, over the regions' paths. */
export function regionFinder(
	regions: MapShapes['regions'],
	contains: Contains
): (lngLat: [number, number]) => string | null {
	// Each region's box in map units: x, y (north-west), width, height.
	const candidates = regions.map((r) => ({ code: r.code, d: r.d, box: viewBoxOf(r.bbox) }));
	return (lngLat) => {
		const [x, y] = mercator(lngLat);
		for (const { code, d, box } of candidates) {
			const [x0, y0, w, h] = box;
			if (x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h && contains(d, x, y)) return code;
		}
		return null;
	};
}

/** `Contains` with the browser's own path test, each path parsed once; null without a canvas. */
export function canvasContains(doc: Document = document): Contains | null {
	const context = doc.createElement('canvas').getContext('2d');
	if (!context) return null;
	const paths = new Map<string, Path2D>();
	return (d, x, y) => {
		let path = paths.get(d);
		if (!path) paths.set(d, (path = new Path2D(d)));
		return context.isPointInPath(path, x, y);
	};
}
