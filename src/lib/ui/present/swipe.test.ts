import { describe, expect, it } from 'vitest';
import { swipeStep } from './swipe';

describe('swipeStep', () => {
	it.each([
		{ name: 'a swipe to the left is the next step', dx: -120, dy: 10, expected: 1 },
		{ name: 'a swipe to the right is the previous step', dx: 90, dy: -20, expected: -1 },
		{ name: 'a short move is a tap, not a swipe', dx: -30, dy: 0, expected: null },
		{ name: 'a move up or down is reading on', dx: -60, dy: 200, expected: null },
		{ name: 'a diagonal move steeper than one in two is no swipe', dx: -80, dy: 45, expected: null }
	])('$name', ({ dx, dy, expected }) => {
		expect(swipeStep(dx, dy)).toBe(expected);
	});
});
