import { describe, expect, it } from 'vitest';
import { mercator } from '../geo/mercator';
import { svgFocusTransform } from './camera';

describe('svgFocusTransform', () => {
	const view = [0, 0, 1000, 500] as const;

	it('centers the target in the view', () => {
		const target = [
			[110, 35],
			[114, 40]
		] as [[number, number], [number, number]];
		const { x, y, scale } = svgFocusTransform(view, target);
		const [x0, y0] = mercator([110, 40]);
		const [x1, y1] = mercator([114, 35]);
		expect(((x0 + x1) / 2) * scale + x).toBeCloseTo(500, 6);
		expect(((y0 + y1) / 2) * scale + y).toBeCloseTo(250, 6);
	});

	it('never zooms a tiny region past the cap, so Macao stays in context', () => {
		const macao = [
			[113.5, 22.1],
			[113.6, 22.2]
		] as [[number, number], [number, number]];
		expect(svgFocusTransform(view, macao, 0.12, 5).scale).toBe(5);
	});
});
