import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Shape = Feature<Polygon | MultiPolygon>;

/**
 * The regions, already projected to map units, simplified as a whole: a border two regions share
 * is simplified once (Visvalingam, dropping corners whose triangle is under `minArea` square map
 * units), so both keep the same points and no gap or overlap opens between them, as it would were
 * each outline simplified on its own. An island small enough to vanish keeps its own outline.
 */
export function simplifyShared<F extends Shape>(
	features: readonly F[],
	minArea: number,
	/** Regions smaller than this (map units, the longer side of their box) keep every point. */
	keepBelow = 0
): F[] {
	const regions: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
	// Map units are planar already: no quantization, and presimplify's planar triangle areas.
	const topo = topology({ regions }) as Topology<{ regions: GeometryCollection }>;
	const weighed = presimplify(topo);
	// 澳门 is a few units across: simplified, it would be a triangle. Its borders are kept whole,
	// on both sides.
	for (const [i, f] of features.entries()) {
		if (sizeOf(f.geometry) >= keepBelow) continue;
		for (const arc of arcsOf(topo.objects.regions.geometries[i]!)) {
			for (const point of weighed.arcs[arc < 0 ? ~arc : arc]!) point[2] = Infinity;
		}
	}
	const simple = simplify(weighed, minArea) as typeof topo;
	const out = feature(simple, simple.objects.regions).features;
	return features.map((original, i) => {
		const geometry = out[i]!.geometry as Polygon | MultiPolygon;
		const before = polygonsOf(original.geometry);
		const after = polygonsOf(geometry).map((rings, p) =>
			// A ring of fewer than three corners draws nothing: keep the island as it was.
			rings.map((ring, r) => (new Set(ring.map(String)).size < 3 ? before[p]![r]! : ring))
		);
		return { ...original, geometry: withPolygons(geometry, after) };
	});
}

/** A polygon's or multipolygon's polygons, each a list of rings. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** A geometry of `like`'s type (polygon or multipolygon) made of `polygons`, as polygonsOf gives. */
export function withPolygons(
	like: Polygon | MultiPolygon,
	polygons: Position[][][]
): Polygon | MultiPolygon {
	return like.type === 'Polygon'
		? { type: 'Polygon', coordinates: polygons[0]! }
		: { type: 'MultiPolygon', coordinates: polygons };
}

/** The longer side of a shape's box. */
function sizeOf(geometry: Polygon | MultiPolygon): number {
	const points = polygonsOf(geometry).flat(2);
	const side = (k: 0 | 1) =>
		Math.max(...points.map((p) => p[k]!)) - Math.min(...points.map((p) => p[k]!));
	return Math.max(side(0), side(1));
}

/** The arcs (by index, negative when reversed) a topology's polygon or multipolygon is made of. */
function arcsOf(geometry: GeometryCollection['geometries'][number]): number[] {
	if (geometry.type === 'Polygon') return geometry.arcs.flat();
	if (geometry.type === 'MultiPolygon') return geometry.arcs.flat(2);
	return [];
}

/**
 * Which regions share a border with each (by index into `features`): those whose outlines have a
 * stretch of border in common in their topology. Islands (海南, 台湾) have none, nor has 澳门, whose
 * outline in the shapes file does not meet 广东's.
 */
export function sharedBorders(features: readonly Shape[]): number[][] {
	const regions: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
	const topo = topology({ regions }) as Topology<{ regions: GeometryCollection }>;
	// A region whose parts touch (an enclave of its own) would border itself.
	return neighbors(topo.objects.regions.geometries).map((list, i) => list.filter((j) => j !== i));
}
