import { describe, expect, it } from 'vitest';
import { depthIn } from './depth';

type Point = [number, number];
const square = (x: number, y: number, size: number): Point[] => [
	[x, y],
	[x + size, y],
	[x + size, y + size],
	[x, y + size],
	[x, y]
];

describe('depthIn', () => {
	const depth = depthIn([[square(0, 0, 100)]]);

	it('measures how far inside a point is: to the nearest border', () => {
		expect(depth([50, 50])).toBeCloseTo(50);
		expect(depth([10, 50])).toBeCloseTo(10);
		expect(depth([50, 97])).toBeCloseTo(3);
	});

	it('is negative outside, as far as the border is', () => {
		expect(depth([-5, 50])).toBeCloseTo(-5);
		expect(depth([103, 104])).toBeCloseTo(-5);
	});

	it('caps distances at the limit, keeping the sign', () => {
		expect(depth([50, 50], 10)).toBe(10);
		expect(depth([300, 50], 10)).toBe(-10);
		expect(depth([5, 50], 10)).toBeCloseTo(5);
	});

	it('counts a hole as outside, and every polygon of a region as inside', () => {
		const ring = depthIn([[square(0, 0, 100), square(40, 40, 20).reverse()], [square(200, 0, 10)]]);
		expect(ring([50, 50])).toBeCloseTo(-10);
		expect(ring([20, 50])).toBeCloseTo(20);
		expect(ring([205, 5])).toBeCloseTo(5);
		expect(ring([150, 50])).toBeLessThan(0);
	});

	it('reads open rings as closed', () => {
		const open = depthIn([[square(0, 0, 100).slice(0, 4)]]);
		expect(open([10, 50])).toBeCloseTo(10);
		expect(open([50, 95])).toBeCloseTo(5);
	});
});
