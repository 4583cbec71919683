import { describe, expect, it } from 'vitest';
import { mercator, unmercator } from '../geo/mercator';
import { cameraFor, svgFocusTransform } from './camera';

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

describe('cameraFor', () => {
	const china: [[number, number], [number, number]] = [
		[73.5, 18.2],
		[135.1, 53.6]
	];

	it('centers the box and zooms so its limiting side fills the container', () => {
		const [x0, y0] = mercator([73.5, 53.6]);
		const [x1, y1] = mercator([135.1, 18.2]);
		const { center, zoom } = cameraFor(china, 1000, 500);
		expect(center[0]).toBeCloseTo(unmercator([(x0 + x1) / 2, (y0 + y1) / 2])[0], 9);
		expect(center[1]).toBeCloseTo(unmercator([(x0 + x1) / 2, (y0 + y1) / 2])[1], 9);
		// One map unit is a pixel at zoom 4; here the height limits.
		expect(zoom).toBeCloseTo(4 + Math.log2(500 / (y1 - y0)), 9);
		expect(cameraFor(china, 1000, 5000).zoom).toBeCloseTo(4 + Math.log2(1000 / (x1 - x0)), 9);
	});

	it('zooms out by one for a container half as large', () => {
		const a = cameraFor(china, 1200, 800).zoom;
		expect(cameraFor(china, 600, 400).zoom).toBeCloseTo(a - 1, 9);
	});
});
