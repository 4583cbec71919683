import { describe, expect, it, vi } from 'vitest';
import { mercator } from '../geo/mercator';
import { REGIONS } from '../geo/regions';
import { nanhai, provinces } from '../geo/shapes';
import { depthIn } from '../map/depth';
import { labelBox, moveBox, overlapArea, type Box } from '../map/labelBox';
import { mainland, svgMap } from './svgMap';

const shapes = svgMap();
const nameOf = (code: string) => REGIONS.find((r) => r.code === code)!.name;
const depthOf = new Map(
	provinces.features.map((f) => [f.properties.code, depthIn([mainland(f.geometry)])])
);

/** Each region's label box where the map puts it: mentioned ones with their date line. */
function boxes(dates: Record<string, string>): { code: string; box: Box }[] {
	return shapes.regions.map((r) => {
		const date = dates[r.code];
		return {
			code: r.code,
			box: moveBox(labelBox(nameOf(r.code), date ? [date] : [], !!date), r.label)
		};
	});
}

/** How far apart two boxes are: negative when they overlap, by the depth of the overlap. */
const gap = (a: Box, b: Box) => Math.max(a.x0 - b.x1, b.x0 - a.x1, a.y0 - b.y1, b.y0 - a.y1);

function closest(list: { code: string; box: Box }[]) {
	let best = { pair: '', gap: Infinity };
	for (const [i, a] of list.entries()) {
		for (const b of list.slice(i + 1)) {
			const g = gap(a.box, b.box);
			if (g < best.gap) best = { pair: `${nameOf(a.code)}/${nameOf(b.code)}`, gap: g };
		}
	}
	return best;
}

const every = (date: string) => Object.fromEntries(REGIONS.map((r) => [r.code, date]));

// The seed article's days (seeds/000_…): 11 provinces met from 9月8日 to 9月12日.
const SEED: Record<string, string> = {
	'500000': '9月8日',
	'520000': '9月8日',
	'330000': '9月9日',
	'420000': '9月9日',
	'140000': '9月10日',
	'150000': '9月10日',
	'350000': '9月10日',
	'410000': '9月10日',
	'450000': '9月10日',
	'650000': '9月11日',
	'530000': '9月12日'
};

describe('svgMap labels', () => {
	it('keeps every label clear of every other, were every region mentioned', () => {
		// 12 units of gap, less the rounding of the points to a tenth.
		expect(closest(boxes(every('9月10日'))).gap).toBeGreaterThanOrEqual(11.8);
	});

	it('keeps the seed article’s labels apart: 重庆 and 贵州, and the east coast', () => {
		const list = boxes(SEED);
		expect(closest(list).gap).toBeGreaterThanOrEqual(11.8);
		const mentioned = list.filter((l) => SEED[l.code]);
		expect(closest(mentioned).gap).toBeGreaterThanOrEqual(11.8);
	});

	it('keeps labels apart even with the widest dates, which the gap absorbs', () => {
		expect(closest(boxes(every('12月31日'))).gap).toBeGreaterThanOrEqual(0);
	});

	it('puts each label in its own region, or draws a leader line from inside it', () => {
		for (const r of shapes.regions) {
			const depth = depthOf.get(r.code)!;
			if (r.anchor) expect(depth(r.anchor), nameOf(r.code)).toBeGreaterThan(0);
			else expect(depth(r.label), nameOf(r.code)).toBeGreaterThanOrEqual(0);
		}
	});

	it('draws leader lines only for regions much smaller than a label', () => {
		const box = labelBox('北京', ['9月10日'], true);
		const anchored = shapes.regions.filter((r) => r.anchor);
		for (const r of anchored) {
			expect(4 * depthOf.get(r.code)!(r.anchor!), nameOf(r.code)).toBeLessThan(box.y1 - box.y0);
		}
		// The callouts, and at most 北京 and 天津 besides.
		expect(anchored.map((r) => r.code)).toEqual(
			expect.arrayContaining(['310000', '810000', '820000'])
		);
		expect(anchored.length).toBeLessThanOrEqual(5);
	});

	it('keeps labels inside the map and off the South China Sea inset', () => {
		const [x, y, w, h] = shapes.viewBox;
		const points: number[][] = [];
		const visit = (c: unknown): void => {
			if (typeof (c as number[])[0] === 'number') points.push(c as number[]);
			else (c as unknown[]).forEach(visit);
		};
		for (const f of nanhai.features) visit(f.geometry.coordinates);
		const [ix0, iy0] = mercator([
			Math.min(...points.map((p) => p[0]!)),
			Math.max(...points.map((p) => p[1]!))
		]);
		const [ix1, iy1] = mercator([
			Math.max(...points.map((p) => p[0]!)),
			Math.min(...points.map((p) => p[1]!))
		]);
		for (const { code, box } of boxes(every('9月10日'))) {
			expect(box.x0, nameOf(code)).toBeGreaterThanOrEqual(x);
			expect(box.y0, nameOf(code)).toBeGreaterThanOrEqual(y);
			expect(box.x1, nameOf(code)).toBeLessThanOrEqual(x + w);
			expect(box.y1, nameOf(code)).toBeLessThanOrEqual(y + h);
			expect(overlapArea(box, { x0: ix0, y0: iy0, x1: ix1, y1: iy1 }), nameOf(code)).toBe(0);
		}
	});

	it('places the labels the same way every time', async () => {
		vi.resetModules();
		const again = (await import('./svgMap')).svgMap();
		expect(again).not.toBe(shapes);
		expect(again.regions.map(({ code, label, anchor }) => ({ code, label, anchor }))).toStrictEqual(
			shapes.regions.map(({ code, label, anchor }) => ({ code, label, anchor }))
		);
	});
});
