import { describe, expect, it } from 'vitest';
import { InlineShapes, withPaths, withoutPaths, type PathSource } from './inlineShapes';
import type { MapShapes } from './shapes';

const shapes: MapShapes = {
	bounds: [
		[73, 3],
		[136, 54]
	],
	viewBox: [0, 0, 100, 80],
	regions: [
		{
			code: '140000',
			d: 'M1 2l3 4z',
			label: [2, 3],
			bbox: [
				[110, 34],
				[114, 41]
			]
		},
		{
			code: '810000',
			d: 'M5 5h1v1z',
			label: [8, 9],
			anchor: [5, 5],
			bbox: [
				[113, 22],
				[114, 22.6]
			]
		}
	],
	inset: [
		{ kind: 'frame', d: 'M0 0h10v10h-10z' },
		{ kind: 'mark', d: 'M1 1h1' }
	]
};

/** Paths as the SVG map draws them, from the shapes themselves. */
const source = (s: MapShapes): PathSource => ({
	region: (code) => s.regions.find((r) => r.code === code)?.d ?? null,
	inset: (i) => s.inset[i]?.d ?? null
});

describe('inline shapes', () => {
	it('carry everything but the paths', () => {
		const sent = withoutPaths(new InlineShapes(shapes));
		expect(JSON.stringify(sent)).not.toContain('M1 2');
		expect(sent.regions[1]).toStrictEqual({
			code: '810000',
			label: [8, 9],
			anchor: [5, 5],
			bbox: shapes.regions[1]!.bbox
		});
		expect(sent.inset).toStrictEqual([{ kind: 'frame' }, { kind: 'mark' }]);
	});

	it('come back whole with the paths read from the page', () => {
		expect(withPaths(withoutPaths(shapes), source(shapes))).toStrictEqual(shapes);
	});

	it('say which path the page lacks', () => {
		const lacking: PathSource = {
			...source(shapes),
			region: (c) => (c === '810000' ? null : 'M0 0')
		};
		expect(() => withPaths(withoutPaths(shapes), lacking)).toThrow(
			"The page's map has no path for 810000."
		);
	});
});
