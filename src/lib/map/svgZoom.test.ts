import { describe, expect, it } from 'vitest';
import {
	MAX_ZOOM,
	WHOLE,
	clampView,
	isWhole,
	panBy,
	reveal,
	toFrame,
	toMap,
	wheelFactor,
	zoomAbout,
	type ViewBox
} from './svgZoom';

// A viewBox that does not start at 0, as the map's does not.
const BOX: ViewBox = [100, 50, 800, 600];
const CENTER = [500, 350] as const;

describe('the SVG map’s zoom', () => {
	it('starts at the whole country and cannot zoom out past it, nor pan it', () => {
		expect(isWhole(WHOLE)).toBe(true);
		expect(zoomAbout(WHOLE, BOX, 0.5, CENTER)).toStrictEqual(WHOLE);
		expect(panBy(WHOLE, BOX, 50, -20)).toStrictEqual(WHOLE);
	});

	it('keeps the point it zooms about where it was', () => {
		const at = [300, 200] as const;
		const v = zoomAbout(WHOLE, BOX, 2, at);
		expect(v.k).toBe(2);
		expect(toFrame(v, toMap(WHOLE, at))).toStrictEqual([300, 200]);
		// And back out, to the whole country.
		expect(zoomAbout(v, BOX, 0.5, at)).toStrictEqual(WHOLE);
	});

	it('never zooms in past MAX_ZOOM', () => {
		let v = WHOLE;
		for (let i = 0; i < 10; i++) v = zoomAbout(v, BOX, 2, CENTER);
		expect(v.k).toBe(MAX_ZOOM);
	});

	it('keeps the map filling the frame however far it is dragged', () => {
		const v = zoomAbout(WHOLE, BOX, 4, CENTER);
		for (const [dx, dy] of [
			[1e6, 0],
			[-1e6, 0],
			[0, 1e6],
			[0, -1e6]
		] as const) {
			const moved = panBy(v, BOX, dx, dy);
			const [x0, y0] = toFrame(moved, [BOX[0], BOX[1]]);
			const [x1, y1] = toFrame(moved, [BOX[0] + BOX[2], BOX[1] + BOX[3]]);
			expect(x0).toBeLessThanOrEqual(BOX[0] + 1e-9);
			expect(y0).toBeLessThanOrEqual(BOX[1] + 1e-9);
			expect(x1).toBeGreaterThanOrEqual(BOX[0] + BOX[2] - 1e-9);
			expect(y1).toBeGreaterThanOrEqual(BOX[1] + BOX[3] - 1e-9);
		}
	});

	it('pans by what a drag moved', () => {
		const v = zoomAbout(WHOLE, BOX, 4, CENTER);
		const moved = panBy(v, BOX, 30, -10);
		expect([moved.x - v.x, moved.y - v.y]).toStrictEqual([30, -10]);
	});

	it('brings a point into view, moving no more than it must', () => {
		const v = zoomAbout(WHOLE, BOX, 8, CENTER);
		// A point well inside the frame: nothing moves.
		expect(reveal(v, BOX, toMap(v, CENTER))).toStrictEqual(v);
		// One off the frame's left: it comes to the margin's edge (15% in).
		const off = toMap(v, [BOX[0] - 200, 350]);
		const shown = reveal(v, BOX, off);
		expect(toFrame(shown, off)[0]).toBeCloseTo(BOX[0] + 0.15 * BOX[2], 9);
		expect(toFrame(shown, off)[1]).toBeCloseTo(350, 9);
	});

	it('zooms in on a wheel turned toward the screen, out away from it', () => {
		expect(wheelFactor(-100, 0, false)).toBeGreaterThan(1);
		expect(wheelFactor(100, 0, false)).toBeLessThan(1);
		expect(wheelFactor(-3, 1, false)).toBeCloseTo(wheelFactor(-120, 0, false), 9);
		// A trackpad's pinch (ctrlKey) is quicker per pixel.
		expect(wheelFactor(-10, 0, true)).toBeGreaterThan(wheelFactor(-10, 0, false));
	});

	it('leaves a view within bounds as it is', () => {
		const v = zoomAbout(WHOLE, BOX, 3, [250, 180]);
		expect(clampView(v, BOX)).toStrictEqual(v);
	});
});
