import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import seed from '../../../tests/fixtures/seed-000.expected.json';
import { meetingDays } from '../map/color';
import type { Report } from '../seed/types';
import { sharePng, shareSvg, shareVersion } from './shareImage';

const report = seed as Report;

/** A PNG's width and height, from its header (IHDR, the first chunk). */
const pngSize = (png: Uint8Array) => {
	const view = new DataView(png.buffer, png.byteOffset);
	return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('the share image', () => {
	it(
		'is a 1200 × 630 PNG, the same bytes for the same report and version',
		{ timeout: 30_000 },
		async () => {
			const png = await sharePng(report, 'test-1');
			expect([...png.slice(0, 8)]).toStrictEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
			expect(pngSize(png)).toStrictEqual({ width: 1200, height: 630 });
			expect(await sharePng(report, 'test-1')).toBe(png);
			if (process.env.SHARE_PNG) writeFileSync(process.env.SHARE_PNG, png);
		}
	);

	it('draws the title, every day in its color on the legend and on its provinces', () => {
		const svg = shareSvg(report);
		expect(svg).toContain('>会议地图</text>');
		expect(svg).toContain(report.title.slice(0, 8));
		for (const day of meetingDays(report.meetings)) {
			const painted = svg.split(`fill="${day.color}"`).length - 1;
			// One swatch on the legend, and the provinces of that day on the map.
			expect(painted, day.date ?? 'undated').toBe(1 + day.codes.length);
		}
		expect(svg).toContain('Apache ECharts 4.9.0');
	});

	it("says in English what the article reports, keeping the article's title as written", () => {
		const texts = [...shareSvg(report, 'en').matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(
			([, text]) => text
		);
		expect(texts[0]).toBe('Meeting Map');
		expect(texts[1]!.startsWith(report.title.slice(0, 8))).toBe(true);
		expect(texts).toContain('8 Sep · 2 provinces');
		expect(texts.join(' ')).toContain('Meetings in 11 provinces, 8 September 2019');
	});

	it('has a version that changes with the report and with the build', () => {
		const v = shareVersion(report, '1');
		expect(v).toMatch(/^[\w-]{16}$/);
		expect(shareVersion(report, '2')).not.toBe(v);
		expect(shareVersion({ ...report, title: 'x' }, '1')).not.toBe(v);
	});
});
