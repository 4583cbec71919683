import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { provinces } from '../geo/shapes';
import { sharedBorders, simplifyShared } from './sharedBorders';
import { projected } from './svgMap';

type Shape = Feature<Polygon | MultiPolygon, { code: string }>;

const square = (x: number, y: number, s: number): Position[] => [
	[x, y],
	[x + s, y],
	[x + s, y + s],
	[x, y + s],
	[x, y]
];

function shape(code: string, polygons: Position[][][]): Shape {
	return {
		type: 'Feature',
		properties: { code },
		geometry: { type: 'MultiPolygon', coordinates: polygons }
	};
}

const points = (f: Shape) =>
	new Set(
		(f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
			.flat(2)
			.map(String)
	);

describe('simplifyShared', () => {
	// Two squares sharing a wiggly edge x = 10, y from 0 to 10.
	const wiggle: Position[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((y) => [10 + (y % 2) * 0.1, y]);
	const west = shape('w', [[[[0, 0], ...wiggle, [0, 10], [0, 0]]]]);
	const east = shape('e', [[[[20, 0], [20, 10], ...[...wiggle].reverse(), [20, 0]]]]);

	it('simplifies a shared border once, to the same points on both sides', () => {
		const [w, e] = simplifyShared([west, east], 1);
		const border = (f: Shape) => [...points(f)].filter((p) => p.startsWith('10'));
		expect(border(w!)).toStrictEqual(['10,0', '10,10']);
		expect(border(e!).sort()).toStrictEqual(['10,0', '10,10']);
	});

	it('keeps an island that would vanish, and the properties', () => {
		const island = shape('i', [[square(0, 0, 10)], [square(50, 50, 0.5)]]);
		const [out] = simplifyShared([island], 10);
		expect(out!.properties).toStrictEqual({ code: 'i' });
		expect(out!.geometry.coordinates[1]).toStrictEqual([square(50, 50, 0.5)]);
	});

	it('keeps every point of a region smaller than asked, and of its neighbour along their border', () => {
		// The east one is 30 units wide: simplified, but not along the small one's border.
		const wide = shape('e', [[[[40, 0], [40, 10], ...[...wiggle].reverse(), [40, 0]]]]);
		const [w, e] = simplifyShared([west, wide], 1, 15);
		expect(points(w!)).toStrictEqual(points(west));
		expect(points(e!)).toStrictEqual(points(wide));
		expect(points(simplifyShared([west, wide], 1)[1]!).size).toBe(4);
	});

	it('on the real shapes: fewer points, all original, the same on either side of a border', () => {
		const before = (provinces.features as Shape[]).map(projected);
		const after = simplifyShared(before, 2);
		const count = (l: Shape[]) => l.reduce((n, f) => n + points(f).size, 0);
		const [count0, count1] = [count(before), count(after)];
		expect(count1).toBeLessThan(count0 * 0.6);
		expect(count1).toBeGreaterThan(count0 * 0.3);
		for (const [i, f] of after.entries()) {
			const original = points(before[i]!);
			for (const p of points(f)) expect(original.has(p), f.properties.code).toBe(true);
		}
		// A point two regions had in common is kept by both or by neither.
		const kept = after.map(points);
		const had = before.map(points);
		for (let a = 0; a < before.length; a++) {
			for (let b = a + 1; b < before.length; b++) {
				for (const p of had[a]!) {
					if (had[b]!.has(p)) expect(kept[a]!.has(p), p).toBe(kept[b]!.has(p));
				}
			}
		}
	});
});

describe('sharedBorders', () => {
	it('pairs the shapes that share a stretch of border, and no shape with itself', () => {
		// A and B side by side, C touching B only at a corner, D apart; E's two parts touch.
		const shapes = [
			shape('A', [[square(0, 0, 10)]]),
			shape('B', [[square(10, 0, 10)]]),
			shape('C', [[square(20, 10, 10)]]),
			shape('D', [[square(50, 50, 5)]]),
			shape('E', [[square(60, 0, 5)], [square(65, 0, 5)]])
		];
		expect(sharedBorders(shapes)).toStrictEqual([[1], [0], [], [], []]);
	});
});
