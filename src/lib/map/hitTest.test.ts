import { describe, expect, it } from 'vitest';
import { mercator } from '../geo/mercator';
import { regionFinder, type Contains } from './hitTest';
import type { MapShapes } from './shapes';

const region = (code: string, bbox: MapShapes['regions'][number]['bbox']) => ({
	code,
	d: `path-${code}`,
	label: [0, 0] as [number, number],
	bbox
});

// Two overlapping boxes; each path covers only the half of its box nearer the other.
const regions = [
	region('A', [
		[100, 20],
		[110, 30]
	]),
	region('B', [
		[105, 25],
		[115, 35]
	])
];
const asked: string[] = [];
const contains: Contains = (d, x) => {
	asked.push(d);
	const [middle] = mercator([107.5, 0]);
	return d === 'path-A' ? x > middle : x <= middle;
};

describe('regionFinder', () => {
	const find = regionFinder(regions, contains);

	it('finds the region whose path covers the point', () => {
		asked.length = 0;
		expect(find([109, 27])).toBe('A');
		expect(find([106, 27])).toBe('B');
	});

	it('asks only the paths whose box holds the point', () => {
		asked.length = 0;
		expect(find([102, 22])).toBeNull();
		expect(asked).toStrictEqual(['path-A']);
		asked.length = 0;
		expect(find([120, 27])).toBeNull();
		expect(asked).toStrictEqual([]);
	});
});
