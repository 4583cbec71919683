import { describe, expect, it } from 'vitest';
import { framed } from './frame';

describe('framed', () => {
	it.each([
		{
			name: 'grows a province by 60 % about its center',
			box: [
				[100, 30],
				[120, 40]
			],
			expected: [
				[94, 27],
				[126, 43]
			]
		},
		{
			name: 'shows a small province at least 8 degrees across',
			box: [
				[121, 30.7],
				[122, 31.9]
			],
			expected: [
				[117.5, 27.3],
				[125.5, 35.3]
			]
		}
	] as const)('$name', ({ box, expected }) => {
		const [[w, s], [e, n]] = framed(box as never);
		const round = (v: number) => Math.round(v * 10) / 10;
		expect([
			[round(w), round(s)],
			[round(e), round(n)]
		]).toStrictEqual(expected);
	});
});
