import { describe, expect, it } from 'vitest';
import { deltaE2000, deltaE76, labOf, type Lab } from './deltaE';

describe('deltaE2000', () => {
	// Pairs from Sharma, Wu and Dalal's test data (2005), chosen for the formula's pitfalls.
	it.each<{ name: string; a: Lab; b: Lab; expected: number }>([
		{
			name: 'pair 1: blues of one lightness',
			a: [50, 2.6772, -79.7751],
			b: [50, 0, -82.7485],
			expected: 2.0425
		},
		{ name: 'pair 2', a: [50, 3.1571, -77.2803], b: [50, 0, -82.7485], expected: 2.8615 },
		{ name: 'pair 7: a gray against a color', a: [50, 0, 0], b: [50, -1, 2], expected: 2.3669 },
		{
			name: 'pair 13: hues across the 0/360 seam',
			a: [50, 2.49, -0.001],
			b: [50, -2.49, 0.0009],
			expected: 7.1792
		},
		{ name: 'pair 17: a large difference', a: [50, 2.5, 0], b: [73, 25, -18], expected: 27.1492 },
		{
			name: 'pair 25: greens',
			a: [60.2574, -34.0099, 36.2677],
			b: [60.4626, -34.1751, 39.4387],
			expected: 1.2644
		},
		{
			name: 'pair 34: dark blues, where the rotation term counts',
			a: [22.7233, 20.0904, -46.694],
			b: [23.0331, 14.973, -42.5619],
			expected: 2.0373
		}
	])('$name', ({ a, b, expected }) => {
		expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
		expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
	});

	it('is zero for one color', () => {
		expect(deltaE2000([40, 10, -20], [40, 10, -20])).toBe(0);
	});
});

describe('deltaE76', () => {
	it('is the straight distance in Lab', () => {
		expect(deltaE76([50, 0, 0], [53, 4, 0])).toBe(5);
	});
});

describe('labOf', () => {
	it('reads a hex color as Lab, white at L* 100 and black at 0', () => {
		expect(labOf('#ffffff')[0]).toBeCloseTo(100, 5);
		expect(labOf('#000000')[0]).toBeCloseTo(0, 5);
		expect(labOf('#777777')[0]).toBeCloseTo(50, 0);
	});
});
