import { describe, expect, it } from 'vitest';
import { CompactPathContext } from './compactPath';
import { pathBox } from './pathBox';

describe('pathBox', () => {
	it('bounds the inset frame as the server writes it', () => {
		expect(pathBox('M6963.2 3671.1l138.7 0 0-163-138.7 0 0 163')).toStrictEqual({
			x0: 6963.2,
			y0: 3508.1,
			x1: 7101.9,
			y1: 3671.1
		});
	});

	it('reads what CompactPathContext writes: several subpaths, short numbers, closed rings', () => {
		const context = new CompactPathContext(0, 1);
		context.moveTo(10, 20);
		context.lineTo(10.5, 19.5);
		context.lineTo(12, 25);
		context.closePath();
		context.moveTo(-3, 2);
		context.lineTo(-1, 2);
		const box = pathBox(context.result());
		expect(box.x0).toBeCloseTo(-3);
		expect(box.y0).toBeCloseTo(2);
		expect(box.x1).toBeCloseTo(12);
		expect(box.y1).toBeCloseTo(25);
	});
});
