import { describe, expect, it } from 'vitest';
import { placeCard } from './placeCard';

const view = { width: 1000, height: 800 };
const card = { width: 200, height: 100 };

describe('placeCard', () => {
	it.each([
		{
			name: 'sits below right of the pointer',
			at: { x: 100, y: 100 },
			expected: { left: 114, top: 114 }
		},
		{
			name: 'flips left near the right edge',
			at: { x: 900, y: 100 },
			expected: { left: 686, top: 114 }
		},
		{
			name: 'flips above near the bottom edge',
			at: { x: 100, y: 750 },
			expected: { left: 114, top: 636 }
		},
		{
			name: 'stays inside a window too small for either side',
			at: { x: 50, y: 50 },
			view: { width: 100, height: 100 },
			expected: { left: 0, top: 0 }
		}
	])('$name', ({ at, expected, ...rest }) => {
		expect(placeCard(at, card, rest.view ?? view)).toStrictEqual(expected);
	});
});
