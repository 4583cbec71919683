import { describe, expect, it } from 'vitest';
import {
	emWidth,
	htmlLabelTop,
	labelBox,
	LIFT,
	LINE_SCALE,
	MENTIONED_SIZE,
	moveBox,
	NAME_SIZE,
	overlapArea,
	SHIFT
} from './labelBox';

describe('emWidth', () => {
	it('counts ideographs as one em, digits and letters as less', () => {
		expect(emWidth('内蒙古')).toBe(3);
		expect(emWidth('9月10日')).toBeCloseTo(2 + 3 * 0.59);
		expect(emWidth('Inner Mongolia')).toBeGreaterThan(6);
		expect(emWidth('Inner Mongolia')).toBeLessThan(9);
		expect(emWidth('')).toBe(0);
	});
});

describe('labelBox', () => {
	it('centers a name on its point, with its halo', () => {
		const box = labelBox('山西', [], false);
		expect(box.x0).toBeCloseTo(-box.x1);
		expect(box.x1).toBeGreaterThan(NAME_SIZE);
		expect(box.x1).toBeLessThan(NAME_SIZE * 1.2);
		expect(box.y0).toBeLessThan(0);
		expect(box.y1).toBeGreaterThan(0);
	});

	// As measured in Chromium with Noto Sans CJK SC: the SVG text of 山西 / 9月10日 is 74.8 units
	// wide; its name's ink starts 28 units above the name's baseline, lifted 7.4 units above the point.
	it('sizes a mentioned name and its date line as the SVG map draws them', () => {
		const box = labelBox('山西', ['9月10日'], true);
		expect(box.x1 - box.x0).toBeGreaterThan(74.8);
		expect(box.x1 - box.x0).toBeLessThan(74.8 + 8);
		expect(box.y0).toBeCloseTo((SHIFT - LIFT) * MENTIONED_SIZE - 0.88 * MENTIONED_SIZE - 2.9, 0);
		expect(box.y1).toBeGreaterThan(15);
		expect(box.y1).toBeLessThan(22);
	});

	it('grows with each line under the name, lifting the name to keep the block near its point', () => {
		const one = labelBox('重庆', ['9月8日'], true);
		const two = labelBox('重庆', ['9月8日', '3 处'], true);
		expect(two.y1 - two.y0).toBeGreaterThan(one.y1 - one.y0);
		expect(two.y0).toBeLessThan(one.y0);
		expect(two.y1).toBeGreaterThan(one.y1);
	});

	it('is as wide as its widest line: the name, or a long date under a short name', () => {
		const width = (lines: string[]) => {
			const box = labelBox('海南', lines, true);
			return box.x1 - box.x0;
		};
		expect(width([])).toBeCloseTo(2 * MENTIONED_SIZE + 2 * 0.09 * MENTIONED_SIZE);
		expect(width(['9月1日'])).toBeCloseTo(width([]));
		expect(width(['12月31日']) - width([])).toBeCloseTo(
			emWidth('12月31日') * LINE_SCALE * MENTIONED_SIZE - 2 * MENTIONED_SIZE
		);
	});
});

describe('htmlLabelTop', () => {
	it('puts an HTML label’s name baseline where the SVG map puts it: 0.99 em into its line', () => {
		for (const lines of [0, 1, 2]) {
			expect(0.99 - htmlLabelTop(lines)).toBeCloseTo(SHIFT - LIFT * lines);
		}
		expect(htmlLabelTop(0)).toBeCloseTo(0.64);
	});
});

describe('boxes', () => {
	const a = { x0: 0, y0: 0, x1: 10, y1: 10 };

	it('overlap by the area they share, and not at all when they only touch', () => {
		expect(overlapArea(a, { x0: 5, y0: 5, x1: 20, y1: 20 })).toBe(25);
		expect(overlapArea(a, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(0);
		expect(overlapArea(a, { x0: 30, y0: 30, x1: 40, y1: 40 })).toBe(0);
	});

	it('move with their point', () => {
		expect(moveBox(a, [5, -5])).toStrictEqual({ x0: 5, y0: -5, x1: 15, y1: 5 });
	});
});
