import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapReady, useBrowser, watchedPage, webglReady } from './chromium';

const baseURL = inject('baseURL');
// WebGL in software on two cores.
const SLOW = 60_000;

/** Where an element is on screen, rounded to the pixel. */
async function boxOf(page: Page, selector: string) {
	const box = await page.locator(selector).boundingBox();
	if (!box) throw new Error(`${selector} is not drawn`);
	return Object.fromEntries(Object.entries(box).map(([k, v]) => [k, Math.round(v)]));
}

/** Whether box `a` lies wholly inside box `b`. */
const inside = (a: Record<string, number>, b: Record<string, number>) =>
	a.x! >= b.x! &&
	a.y! >= b.y! &&
	a.x! + a.width! <= b.x! + b.width! &&
	a.y! + a.height! <= b.y! + b.height!;

describe('the South China Sea inset, with WebGL', { timeout: SLOW }, () => {
	const browser = useBrowser();

	it('stays whole, in its corner and at its size, as the map zooms in', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await webglReady(w.page);
		const frame = '.gl .nanhai-inset path.frame';
		const before = await boxOf(w.page, frame);
		expect(inside(before, await boxOf(w.page, '.map-view'))).toBe(true);
		const zoom = () => w.page.evaluate(() => parseFloat(location.hash.slice(1)));
		const fit = await zoom();
		await w.page.locator('.maplibregl-ctrl-zoom-in').click();
		await w.page.locator('.maplibregl-ctrl-zoom-in').click();
		// Two steps in: the map four times as large.
		await expect.poll(zoom).toBeCloseTo(fit + 2, 1);
		expect(await boxOf(w.page, frame)).toStrictEqual(before);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('stays whole and fixed in a presentation step framed on a province', async () => {
		const w = await watchedPage(browser(), baseURL, { viewport: { width: 1920, height: 1080 } });
		await w.page.goto(baseURL + '/?mode=present');
		await webglReady(w.page);
		const frame = '.stage-map .nanhai-inset path.frame';
		const country = await boxOf(w.page, frame);
		await w.page.keyboard.press('End');
		await expect.poll(() => new URL(w.page.url()).searchParams.get('region')).toBe('530000');
		expect(await w.page.locator('.stage-map .nanhai-inset').count()).toBe(1);
		expect(await boxOf(w.page, frame)).toStrictEqual(country);
		expect(inside(country, await boxOf(w.page, '.stage-map'))).toBe(true);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('the South China Sea inset, without WebGL', { timeout: SLOW }, () => {
	const browser = useBrowser(['--disable-3d-apis']);

	it('stands in for the SVG map’s own inset in a presentation step, whole and fixed', async () => {
		const w = await watchedPage(browser(), baseURL, { viewport: { width: 1920, height: 1080 } });
		await w.page.goto(baseURL + '/?mode=present');
		await mapReady(w.page);
		const frame = '.stage-map .nanhai-inset path.frame';
		const country = await boxOf(w.page, frame);
		await w.page.goto(baseURL + '/?mode=present&region=350000');
		await mapReady(w.page);
		expect(await boxOf(w.page, frame)).toStrictEqual(country);
		expect(inside(country, await boxOf(w.page, '.stage-map'))).toBe(true);
		// The map's own inset, which zooms with its camera, is not shown.
		expect(await w.page.locator('.stage-map .svg .inset').isVisible()).toBe(false);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
