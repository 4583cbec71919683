import { describe, expect, it } from 'vitest';
import { REGIONS } from '../geo/regions';
import { svgMap } from '../server/svgMap';
import { fitToMap, LABEL_GAP } from './fitToMap';
import { growBox, labelBox, moveBox, overlapArea, type Box } from './labelBox';
import { mapLabels, type MapLabel } from './labels';
import { pathBox } from './pathBox';

// The server's own placement, as every page gets it.
const shapes = svgMap();
const points = Object.fromEntries(shapes.regions.map((r) => [r.code, r.label]));
const [x, y, w, h] = shapes.viewBox;
const frame: Box = { x0: x, y0: y, x1: x + w, y1: y + h };
const inset = pathBox(shapes.inset.find((m) => m.kind === 'frame')!.d);

// The seed's eleven provinces, and (the most crowded map there can be) all 34.
const SEED = ['140000', '150000', '330000', '350000', '410000', '420000'];
const seed = [...SEED, '450000', '500000', '520000', '530000', '650000'];
const all = REGIONS.map((r) => r.code);

function labelsFor(lang: 'zh' | 'en', mentioned: string[], search: boolean) {
	const days = [{ date: '2019-09-10', color: '#000', ink: '#fff', codes: mentioned }];
	const count = lang === 'en' ? '12 matches' : '12 处';
	return mapLabels(
		REGIONS,
		days,
		(r) => (lang === 'en' ? r.en : r.name),
		() => (lang === 'en' ? '10 Sep' : '9月10日'),
		search ? Object.fromEntries(mentioned.map((c) => [c, count])) : {}
	);
}

/** Each drawn label's box, as labelBox estimates it, where the server put it. */
function boxes(labels: Record<string, MapLabel>, mentioned: ReadonlySet<string>) {
	return Object.entries(labels)
		.filter(([, l]) => l.name)
		.map(([code, l]) => ({
			code,
			box: moveBox(labelBox(l.name, l.lines, mentioned.has(code)), points[code]!)
		}));
}

const cases = (['zh', 'en'] as const).flatMap((lang) =>
	[false, true].flatMap((search) =>
		[
			{ who: 'the seed’s 11 provinces', mentioned: seed },
			{ who: 'all 34 provinces', mentioned: all }
		].map((c) => ({ lang, search, ...c }))
	)
);

describe('fitToMap, on the server’s placement', () => {
	it.each(cases)(
		'$lang, search $search, $who: no two labels touch, all inside the frame, off the inset',
		({ lang, search, mentioned }) => {
			const set = new Set(mentioned);
			const { labels, rest } = fitToMap(labelsFor(lang, mentioned, search), shapes, {
				mentioned: set
			});
			expect(rest).toBe(0);
			const drawn = boxes(labels, set);
			for (const [i, a] of drawn.entries()) {
				expect(overlapArea(a.box, frame)).toBeCloseTo(
					(a.box.x1 - a.box.x0) * (a.box.y1 - a.box.y0)
				);
				expect(overlapArea(a.box, inset)).toBe(0);
				for (const b of drawn.slice(i + 1))
					expect([a.code, b.code, overlapArea(a.box, b.box)]).toStrictEqual([a.code, b.code, 0]);
			}
			// Every mentioned province keeps its name (whole or short) and its date.
			for (const code of mentioned) {
				expect(labels[code]!.name).not.toBe('');
				expect(labels[code]!.lines[0]).toMatch(/^(9月10日|10 Sep)/);
			}
		}
	);

	it.each(cases)(
		'$lang, search $search, $who: shortens a label only where its full form would touch',
		({ lang, search, mentioned }) => {
			const set = new Set(mentioned);
			const written = labelsFor(lang, mentioned, search);
			const { labels } = fitToMap(written, shapes, { mentioned: set });
			const grow = (b: Box) => growBox(b, LABEL_GAP / 2);
			// Its full form, among the others as fitted: out of the frame, on the inset, on a label.
			const touches = (code: string) => {
				const full = written[code]!;
				const box = grow(moveBox(labelBox(full.name, full.lines, set.has(code)), points[code]!));
				const outside = (box.x1 - box.x0) * (box.y1 - box.y0) - overlapArea(box, grow(frame));
				const others = boxes(labels, set).filter((b) => b.code !== code);
				return (
					outside > 0.5 ||
					overlapArea(box, inset) > 0 ||
					others.some((o) => overlapArea(box, grow(o.box)) > 0)
				);
			};
			const shortened = Object.keys(labels).filter((code) => labels[code]!.full);
			expect(shortened.filter((code) => !touches(code))).toStrictEqual([]);
		}
	);

	it('keeps the Chinese map of the seed as written, without a search: the server placed it so', () => {
		const written = labelsFor('zh', seed, false);
		expect(fitToMap(written, shapes, { mentioned: new Set(seed) }).labels).toStrictEqual(written);
	});

	it('gives English its ISO codes only where needed: Beijing, Shanxi and Xinjiang stay whole', () => {
		const { labels } = fitToMap(labelsFor('en', seed, false), shapes, { mentioned: new Set(seed) });
		expect([labels['110000']!.name, labels['140000']!.name, labels['650000']!.name]).toStrictEqual([
			'Beijing',
			'Shanxi',
			'Xinjiang'
		]);
		expect(labels['440000']!.name).toBe('GD');
	});

	it('has room for every name whole, once zoomed in four times', () => {
		const written = labelsFor('en', all, true);
		const { labels } = fitToMap(written, shapes, { mentioned: new Set(all), zoom: 4 });
		expect(
			Object.values(labels)
				.filter((l) => l.full)
				.map((l) => l.full!.name)
		).toStrictEqual([]);
	});
});
