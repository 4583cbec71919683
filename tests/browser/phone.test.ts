import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapReady, useBrowser, watchedPage } from './chromium';

const baseURL = inject('baseURL');
const browser = useBrowser();
const PHONE = { width: 412, height: 823 };

describe('the map page on a phone', () => {
	it('puts the map on the first screen in one column, with no sideways scroll', async () => {
		const w = await watchedPage(browser(), baseURL, { viewport: PHONE, isMobile: true });
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const map = await w.page.locator('.map-view').boundingBox();
		expect(map!.width).toBeGreaterThan(PHONE.width - 20);
		expect(map!.height).toBeGreaterThanOrEqual(300);
		expect(map!.y + map!.height).toBeLessThan(PHONE.height);
		const side = await w.page.locator('.side').boundingBox();
		expect(side!.y).toBeGreaterThanOrEqual(map!.y + map!.height);
		expect(await w.page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(
			true
		);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('gives every timeline button a finger-sized target and brings a chosen panel into sight', async () => {
		const w = await watchedPage(browser(), baseURL, { viewport: PHONE, isMobile: true });
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const sizes = await w.page.$$eval('.timeline button', (buttons) =>
			buttons.map((b) => b.getBoundingClientRect()).map((r) => Math.min(r.width, r.height))
		);
		expect(sizes.length).toBe(16);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);

		await w.page.locator('.timeline button.region[data-code="140000"]').click();
		const heading = w.page.locator('.panel h2');
		await expect.poll(() => heading.innerText()).toBe('山西');
		await expect
			.poll(() =>
				heading.evaluate((h) => {
					const { top, bottom } = h.getBoundingClientRect();
					return top >= 0 && bottom <= innerHeight;
				})
			)
			.toBe(true);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('tapping the map on a 390 × 844 phone', () => {
	const TOUCH = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

	/** The middle of a region's label on screen, on the SVG map or (gl) the WebGL map's. */
	async function labelCenter(page: Page, name: string, gl = false) {
		const box = await page
			.locator(gl ? '.gl .labels span' : '.svg .labels text')
			.filter({ hasText: new RegExp(`^${name}`) })
			.first()
			.boundingBox();
		if (!box) throw new Error(`no label for ${name}`);
		return [box.x + box.width / 2, box.y + box.height / 2] as const;
	}

	it('has no link or control where a region or its label can be tapped', async () => {
		const w = await watchedPage(browser(), baseURL, TOUCH);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		// What a finger at each label's middle, and at each region's own point, would hit.
		const hits = await w.page.evaluate(() => {
			const points = [...document.querySelectorAll('.svg .labels text')].map((t) => {
				const r = t.getBoundingClientRect();
				return { what: t.textContent, x: r.x + r.width / 2, y: r.y + r.height / 2 };
			});
			return points.map(({ what, x, y }) => {
				const el = document.elementFromPoint(x, y);
				// The map's own links (each region is one, for before the app starts) are the map.
				const control = el?.closest('a, button, input, select, summary');
				const inMap = !!el?.closest('.map-view svg');
				return { what, control: control && !inMap ? control.outerHTML.slice(0, 60) : null };
			});
		});
		expect(hits.length).toBe(34);
		expect(hits.filter((h) => h.control)).toStrictEqual([]);
		// Nor is any region under a control on the map (its zoom buttons): each control's box,
		// on a grid of points, has no region beneath it.
		const under = await w.page.evaluate(() =>
			[...document.querySelectorAll('.map-view button, .map-view .legend-slot')].flatMap((c) => {
				const r = c.getBoundingClientRect();
				const found = new Set<string>();
				for (let i = 0; i <= 4; i++) {
					for (let j = 0; j <= 4; j++) {
						const [x, y] = [r.left + (r.width * i) / 4, r.top + (r.height * j) / 4];
						for (const el of document.elementsFromPoint(x, y)) {
							const code = el.getAttribute('data-code');
							if (code && el.tagName === 'path') found.add(code);
						}
					}
				}
				return [...found];
			})
		);
		expect(under).toStrictEqual([]);
		// The map's credit is under it, off the map.
		const map = (await w.page.locator('.map-view').boundingBox())!;
		const credit = (await w.page.locator('.credit a').boundingBox())!;
		expect(credit.y).toBeGreaterThanOrEqual(map.y + map.height);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it.each([
		['海南', '460000'],
		['澳门', '820000'],
		['香港', '810000']
	])('opens %s from a tap on its label', async (name, code) => {
		const w = await watchedPage(browser(), baseURL, TOUCH);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const [x, y] = await labelCenter(w.page, name);
		await w.page.touchscreen.tap(x, y);
		await expect.poll(() => w.page.locator('.panel').getAttribute('data-region')).toBe(code);
		expect(new URL(w.page.url()).origin).toBe(new URL(baseURL).origin);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it.each([
		['海南', '460000'],
		['澳门', '820000']
	])(
		'opens %s from a tap on its label on the WebGL map',
		async (name, code) => {
			const w = await watchedPage(browser(), baseURL, TOUCH);
			await w.page.goto(baseURL + '/');
			await mapReady(w.page);
			// A touch in the map's corner is the reach that brings the WebGL map.
			const map = (await w.page.locator('.map-view').boundingBox())!;
			await w.page.touchscreen.tap(map.x + 4, map.y + 4);
			await w.page.waitForSelector('.map-view[data-renderer="webgl"]', { timeout: 30_000 });
			const [x, y] = await labelCenter(w.page, name, true);
			await w.page.touchscreen.tap(x, y);
			await expect.poll(() => w.page.locator('.panel').getAttribute('data-region')).toBe(code);
			expect(w.errors).toStrictEqual([]);
			await w.context.close();
		},
		60_000
	);
});
