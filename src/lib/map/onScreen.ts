import type { Map as MapLibreMap } from 'maplibre-gl';
import { SVG_ZOOM, unmercator } from '../geo/mercator';
import type { MapShapes } from './shapes';

/** Where each label (and a callout's leader line) of the server's map stands, in lng/lat. */
export function anchorsOf(shapes: MapShapes) {
	return shapes.regions.map((r) => ({
		code: r.code,
		lngLat: unmercator(r.label),
		leader: r.anchor ? unmercator(r.anchor) : null
	}));
}

/**
 * The labels' places on the WebGL map's screen now, and their size: the SVG map's rule, label
 * size × fit scale × √(zoom beyond the fit).
 */
export function onScreen(
	map: Pick<MapLibreMap, 'getZoom' | 'project'>,
	anchors: ReturnType<typeof anchorsOf>,
	fitZoom: number
) {
	const zoom = map.getZoom();
	return {
		scale: 2 ** (fitZoom - SVG_ZOOM) * Math.sqrt(2 ** (zoom - fitZoom)),
		labels: anchors.map(({ code, lngLat }) => ({ code, ...map.project(lngLat) })),
		leaders: anchors
			.filter((a) => a.leader)
			.map(({ code, lngLat, leader }) => ({
				code,
				from: map.project(leader!),
				to: map.project(lngLat)
			}))
	};
}
