import { describe, expect, it } from 'vitest';
import { moreBelow, pageTop } from './scroll';

const box = (scrollTop: number, clientHeight = 600, scrollHeight = 1500) => ({
	scrollTop,
	clientHeight,
	scrollHeight
});

describe('moreBelow', () => {
	it.each([
		{ name: 'a statement longer than the panel, at its top', b: box(0), expected: true },
		{ name: 'scrolled to its end', b: box(900), expected: false },
		{ name: 'within a pixel of its end (fractional layout)', b: box(899.5), expected: false },
		{ name: 'a statement that fits', b: box(0, 600, 600), expected: false }
	])('$name: $expected', ({ b, expected }) => {
		expect(moreBelow(b)).toBe(expected);
	});
});

describe('pageTop', () => {
	it.each([
		{ name: '↓ moves a screenful less the overlap', b: box(0), dir: 1, expected: 520 },
		{ name: '↓ stops at the end', b: box(520), dir: 1, expected: 900 },
		{ name: '↑ moves back a screenful less the overlap', b: box(900), dir: -1, expected: 380 },
		{ name: '↑ stops at the top', b: box(380), dir: -1, expected: 0 },
		{ name: 'a short panel still moves half of itself', b: box(0, 100), dir: 1, expected: 50 },
		{ name: 'a statement that fits does not move', b: box(0, 600, 400), dir: 1, expected: 0 }
	] as const)('$name', ({ b, dir, expected }) => {
		expect(pageTop(b, dir, 80)).toBe(expected);
	});
});
