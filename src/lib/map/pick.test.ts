import { describe, expect, it } from 'vitest';
import { pickRegion, toleranceFor, type ScreenBox } from './pick';

const box = (code: string, x0: number, y0: number, x1: number, y1: number): ScreenBox => ({
	code,
	x0,
	y0,
	x1,
	y1
});
// Around the Pearl River mouth at the country's zoom: 广东 large, 香港 and 澳门 a few px.
const boxes = [
	box('440000', 0, 0, 200, 120),
	box('810000', 120, 118, 126, 123),
	box('820000', 100, 121, 103, 124),
	box('110000', 300, 0, 320, 25),
	box('120000', 310, 15, 325, 35)
];

describe('pickRegion', () => {
	it.each([
		{
			name: 'keeps the region under the pointer far from any tiny one',
			at: [50, 50],
			exact: '440000',
			expected: '440000'
		},
		{
			name: 'picks 澳门 from 珠海 beside it, within the tolerance',
			at: [98, 119],
			exact: '440000',
			expected: '820000'
		},
		{ name: 'picks 香港 from the sea below it', at: [123, 128], exact: null, expected: '810000' },
		{ name: 'keeps the sea when no region is near', at: [160, 180], exact: null, expected: null },
		{
			name: 'picks the nearer of two tiny regions',
			at: [110, 122],
			exact: null,
			expected: '820000'
		},
		{
			name: 'keeps 北京 under the pointer though 天津’s box overlaps it',
			at: [315, 20],
			exact: '110000',
			expected: '110000'
		}
	])('$name', ({ at, exact, expected }) => {
		expect(pickRegion(at[0]!, at[1]!, exact, boxes, 8)).toBe(expected);
	});

	it('gives no tolerance to regions big enough to aim at', () => {
		expect(pickRegion(205, 50, null, boxes, 8)).toBeNull();
	});
});

describe('toleranceFor', () => {
	it('is wider for a finger than for a mouse', () => {
		const touch = { pointerType: 'touch' } as unknown as Event;
		const mouse = { pointerType: 'mouse' } as unknown as Event;
		expect(toleranceFor(touch)).toBeGreaterThan(toleranceFor(mouse));
		// A plain MouseEvent (no pointerType) is a mouse.
		expect(toleranceFor({} as Event)).toBe(toleranceFor(mouse));
	});
});
