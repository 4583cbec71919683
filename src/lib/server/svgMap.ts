import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { nanhai, provinces } from '../geo/shapes';
import { mercator, viewBoxOf, type Bounds, type LngLat } from '../geo/mercator';
import type { MapShapes } from '../map/shapes';
import { CompactPathContext } from '../map/compactPath';

/**
 * How far (in map units: maplibre pixels at zoom 4) a simplified border may stray, and how many
 * decimals it keeps. A unit is about a screen pixel at 1920×1080, so neither shows.
 */
const TOLERANCE = 0.35;
const DIGITS = 1;

const project = geoTransform({
	point(lng, lat) {
		const [x, y] = mercator([lng, lat]);
		this.stream.point(x, y);
	}
});

/** Where a region's name sits: inside its largest polygon, as far from the edges as can be. */
function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const projected = polygons.map((rings) =>
		rings.map((ring) => ring.map((p: Position) => mercator(p as LngLat)))
	);
	const area = (ring: [number, number][]) =>
		Math.abs(
			ring.reduce((s, [x0, y0], i) => {
				const [x1, y1] = ring[(i + 1) % ring.length]!;
				return s + x0 * y1 - x1 * y0;
			}, 0)
		);
	const largest = projected.reduce((a, b) => (area(b[0]!) > area(a[0]!) ? b : a));
	const [x, y] = polylabel(largest, 0.5);
	return [Math.round(x! * 10) / 10, Math.round(y! * 10) / 10];
}

function boundsOf(features: Feature[], pad: [number, number] = [0, 0]): Bounds {
	let [w, s, e, n] = [180, 90, -180, -90];
	const visit = (c: unknown): void => {
		if (typeof (c as number[])[0] === 'number') {
			const [lng, lat] = c as [number, number];
			[w, s, e, n] = [Math.min(w, lng), Math.min(s, lat), Math.max(e, lng), Math.max(n, lat)];
		} else (c as unknown[]).forEach(visit);
	};
	for (const f of features) visit((f.geometry as Polygon | MultiPolygon).coordinates);
	return [
		[w - pad[0], s - pad[1]],
		[e + pad[0], n + pad[1]]
	];
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * Regions too small to hold their name: the label moves out to sea by this much (map units) and a
 * leader line points back. 香港 and 澳门 sit either side of the Pearl River mouth, 上海 on the coast.
 */
const CALLOUTS: Record<string, [number, number]> = {
	'810000': [30, 22],
	'820000': [-30, 26],
	'310000': [34, 2]
};

function placeLabel(code: string, at: [number, number]) {
	const nudge = CALLOUTS[code];
	if (!nudge) return { label: at };
	return { label: [at[0] + nudge[0], at[1] + nudge[1]] as [number, number], anchor: at };
}

let cached: MapShapes | undefined;

/** The provinces as SVG paths, computed once per server: they depend only on the shapes file. */
export function svgMap(): MapShapes {
	if (cached) return cached;
	const context = new CompactPathContext(TOLERANCE, DIGITS);
	const draw = geoPath(project, context);
	const path = (f: Feature) => {
		draw(f);
		return context.result();
	};
	// A little air around the land so borders are not cut by the frame.
	const bounds = boundsOf([...provinces.features, ...nanhai.features], [0.6, 0.4]);
	cached = {
		bounds,
		viewBox: viewBoxOf(bounds).map((v) => Math.round(v)) as MapShapes['viewBox'],
		regions: provinces.features.map((f) => ({
			code: f.properties.code,
			d: path(f),
			...placeLabel(f.properties.code, labelPoint(f.geometry)),
			bbox: boundsOf([f]).map(([x, y]) => [round4(x), round4(y)]) as Bounds
		})),
		inset: nanhai.features.map((f) => ({ kind: f.properties.kind, d: path(f) }))
	};
	return cached;
}
