import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { nanhai, provinces } from '../geo/shapes';
import { mercator, viewBoxOf, type Bounds, type LngLat } from '../geo/mercator';
import type { MapShapes } from '../map/shapes';
import { CompactPathContext } from '../map/compactPath';
import { polygonsOf, sharedBorders, simplifyShared, withPolygons } from './sharedBorders';
import { depthIn } from '../map/depth';
import { labelBox, type Box } from '../map/labelBox';
import { placeLabels, type Placeable, type Point } from '../map/placeLabels';

/**
 * How much of a border is simplified away: corners whose triangle is under this many square map
 * units (maplibre pixels at zoom 4; a unit is about a screen pixel at 1920×1080), after which
 * points are whole units. Halves the points and takes the SVG to a quarter of its bytes, and
 * with them the map page's raster work; a border moves by at most about a pixel.
 */
const MIN_AREA = 2;
/** Regions smaller than this many units across (香港, 澳门) keep their outlines whole. */
const KEEP_BELOW = 20;
/** The South China Sea marks are small and few: a tenth of a unit, as drawn. */
const INSET_TOLERANCE = 0.35;

const project = geoTransform({
	point(lng, lat) {
		const [x, y] = mercator([lng, lat]);
		this.stream.point(x, y);
	}
});

/** A shape's polygons (rings of points) in map units. */
function inUnits(geometry: Polygon | MultiPolygon): Point[][][] {
	return polygonsOf(geometry).map((rings) =>
		rings.map((ring) => ring.map((p: Position) => mercator(p as LngLat)))
	);
}

/** A region in map units. */
export function projected<F extends Feature<Polygon | MultiPolygon>>(f: F): F {
	return { ...f, geometry: withPolygons(f.geometry, inUnits(f.geometry)) };
}

/**
 * A region's largest polygon (its outer ring and holes) in map units: its label belongs there, on
 * the mainland rather than an island.
 */
export function mainland(geometry: Polygon | MultiPolygon): Point[][] {
	const area = (ring: Point[]) =>
		Math.abs(
			ring.reduce((s, [x0, y0], i) => {
				const [x1, y1] = ring[(i + 1) % ring.length]!;
				return s + x0 * y1 - x1 * y0;
			}, 0)
		);
	return inUnits(geometry).reduce((a, b) => (area(b[0]!) > area(a[0]!) ? b : a));
}

/** Where a region's name sits best: as far from the edges of its mainland as can be. */
function labelPoint(mainland: Point[][]): Point {
	const [x, y] = polylabel(mainland, 0.5);
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

/** A lng/lat box in map units. */
function boxOf([[w, s], [e, n]]: Bounds): Box {
	const [x0, y0] = mercator([w, n]);
	const [x1, y1] = mercator([e, s]);
	return { x0, y0, x1, y1 };
}

/**
 * Regions too small to hold their name: the label moves out to sea by this much (map units) and a
 * leader line points back: 香港's east of the Pearl River mouth, 澳门's south of it, 上海's out to sea.
 * (Other small regions get leader lines where placing the labels apart needs them.)
 */
const CALLOUTS: Record<string, Point> = {
	'810000': [40, 18],
	'820000': [0, 40],
	'310000': [34, 2]
};

/**
 * The label every region is placed for: any region may be mentioned, so each is taken at the
 * mentioned size with a date line. The points are computed once per server, for every article,
 * and points that keep these apart keep any article's labels apart. A date with a two-digit month
 * is 6 units wider a side, which the gap absorbs.
 */
const MODEL_DATE = '9月10日';
/** Clear space between two labels, in map units (6 px at 1024 × 768), so that they read as two. */
const LABEL_GAP = 12;
/** Moving a callout away from its hand-placed spot costs this many times more than other moves. */
const CALLOUT_STIFFNESS = 3;

const round1 = ([x, y]: Point): Point => [Math.round(x * 10) / 10, Math.round(y * 10) / 10];

/** Where every label goes: at its best point, then moved apart where labels would overlap. */
function labelPoints(frame: Box, inset: Box): Record<string, { label: Point; anchor?: Point }> {
	const items = provinces.features.map((f): Placeable & { region: Point } => {
		const shape = mainland(f.geometry);
		const best = labelPoint(shape);
		const nudge = CALLOUTS[f.properties.code];
		return {
			code: f.properties.code,
			region: best,
			at: nudge ? [best[0] + nudge[0], best[1] + nudge[1]] : best,
			box: labelBox(f.properties.name, [MODEL_DATE], true),
			// A callout is out at sea already: anywhere near its spot will do.
			depth: nudge ? () => Infinity : depthIn([shape]),
			stiffness: nudge ? CALLOUT_STIFFNESS : 1
		};
	});
	const placed = placeLabels(items, { frame, obstacles: [inset], gap: LABEL_GAP });
	return Object.fromEntries(
		items.map(({ code, region }) => {
			const { label, anchor } = placed[code]!;
			const from = CALLOUTS[code] ? region : anchor;
			return [code, from ? { label: round1(label), anchor: from } : { label: round1(label) }];
		})
	);
}

let cached: MapShapes | undefined;

/** The provinces as SVG paths, computed once per server: they depend only on the shapes file. */
export function svgMap(): MapShapes {
	if (cached) return cached;
	const pathOf = (context: CompactPathContext, projection: typeof project | null) => {
		const draw = geoPath(projection, context);
		return (f: Feature) => {
			draw(f);
			return context.result();
		};
	};
	const region = pathOf(new CompactPathContext(0, 0), null);
	const inset = pathOf(new CompactPathContext(INSET_TOLERANCE, 1), project);
	const inMapUnits = provinces.features.map(projected);
	const simplified = simplifyShared(inMapUnits, MIN_AREA, KEEP_BELOW);
	const borders = sharedBorders(inMapUnits);
	// A little air around the land so borders are not cut by the frame.
	const bounds = boundsOf([...provinces.features, ...nanhai.features], [0.6, 0.4]);
	const viewBox = viewBoxOf(bounds).map((v) => Math.round(v)) as MapShapes['viewBox'];
	const [x, y, w, h] = viewBox;
	const labels = labelPoints(
		{ x0: x, y0: y, x1: x + w, y1: y + h },
		boxOf(boundsOf(nanhai.features))
	);
	cached = {
		bounds,
		viewBox,
		regions: provinces.features.map((f, i) => ({
			code: f.properties.code,
			d: region(simplified[i]!),
			...labels[f.properties.code]!,
			bbox: boundsOf([f]).map(([x, y]) => [round4(x), round4(y)]) as Bounds,
			neighbours: borders[i]!.map((j) => provinces.features[j]!.properties.code).sort()
		})),
		inset: nanhai.features.map((f) => ({ kind: f.properties.kind, d: inset(f) }))
	};
	return cached;
}
