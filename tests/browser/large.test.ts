import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapReady, useBrowser, watchedPage } from './chromium';

const baseURL = inject('baseURL');

/** What a reader sees the size of, in CSS pixels: the columns, the legend, the type. */
async function sizes(page: Page) {
	return page.evaluate(() => {
		const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
		const font = (s: string) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize);
		return {
			side: box('.side').width,
			masthead: box('.masthead').height,
			legendWidth: box('.legend').width,
			legendHeight: box('.legend').height,
			title: font('.masthead h1'),
			panelName: font('.panel h2'),
			statement: font('.panel .text, .panel p'),
			timeline: font('.timeline'),
			search: font('.side input')
		};
	});
}

describe('a large screen reads as 1080p does', () => {
	const browser = useBrowser();

	it('doubles the side column, the legend and the type from 1920×1080 to 3840×2160', async () => {
		const measured: Record<string, number>[] = [];
		for (const viewport of [
			{ width: 1920, height: 1080 },
			{ width: 3840, height: 2160 }
		]) {
			const w = await watchedPage(browser(), baseURL, { viewport });
			await w.page.goto(baseURL + '/?region=140000');
			await mapReady(w.page);
			measured.push(await sizes(w.page));
			expect(w.errors).toStrictEqual([]);
			await w.context.close();
		}
		const [hd, uhd] = measured as [Record<string, number>, Record<string, number>];
		const ratios = Object.fromEntries(
			Object.keys(hd).map((k) => [k, Math.round((uhd[k]! / hd[k]!) * 100) / 100])
		);
		for (const [k, r] of Object.entries(ratios)) {
			expect([k, r >= 1.9 && r <= 2.1]).toStrictEqual([k, true]);
		}
		// And 1080p itself as it was designed: a 16 px root, the side column some 600 px.
		expect(hd.search).toBeGreaterThanOrEqual(16);
		expect(hd.side).toBeGreaterThan(560);
		expect(hd.side).toBeLessThanOrEqual(620);
	});

	it('keeps a laptop’s type as it was, and a very wide screen’s by its height', async () => {
		const root = async (width: number, height: number) => {
			const w = await watchedPage(browser(), baseURL, { viewport: { width, height } });
			await w.page.goto(baseURL + '/');
			await mapReady(w.page);
			const px = await w.page.evaluate(() =>
				parseFloat(getComputedStyle(document.documentElement).fontSize)
			);
			await w.context.close();
			return px;
		};
		expect(await root(1280, 800)).toBe(16);
		expect(await root(2560, 1440)).toBeCloseTo(21.33, 1);
		// An ultrawide 3440 × 1440 is as tall as 1440p: its type is 1440p's, not blown up.
		expect(await root(3440, 1440)).toBeCloseTo(21.33, 1);
	});
});
