import { describe, expect, it } from 'vitest';
import { framed } from './frame';

describe('framed', () => {
	it.each([
		{
			name: 'doubles a province about its center',
			box: [
				[100, 30],
				[120, 40]
			],
			expected: [
				[90, 25],
				[130, 45]
			]
		},
		{
			name: 'shows a small province at least 10 degrees across',
			box: [
				[121, 30.7],
				[122, 31.9]
			],
			expected: [
				[116.5, 26.3],
				[126.5, 36.3]
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
