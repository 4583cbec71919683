import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../geo/regions';
import { meetingDays } from '../../map/color';
import { fitToMap } from '../../map/fitToMap';
import { labelBox, moveBox, overlapArea } from '../../map/labelBox';
import { parseArticle } from '../../seed/parse.server';
import { svgMap } from '../../server/svgMap';
import { MIN_LABEL_PX, presentedLabels } from './mapLabels';

const shapes = svgMap();
const seed = new URL('../../../../seeds/000_44db7bec739ae390.txt', import.meta.url);
const days = meetingDays(parseArticle(readFileSync(seed), { id: 's', file: 'seed' }).meetings);
const names = (lang: 'zh' | 'en') =>
	Object.fromEntries(REGIONS.map((r) => [r.code, lang === 'en' ? r.en : r.name]));
const at = (lang: 'zh' | 'en', width: number, height: number, textPx: number) =>
	presentedLabels({ lang, days, names: names(lang), shapes, width, height, textPx, focus: null });
const px = (vars: { '--label-size-mentioned': string }, width: number, height: number) =>
	parseFloat(vars['--label-size-mentioned']) *
	Math.min(width / shapes.viewBox[2], height / shapes.viewBox[3]);

describe('presentedLabels', () => {
	it('draws names as large as the statements where they fit: a 1920 × 1080 projector', () => {
		const { vars } = at('zh', 1030, 960, 24);
		expect(px(vars, 1030, 960)).toBeCloseTo(24, 1);
	});

	it.each(['zh', 'en'] as const)(
		'draws them smaller on a 1024 × 768 projector (%s), as large as they fit without touching',
		(lang) => {
			const { labels, vars } = at(lang, 512, 660, 18);
			const size = px(vars, 512, 660);
			expect(size).toBeLessThan(18);
			expect(size).toBeGreaterThanOrEqual(MIN_LABEL_PX);
			const mentioned = new Set(days.flatMap((d) => d.codes));
			const drawn = Object.entries(labels).filter(([, l]) => l.name);
			const k = parseFloat(vars['--label-size-mentioned']) / 32;
			const kName = parseFloat(vars['--label-size']) / 24;
			const boxOf = ([code, l]: (typeof drawn)[number]) => {
				const b = labelBox(l.name, l.lines, mentioned.has(code));
				const s = mentioned.has(code) ? k : kName;
				const at = shapes.regions.find((r) => r.code === code)!.label;
				return moveBox({ x0: b.x0 * s, y0: b.y0 * s, x1: b.x1 * s, y1: b.y1 * s }, at);
			};
			for (const [i, a] of drawn.entries())
				for (const b of drawn.slice(i + 1))
					expect([a[0], b[0], overlapArea(boxOf(a), boxOf(b))]).toStrictEqual([a[0], b[0], 0]);
			// One pixel larger, they would not fit.
			const scale = { name: kName * ((size + 1) / size), mentioned: k * ((size + 1) / size) };
			expect(fitToMap(labels, shapes, { mentioned, scale }).rest).toBeGreaterThan(0);
		}
	);
});
