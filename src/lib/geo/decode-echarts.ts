/**
 * Pure functions that turn ECharts 4 map data into plain RFC 7946 GeoJSON. No I/O here:
 * `scripts/build-geo.ts` fetches the files and writes the results, these are unit-tested.
 */
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';

/** [lng, lat]. A tuple rather than geojson's `number[]` so that destructuring stays typed. */
export type Point = [number, number];
/** A linear ring; closed (first = last) once it has been through `cleanRing`. */
export type Ring = Point[];

/** The subset of an ECharts 4 map file (`map/json/*.json`) that the decoder reads. */
export interface EChartsGeoJson {
	type: 'FeatureCollection';
	/** When true, each ring is a string in ECharts' delta/zigzag encoding. */
	UTF8Encoding?: boolean;
	/** Quantization of the encoding; ECharts defaults it to 1024 units per degree. */
	UTF8Scale?: number;
	features: EChartsFeature[];
}

export interface EChartsFeature {
	type: 'Feature';
	id?: string | number;
	properties: { id?: string; name: string; cp?: Point; childNum?: number };
	geometry: EChartsGeometry;
}

/** A ring is a string when `UTF8Encoding` is on, plain coordinates otherwise. */
type EncodedRing = string | Point[];

export type EChartsGeometry =
	| { type: 'Polygon'; coordinates: EncodedRing[]; encodeOffsets?: Point[] }
	| { type: 'MultiPolygon'; coordinates: EncodedRing[][]; encodeOffsets?: Point[][] };

export interface ProvinceProperties {
	/** GB/T 2260 code, e.g. '140000'; the same as the feature's `id`. */
	code: string;
	/** Chinese short name as ECharts spells it, e.g. '山西'. */
	name: string;
	/** ECharts' label point, [lng, lat]. */
	cp: Point;
}

export interface ProvinceFeature extends Feature<Polygon | MultiPolygon, ProvinceProperties> {
	/** The GB/T 2260 code, e.g. '140000' (maplibre's `promoteId: 'code'` gives the same). */
	id: string;
}

export interface ProvinceCollection extends FeatureCollection<
	Polygon | MultiPolygon,
	ProvinceProperties
> {
	features: ProvinceFeature[];
}

export interface NanhaiProperties {
	/** 'frame': the inset's box, to stroke. 'mark': a filled shape inside it (coast, dashes). */
	kind: 'frame' | 'mark';
}

export type NanhaiFeature = Feature<LineString | Polygon, NanhaiProperties>;
export type NanhaiCollection = FeatureCollection<LineString | Polygon, NanhaiProperties>;

/** What `cleanRing` did, summed over the rings it saw. */
export interface CleanStats {
	rings: number;
	ringsKept: number;
	/** Fewer than 4 positions once closed (fewer than 3 distinct corners). */
	droppedTooFew: number;
	/** |area| below the threshold: all points (nearly) collinear. */
	droppedZeroArea: number;
	duplicatesRemoved: number;
	/** Rings that arrived without first = last. */
	closed: number;
	reversed: number;
	pointsIn: number;
	pointsOut: number;
}

export interface DecodeStats {
	/** Cleaning of the decoded, full-precision rings. */
	raw: CleanStats;
	/** Cleaning again after rounding, which can merge neighbours or flatten slivers. */
	rounded: CleanStats;
	/** Polygons lost because their exterior ring was dropped (their holes go with them). */
	polygonsDropped: number;
}

export function emptyCleanStats(): CleanStats {
	return {
		rings: 0,
		ringsKept: 0,
		droppedTooFew: 0,
		droppedZeroArea: 0,
		duplicatesRemoved: 0,
		closed: 0,
		reversed: 0,
		pointsIn: 0,
		pointsOut: 0
	};
}

export function emptyDecodeStats(): DecodeStats {
	return { raw: emptyCleanStats(), rounded: emptyCleanStats(), polygonsDropped: 0 };
}

/** ECharts' default quantization: 1024 units per degree. */
export const ECHARTS_SCALE = 1024;

/**
 * Decoded coordinates sit on a 1/1024° grid, where the smallest non-degenerate triangle has an
 * area of about 4.8e-7 deg², and after rounding to 4 decimals about 5e-9; anything below this is a
 * line or a point, not land.
 */
export const MIN_RING_AREA = 1e-9;

/** Maps 0, 1, 2, 3, … back to 0, -1, 1, -2, …, so small negative deltas fit in one char. */
export function zigzagDecode(n: number): number {
	return (n >> 1) ^ -(n & 1);
}

/**
 * Decodes one ECharts ring: each pair of chars is a (dx, dy) step, char code minus 64 then
 * zigzag-decoded, accumulated from `offset`, all in 1/`scale` degree units.
 */
export function decodeRing(encoded: string, offset: Point, scale = ECHARTS_SCALE): Ring {
	if (encoded.length % 2 !== 0) {
		throw new Error(`encoded ring has an odd length (${encoded.length}): truncated data?`);
	}
	const ring: Ring = [];
	let [x, y] = offset;
	for (let i = 0; i < encoded.length; i += 2) {
		x += zigzagDecode(encoded.charCodeAt(i) - 64);
		y += zigzagDecode(encoded.charCodeAt(i + 1) - 64);
		ring.push([x / scale, y / scale]);
	}
	return ring;
}

/**
 * Signed area by the shoelace formula, in deg², with lng as x and lat as y: positive when the ring
 * runs counter-clockwise. Works on open and closed rings alike (the closing edge adds nothing).
 */
export function ringArea(ring: readonly Position[]): number {
	let prev = ring.at(-1);
	let twice = 0;
	for (const p of ring) {
		// geojson's Position is number[]; the defaults only satisfy noUncheckedIndexedAccess.
		const [px = 0, py = 0] = prev ?? p;
		const [x = 0, y = 0] = p;
		twice += px * y - x * py;
		prev = p;
	}
	return twice / 2;
}

function samePoint(a: Point, b: Point): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/**
 * Returns the ring fit for GeoJSON, or null when nothing drawable is left: consecutive duplicates
 * removed, closed, at least 4 positions, non-zero area, counter-clockwise for an exterior and
 * clockwise for a hole (RFC 7946 §3.1.6). Never mutates its input.
 */
export function cleanRing(
	ring: readonly Point[],
	options: { hole?: boolean; minArea?: number; stats?: CleanStats } = {}
): Ring | null {
	const { hole = false, minArea = MIN_RING_AREA, stats = emptyCleanStats() } = options;
	stats.rings++;
	stats.pointsIn += ring.length;

	const open: Ring = [];
	for (const p of ring) {
		const prev = open.at(-1);
		if (prev && samePoint(prev, p)) continue;
		open.push([p[0], p[1]]);
	}
	const first = open[0];
	const last = open.at(-1);
	// Work on the ring open; after deduplication one pop is enough to undo any closure.
	const wasClosed = open.length > 1 && !!first && !!last && samePoint(first, last);
	if (wasClosed) open.pop();
	// Points removed beyond the one closing point are duplicates.
	stats.duplicatesRemoved += ring.length - open.length - (wasClosed ? 1 : 0);
	if (!wasClosed && ring.length > 0) stats.closed++;

	if (open.length < 3) {
		stats.droppedTooFew++;
		return null;
	}
	const area = ringArea(open);
	if (Math.abs(area) < minArea) {
		stats.droppedZeroArea++;
		return null;
	}
	const [start, ...rest] = open as [Point, ...Point[]];
	// Reversing behind the first point keeps where the ring starts, so output stays comparable.
	const wound = area > 0 === hole ? [start, ...rest.reverse()] : open;
	if (wound !== open) stats.reversed++;
	wound.push([start[0], start[1]]);
	stats.ringsKept++;
	stats.pointsOut += wound.length;
	return wound;
}

export function roundPoint(p: Point, decimals: number): Point {
	const f = 10 ** decimals;
	return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

/**
 * Cleans a polygon (exterior first, then holes) and returns null if its exterior is gone; a
 * hole without its exterior would be meaningless.
 */
function cleanPolygon(
	rings: readonly (readonly Point[])[],
	minArea: number,
	stats: CleanStats
): Ring[] | null {
	const out: Ring[] = [];
	for (const [i, ring] of rings.entries()) {
		const cleaned = cleanRing(ring, { hole: i > 0, minArea, stats });
		if (cleaned) out.push(cleaned);
		else if (i === 0) return null;
	}
	return out;
}

function decodeGeometry(geometry: EChartsGeometry, encoded: boolean, scale: number): Point[][][] {
	const decode = (ring: EncodedRing, offset: Point | undefined): Ring => {
		if (typeof ring !== 'string') return ring;
		if (!encoded || !offset) throw new Error('encoded ring without UTF8Encoding or offset');
		return decodeRing(ring, offset, scale);
	};
	if (geometry.type === 'Polygon') {
		const offsets = geometry.encodeOffsets ?? [];
		return [geometry.coordinates.map((ring, i) => decode(ring, offsets[i]))];
	}
	const offsets = geometry.encodeOffsets ?? [];
	return geometry.coordinates.map((polygon, p) =>
		polygon.map((ring, i) => decode(ring, offsets[p]?.[i]))
	);
}

/**
 * ECharts 4 map JSON → a FeatureCollection whose ids are GB/T 2260 codes, with rings cleaned
 * (see `cleanRing`) before and after rounding to `decimals`, sorted by code. Pass `stats` to learn
 * what the cleaning removed. Throws if a feature has no usable code, label point or polygon, since a
 * province silently missing from the map is worse than a failed build.
 */
export function decodeEChartsGeo(
	json: EChartsGeoJson,
	options: { decimals?: number; minArea?: number; stats?: DecodeStats } = {}
): ProvinceCollection {
	const { decimals = 4, minArea = MIN_RING_AREA, stats = emptyDecodeStats() } = options;
	const encoded = json.UTF8Encoding === true;
	const scale = json.UTF8Scale ?? ECHARTS_SCALE;

	const features = json.features.map((feature): ProvinceFeature => {
		const code = String(feature.id ?? feature.properties.id ?? '');
		const { name, cp } = feature.properties;
		if (!/^\d{6}$/.test(code)) throw new Error(`feature ${name}: id "${code}" is not a code`);
		if (!cp) throw new Error(`feature ${code} ${name}: no label point (cp)`);

		const polygons: Ring[][] = [];
		for (const rings of decodeGeometry(feature.geometry, encoded, scale)) {
			const raw = cleanPolygon(rings, minArea, stats.raw);
			const rounded =
				raw &&
				cleanPolygon(
					raw.map((ring) => ring.map((p) => roundPoint(p, decimals))),
					minArea,
					stats.rounded
				);
			if (rounded) polygons.push(rounded);
			else stats.polygonsDropped++;
		}
		const [only] = polygons;
		if (!only) throw new Error(`feature ${code} ${name}: no polygon survived cleaning`);

		return {
			type: 'Feature',
			id: code,
			properties: { code, name, cp: roundPoint(cp, decimals) },
			geometry:
				polygons.length === 1
					? { type: 'Polygon', coordinates: only }
					: { type: 'MultiPolygon', coordinates: polygons }
		};
	});
	// Code order rather than ECharts', so the file reads like the regions table.
	features.sort((a, b) => a.id.localeCompare(b.id));
	return { type: 'FeatureCollection', features };
}

/** The South China Sea inset as `lib/coord/geo/fix/nanhai.js` defines it, before transforming. */
export interface NanhaiSource {
	/** Where the inset's local origin sits, [lng, lat]. */
	geoCoord: Point;
	/** Rings in local units; the last one is the box frame. */
	points: Ring[];
	/** lng = x / xDivisor + geoCoord[0]. */
	xDivisor: number;
	/** lat = y / yDivisor + geoCoord[1]; negative because local y grows downwards. */
	yDivisor: number;
}

/**
 * Reads the inset's numbers out of nanhai.js without running it. Each pattern must match exactly
 * once, so a differently written file fails the build instead of yielding a shifted inset.
 */
export function parseNanhaiSource(source: string): NanhaiSource {
	const grab = (re: RegExp, what: string): RegExpMatchArray => {
		const match = source.match(re);
		if (!match) throw new Error(`nanhai.js: cannot find ${what}`);
		return match;
	};
	const num = (s: string | undefined): number => {
		const n = Number(s);
		if (!Number.isFinite(n)) throw new Error(`nanhai.js: "${s}" is not a number`);
		return n;
	};
	const geo = grab(/var geoCoord = \[\s*([-\d.]+)\s*,\s*([-\d.]+)\s*\];/, 'geoCoord');
	const pts = grab(/var points = (\[[-\d.,[\]\s]*\]);/, 'points');
	const xDiv = grab(/points\[i\]\[k\]\[0\] \/= ([-\d.]+);/, 'the x divisor');
	const yDiv = grab(/points\[i\]\[k\]\[1\] \/= ([-\d.]+) \/ ([-\d.]+);/, 'the y divisor');

	const points = JSON.parse(pts[1] ?? '') as Ring[];
	const valid = points.every((ring) =>
		ring.every((p) => p.length === 2 && p.every((v) => Number.isFinite(v)))
	);
	if (!valid || points.length < 2) throw new Error('nanhai.js: points is not a list of rings');
	return {
		geoCoord: [num(geo[1]), num(geo[2])],
		points,
		xDivisor: num(xDiv[1]),
		yDivisor: num(yDiv[1]) / num(yDiv[2])
	};
}

/**
 * The inset as GeoJSON. ECharts draws every ring as a filled polygon; here the last ring (a thin
 * U of three box sides) becomes one closed LineString around its bounding box, so it can be
 * stroked at any zoom, while the other rings (the coast along the top edge and the dashes) stay
 * polygons, kind 'mark', to fill.
 */
export function nanhaiToGeoJson(source: NanhaiSource, decimals = 4): NanhaiCollection {
	const { geoCoord, xDivisor, yDivisor } = source;
	const toLngLat = ([x, y]: Point): Point =>
		roundPoint([x / xDivisor + geoCoord[0], y / yDivisor + geoCoord[1]], decimals);
	const rings = source.points.map((ring) => ring.map(toLngLat));
	const frame = rings.pop() ?? [];

	const lngs = frame.map((p) => p[0]);
	const lats = frame.map((p) => p[1]);
	const [w, e, s, n] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
	const features: NanhaiFeature[] = [
		{
			type: 'Feature',
			properties: { kind: 'frame' },
			geometry: {
				type: 'LineString',
				coordinates: [
					[w, s],
					[e, s],
					[e, n],
					[w, n],
					[w, s]
				]
			}
		}
	];
	for (const ring of rings) {
		const cleaned = cleanRing(ring);
		if (!cleaned) throw new Error('nanhai.js: a mark has no area');
		features.push({
			type: 'Feature',
			properties: { kind: 'mark' },
			geometry: { type: 'Polygon', coordinates: [cleaned] }
		});
	}
	return { type: 'FeatureCollection', features };
}
