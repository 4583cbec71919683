import { describe, expect, it } from 'vitest';
import {
	cleanRing,
	decodeEChartsGeo,
	decodeRing,
	emptyCleanStats,
	emptyDecodeStats,
	nanhaiToGeoJson,
	parseNanhaiSource,
	ringArea,
	zigzagDecode,
	type EChartsGeoJson,
	type Point,
	type Ring
} from '../../src/lib/geo/decode-echarts';

/** 10/1024° in each direction: a step encoded as 'T' (zigzag 20, + 64) or 'S' (19, i.e. -10). */
const STEP = 10 / 1024;

/**
 * A square at (120, 24), hand-encoded: offset 120 * 1024, 24 * 1024; then '@@' (0, 0), 'T@' (+10,
 * 0), '@T' (0, +10), 'S@' (-10, 0), '@S' (0, -10). Counter-clockwise, and closed by its last step.
 */
const SQUARE = '@@T@@TS@@S';
const SQUARE_OFFSET: Point = [120 * 1024, 24 * 1024];
const square: Ring = [
	[120, 24],
	[120 + STEP, 24],
	[120 + STEP, 24 + STEP],
	[120, 24 + STEP],
	[120, 24]
];

describe('zigzagDecode', () => {
	it.each([
		{ n: 0, expected: 0 },
		{ n: 1, expected: -1 },
		{ n: 2, expected: 1 },
		{ n: 3, expected: -2 },
		{ n: 20, expected: 10 },
		{ n: 19, expected: -10 }
	])('maps $n to $expected so small negative steps fit in one char', ({ n, expected }) => {
		expect(zigzagDecode(n)).toBe(expected);
	});
});

describe('decodeRing', () => {
	it('accumulates zigzag steps from the offset, in 1/1024 degree', () => {
		expect(decodeRing(SQUARE, SQUARE_OFFSET)).toStrictEqual(square);
	});

	it('honours a scale other than 1024 (UTF8Scale)', () => {
		expect(decodeRing('@@T@', [0, 0], 10)).toStrictEqual([
			[0, 0],
			[1, 0]
		]);
	});

	it('rejects an odd-length string, which can only be truncated data', () => {
		expect(() => decodeRing('@@T', SQUARE_OFFSET)).toThrow(/odd length/);
	});
});

describe('ringArea', () => {
	const ccw: Ring = [
		[0, 0],
		[2, 0],
		[2, 1],
		[0, 1]
	];
	it.each([
		{ name: 'counter-clockwise is positive', ring: ccw, expected: 2 },
		{ name: 'clockwise is negative', ring: [...ccw].reverse(), expected: -2 },
		{ name: 'closing the ring changes nothing', ring: [...ccw, [0, 0] as Point], expected: 2 },
		{
			name: 'a line has none',
			ring: [
				[0, 0],
				[1, 1],
				[2, 2]
			] as Ring,
			expected: 0
		},
		{
			name: 'fewer than 3 points have none',
			ring: [
				[0, 0],
				[1, 1]
			] as Ring,
			expected: 0
		}
	])('$name', ({ ring, expected }) => {
		expect(ringArea(ring)).toBe(expected);
	});
});

describe('cleanRing', () => {
	const tri: Ring = [
		[0, 0],
		[1, 0],
		[0, 1],
		[0, 0]
	];
	it.each([
		{ name: 'keeps a clean closed CCW ring as is', ring: tri, hole: false, expected: tri },
		{
			name: 'closes an open ring',
			ring: tri.slice(0, 3),
			hole: false,
			expected: tri
		},
		{
			name: 'drops consecutive duplicates, including a doubled closing point',
			ring: [
				[0, 0],
				[0, 0],
				[1, 0],
				[1, 0],
				[0, 1],
				[0, 0],
				[0, 0]
			] as Ring,
			hole: false,
			expected: tri
		},
		{
			name: 'reverses a clockwise exterior',
			ring: [...tri].reverse(),
			hole: false,
			expected: tri
		},
		{
			name: 'makes a hole clockwise',
			ring: tri,
			hole: true,
			expected: [
				[0, 0],
				[0, 1],
				[1, 0],
				[0, 0]
			]
		},
		{
			name: 'drops an island that ECharts simplified to a back-and-forth segment',
			ring: [
				[120, 23],
				[120.05, 23.07],
				[120, 23]
			] as Ring,
			hole: false,
			expected: null
		},
		{
			name: 'drops a ring that is one repeated point',
			ring: [
				[1, 1],
				[1, 1],
				[1, 1],
				[1, 1]
			] as Ring,
			hole: false,
			expected: null
		},
		{
			name: 'drops a ring of collinear points, which has no area to fill',
			ring: [
				[0, 0],
				[1, 1],
				[2, 2],
				[0, 0]
			] as Ring,
			hole: false,
			expected: null
		}
	])('$name', ({ ring, hole, expected }) => {
		expect(cleanRing(ring, { hole })).toStrictEqual(expected);
	});

	it('does not mutate its input', () => {
		const ring: Ring = [
			[0, 1],
			[1, 0],
			[0, 0]
		];
		const copy = structuredClone(ring);
		cleanRing(ring);
		expect(ring).toStrictEqual(copy);
	});

	it('counts what it removed', () => {
		const stats = emptyCleanStats();
		cleanRing(
			[
				[0, 0],
				[0, 0],
				[0, 1],
				[1, 0],
				[0, 0]
			] as Ring,
			{ stats }
		);
		cleanRing(
			[
				[5, 5],
				[6, 6],
				[5, 5]
			] as Ring,
			{ stats }
		);
		expect(stats).toStrictEqual({
			rings: 2,
			ringsKept: 1,
			droppedTooFew: 1,
			droppedZeroArea: 0,
			duplicatesRemoved: 1,
			closed: 0,
			reversed: 1,
			pointsIn: 8,
			pointsOut: 4
		});
	});
});

describe('decodeEChartsGeo', () => {
	// Two features in ECharts' shape and order (台湾 first): a MultiPolygon whose second part
	// collapses, and a Polygon.
	const echarts: EChartsGeoJson = {
		type: 'FeatureCollection',
		UTF8Encoding: true,
		features: [
			{
				type: 'Feature',
				id: '710000',
				properties: { id: '710000', name: '台湾', cp: [121, 24], childNum: 2 },
				geometry: {
					type: 'MultiPolygon',
					// The second "island" goes 10 units east and straight back: a segment.
					coordinates: [[SQUARE], ['@@T@S@']],
					encodeOffsets: [[[121 * 1024, 24 * 1024]], [[122 * 1024, 24 * 1024]]]
				}
			},
			{
				type: 'Feature',
				id: '140000',
				properties: { id: '140000', name: '山西', cp: [120.00001, 24.00004], childNum: 1 },
				geometry: { type: 'Polygon', coordinates: [SQUARE], encodeOffsets: [SQUARE_OFFSET] }
			}
		]
	};
	const r = (v: number) => Math.round(v * 1e4) / 1e4;

	it('gives plain GeoJSON keyed and sorted by code, rounded, degenerate parts gone', () => {
		const stats = emptyDecodeStats();
		expect(decodeEChartsGeo(echarts, { stats })).toStrictEqual({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: '140000',
					properties: { code: '140000', name: '山西', cp: [120, 24] },
					geometry: { type: 'Polygon', coordinates: [square.map(([x, y]) => [r(x), r(y)])] }
				},
				{
					type: 'Feature',
					id: '710000',
					properties: { code: '710000', name: '台湾', cp: [121, 24] },
					// One polygon survives, so the geometry is a Polygon, not a one-part MultiPolygon.
					geometry: {
						type: 'Polygon',
						coordinates: [square.map(([x, y]) => [r(x + 1), r(y)])]
					}
				}
			]
		});
		expect(stats.polygonsDropped).toBe(1);
		expect(stats.raw.droppedTooFew).toBe(1);
	});

	it('fails rather than silently leaving a province off the map', () => {
		const empty: EChartsGeoJson = {
			...echarts,
			features: [
				{
					type: 'Feature',
					id: '820000',
					properties: { name: '澳门', cp: [113.5, 22.2] },
					geometry: { type: 'Polygon', coordinates: ['@@T@S@'], encodeOffsets: [[0, 0]] }
				}
			]
		};
		expect(() => decodeEChartsGeo(empty)).toThrow(/820000 澳门: no polygon survived/);
	});

	it('rejects a feature whose id is not a six-digit code', () => {
		const bad: EChartsGeoJson = {
			...echarts,
			features: [{ ...echarts.features[1]!, id: 'shanxi', properties: { name: '山西' } }]
		};
		expect(() => decodeEChartsGeo(bad)).toThrow(/not a code/);
	});
});

describe('nanhai', () => {
	// The shape of ECharts 4's lib/coord/geo/fix/nanhai.js, with two rings instead of twelve.
	const source = `
var geoCoord = [126, 25];
var points = [[[0, 0], [10.5, 0], [0, 7], [0, 0]], [[0, 3.5], [0, 93.1], [64, 93.1], [64, 0], [63, 0], [63, 92.4], [1, 92.4], [1, 3.5], [0, 3.5]]];

for (var i = 0; i < points.length; i++) {
  for (var k = 0; k < points[i].length; k++) {
    points[i][k][0] /= 10.5;
    points[i][k][1] /= -10.5 / 0.75;
    points[i][k][0] += geoCoord[0];
    points[i][k][1] += geoCoord[1];
  }
}`;

	it('reads the numbers without running the file', () => {
		const parsed = parseNanhaiSource(source);
		expect(parsed.geoCoord).toStrictEqual([126, 25]);
		expect(parsed.xDivisor).toBe(10.5);
		expect(parsed.yDivisor).toBe(-14);
		expect(parsed.points).toHaveLength(2);
	});

	it('fails on a file it does not recognise instead of guessing', () => {
		expect(() => parseNanhaiSource(source.replace('/= 10.5', '*= 2'))).toThrow(/x divisor/);
	});

	it('turns the last ring into a box to stroke and the others into polygons to fill', () => {
		expect(nanhaiToGeoJson(parseNanhaiSource(source))).toStrictEqual({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { kind: 'frame' },
					geometry: {
						type: 'LineString',
						coordinates: [
							[126, 18.35],
							[132.0952, 18.35],
							[132.0952, 25],
							[126, 25],
							[126, 18.35]
						]
					}
				},
				{
					type: 'Feature',
					properties: { kind: 'mark' },
					// Local y grows downwards, so the ring comes out clockwise and is turned round.
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[126, 25],
								[126, 24.5],
								[127, 25],
								[126, 25]
							]
						]
					}
				}
			]
		});
	});
});
