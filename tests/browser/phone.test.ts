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
