import { describe, expect, it } from 'vitest';
import { CompactPathContext, num, simplify } from './compactPath';

describe('CompactPathContext', () => {
	it('writes a closed ring with relative coordinates and the fewest characters', () => {
		const ctx = new CompactPathContext(0, 1);
		ctx.moveTo(10, 20);
		ctx.lineTo(15.5, 20);
		ctx.lineTo(15.5, 12.25);
		ctx.closePath();
		expect(ctx.result()).toBe('M10 20l5.5 0 0-7.7z');
	});

	it('keeps a tiny island that simplification would erase', () => {
		const ctx = new CompactPathContext(5, 1);
		ctx.moveTo(0, 0);
		ctx.lineTo(1, 0);
		ctx.lineTo(1, 1);
		ctx.closePath();
		expect(ctx.result()).toBe('M0 0l1 0 0 1z');
	});
});

describe('simplify', () => {
	it('drops points closer to the line than the tolerance and keeps the rest', () => {
		const line: [number, number][] = [
			[0, 0],
			[1, 0.1],
			[2, 0],
			[3, 5],
			[4, 0]
		];
		expect(simplify(line, 0.5)).toStrictEqual([
			[0, 0],
			[2, 0],
			[3, 5],
			[4, 0]
		]);
	});
});

describe('num', () => {
	it.each([
		[0.5, '.5'],
		[-0.5, '-.5'],
		[12, '12'],
		[1.25, '1.25']
	])('%d is written %s', (n, s) => expect(num(n)).toBe(s));
});
