import { describe, expect, it } from 'vitest';
import { fitLabels } from './fitLabels';
import { labelBox, moveBox, overlapArea } from './labelBox';
import type { MapLabel } from './labels';

/** Two regions whose label points are `apart` map units apart, side by side. */
const side = (apart: number) => ({ a: [0, 0] as const, b: [apart, 0] as const });
const none = new Set<string>();

describe('fitLabels', () => {
	it('leaves labels that do not touch as they are', () => {
		const labels = {
			a: { name: 'Shanxi', lines: [], short: 'SX' },
			b: { name: '山西', lines: [] }
		};
		expect(fitLabels(labels, side(400), { mentioned: none })).toStrictEqual({ labels, rest: 0 });
	});

	it('gives the short name to one of two English names that touch, and keeps the other whole', () => {
		const labels = {
			a: { name: 'Guangdong', lines: [], short: 'GD' },
			b: { name: 'Guangxi', lines: [], short: 'GX' }
		};
		// Guangdong is 5.6 em and Guangxi 4 em of 24 units: 100 apart, they overlap by some 20.
		const { labels: fitted, rest } = fitLabels(labels, side(100), { mentioned: none });
		expect(rest).toBe(0);
		expect([fitted.a!.name, fitted.b!.name].sort()).toStrictEqual(['GD', 'Guangxi']);
		expect(fitted.a!.full ?? fitted.b!.full).toStrictEqual({ name: 'Guangdong', lines: [] });
	});

	it('shortens the province the article does not mention before the one it does', () => {
		const labels = {
			a: { name: 'Chongqing', lines: ['8 Sep'], short: 'CQ' },
			b: { name: 'Sichuan', lines: [], short: 'SC' }
		};
		const { labels: fitted } = fitLabels(labels, side(110), { mentioned: new Set(['a']) });
		expect([fitted.a!.name, fitted.b!.name]).toStrictEqual(['Chongqing', 'SC']);
	});

	it('joins a search count to the date where a second line has no room above', () => {
		const labels = {
			a: { name: '浙江', lines: ['9月9日', '3 处'] },
			b: { name: '上海', lines: [] }
		};
		const points = { a: [0, 0] as const, b: [0, -62] as const };
		const { labels: fitted } = fitLabels(labels, points, { mentioned: new Set(['a']) });
		expect(fitted.a!.lines).toStrictEqual(['9月9日 · 3 处']);
	});

	it('leaves out a context name, never a mentioned one, when nothing shorter clears it', () => {
		const labels = {
			a: { name: '贵州', lines: ['9月8日'] },
			b: { name: '湖南', lines: [] }
		};
		const { labels: fitted } = fitLabels(labels, side(40), { mentioned: new Set(['a']) });
		expect(fitted.a).toStrictEqual(labels.a);
		expect(fitted.b!.name).toBe('');
	});

	it('gives up a search count before it lets two of the article’s provinces touch; never a date', () => {
		const labels = {
			a: { name: 'Guizhou', lines: ['8 Sep', '4 matches'], short: 'GZ' },
			b: { name: 'Guangxi', lines: ['10 Sep', '6 matches'], short: 'GX' }
		};
		const points = { a: [0, 0] as const, b: [0, 66] as const };
		const { labels: fitted, rest } = fitLabels(labels, points, { mentioned: new Set(['a', 'b']) });
		expect(rest).toBe(0);
		for (const code of ['a', 'b'] as const) expect(fitted[code]!.lines[0]).toMatch(/^\d+ Sep/);
		expect(fitted.a!.lines.length + fitted.b!.lines.length).toBeLessThan(4);
	});

	it('keeps labels inside the frame and off the obstacles', () => {
		const labels = { a: { name: 'Heilongjiang', lines: [], short: 'HL' } };
		const frame = { x0: -40, y0: -100, x1: 1000, y1: 100 };
		expect(fitLabels(labels, { a: [0, 0] }, { mentioned: none, frame }).labels.a!.name).toBe('HL');
		const obstacles = [{ x0: 30, y0: -10, x1: 90, y1: 10 }];
		expect(fitLabels(labels, { a: [0, 0] }, { mentioned: none, obstacles }).labels.a!.name).toBe(
			'HL'
		);
	});

	it('fits a fitted label again from its full form, so a zoomed-in map has its names back', () => {
		const labels = {
			a: { name: 'Guangdong', lines: [], short: 'GD' },
			b: { name: 'Guangxi', lines: [], short: 'GX' }
		};
		const small = fitLabels(labels, side(100), { mentioned: none }).labels;
		expect(Object.values(small).filter((l) => l.full)).toHaveLength(1);
		const roomy = fitLabels(small, side(400), { mentioned: none }).labels;
		expect([roomy.a!.name, roomy.b!.name]).toStrictEqual(['Guangdong', 'Guangxi']);
	});

	it('is the same whatever the order of the labels', () => {
		const labels: Record<string, MapLabel> = {
			b: { name: 'Guangxi', lines: [], short: 'GX' },
			a: { name: 'Guangdong', lines: [], short: 'GD' }
		};
		const reversed = Object.fromEntries(Object.entries(labels).reverse());
		const once = fitLabels(labels, side(100), { mentioned: none }).labels;
		expect(fitLabels(reversed, side(100), { mentioned: none }).labels).toStrictEqual(once);
	});

	it('scales the boxes: labels drawn larger touch sooner', () => {
		const labels = { a: { name: '山西', lines: [] }, b: { name: '河北', lines: [] } };
		expect(fitLabels(labels, side(60), { mentioned: none }).rest).toBe(0);
		const larger = { name: 1.5, mentioned: 1.5 };
		expect(fitLabels(labels, side(60), { mentioned: none, scale: larger }).labels.a!.name).toBe('');
		// As estimated: the two boxes, 1.5 times larger, would overlap.
		const box = (x: number) => moveBox(labelBox('山西', [], false), [x, 0]);
		expect(overlapArea(box(0), box(60 / 1.5))).toBeGreaterThan(0);
	});
});
