/**
 * Web Mercator in the same units maplibre uses: a world of 512 · 2^zoom pixels. The server's SVG
 * map and the WebGL map share this, so the SVG that paints first lines up with the map that
 * replaces it.
 */
export const TILE_SIZE = 512;
/** The SVG is drawn at this zoom; one unit of its viewBox is one maplibre pixel at zoom 4. */
export const SVG_ZOOM = 4;
const WORLD = TILE_SIZE * 2 ** SVG_ZOOM;
const MAX_LAT = 85.051129;

export type LngLat = [number, number];
export type Bounds = [LngLat, LngLat];

export function mercator([lng, lat]: LngLat): [number, number] {
	const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
	const x = ((lng + 180) / 360) * WORLD;
	const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * WORLD;
	return [x, y];
}

/** The SVG viewBox (x, y, width, height) that shows `bounds`, as maplibre's fitBounds would. */
export function viewBoxOf([[west, south], [east, north]]: Bounds): [
	number,
	number,
	number,
	number
] {
	const [x0, y0] = mercator([west, north]);
	const [x1, y1] = mercator([east, south]);
	return [x0, y0, x1 - x0, y1 - y0];
}

/** The inverse of `mercator`: map units at zoom 4 back to lng/lat. */
export function unmercator([x, y]: [number, number]): LngLat {
	const lng = (x / WORLD) * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD))) * 180) / Math.PI;
	return [lng, lat];
}
