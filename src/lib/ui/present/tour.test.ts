import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVAL, INTERVALS, adjustInterval, tourTick } from './tour';

describe('adjustInterval', () => {
	it.each([
		{ name: '+ from the default is the next longer', current: 15, dir: 1, expected: 20 },
		{ name: '− from the default is the next shorter', current: 15, dir: -1, expected: 10 },
		{ name: '+ stops at the longest', current: 60, dir: 1, expected: 60 },
		{ name: '− stops at the shortest', current: 5, dir: -1, expected: 5 },
		{ name: '+ from an odd value snaps up to the list', current: 12, dir: 1, expected: 15 },
		{ name: '− from an odd value snaps down to the list', current: 12, dir: -1, expected: 10 }
	] as const)('$name', ({ current, dir, expected }) => {
		expect(adjustInterval(current, dir)).toBe(expected);
	});

	it('starts from an interval in the list', () => {
		expect(INTERVALS).toContain(DEFAULT_INTERVAL);
	});
});

describe('tourTick', () => {
	it.each([
		{
			name: 'shows the rest of a long statement first',
			state: { last: false, moreBelow: true },
			expected: 'scroll'
		},
		{ name: 'even on the last step', state: { last: true, moreBelow: true }, expected: 'scroll' },
		{
			name: 'moves on once all is shown',
			state: { last: false, moreBelow: false },
			expected: 'next'
		},
		{ name: 'stops at the end', state: { last: true, moreBelow: false }, expected: 'stop' }
	])('$name', ({ state, expected }) => {
		expect(tourTick(state)).toBe(expected);
	});
});
