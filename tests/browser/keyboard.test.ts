import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapReady, useBrowser, watchedPage, webglReady } from './chromium';
import { listEntry } from './listEntry';

const baseURL = inject('baseURL');
// The WebGL map, drawn by SwiftShader on two cores, may take most of the default 30 s to appear.
const SLOW = 60_000;

/** What has focus: its id, else its tag and text. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return 'body';
		return el.id || `${el.tagName} ${(el as HTMLElement).innerText?.trim().slice(0, 20)}`;
	});

/** What the map says to screen readers (its live region). */
const said = (page: Page) =>
	page.evaluate(() => document.querySelector('#map ~ [aria-live]')?.textContent ?? null);

/** How many pixels of the focus ring's blue (#1d5fbf) are drawn over a region's box. */
async function ringPixels(page: Page, code: string): Promise<number> {
	const box = await page.locator(`.svg path[data-code="${code}"]`).boundingBox();
	if (!box) throw new Error(`region ${code} is not drawn`);
	const png = await page.screenshot({
		clip: { x: box.x - 6, y: box.y - 6, width: box.width + 12, height: box.height + 12 }
	});
	return page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const canvas = new OffscreenCanvas(img.width, img.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const { data } = ctx.getImageData(0, 0, img.width, img.height);
		let n = 0;
		for (let i = 0; i < data.length; i += 4) {
			const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
			if (Math.abs(r - 0x1d) < 24 && Math.abs(g - 0x5f) < 24 && Math.abs(b - 0xbf) < 24) n++;
		}
		return n;
	}, png.toString('base64'));
}

describe('the map by keyboard', { timeout: SLOW }, () => {
	const browser = useBrowser();

	it('is one tab stop, reached by the skip link that comes first', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		await w.page.keyboard.press('Tab');
		expect(await focused(w.page)).toBe('A 跳到地图');
		// Shown once focused: on the screen, not above it.
		const skip = (await w.page.locator('.skip').boundingBox())!;
		expect(skip.y).toBeGreaterThanOrEqual(0);
		await w.page.keyboard.press('Enter');
		expect(await focused(w.page)).toBe('map');
		// The URL's hash is the map's view's, not the skip link's.
		expect(new URL(w.page.url()).hash).toBe('');
		// The whole map is that one stop: the next Tab leaves it for the legend, not a province.
		await w.page.keyboard.press('Tab');
		expect(await w.page.evaluate(() => !!document.activeElement?.closest('.legend-slot'))).toBe(
			true
		);

		// Tabbing from the top, the map comes right after the skip link and the header's controls
		// (its pages, embed, present, language), before any timeline chip or province in the list.
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const stops: string[] = [];
		for (let i = 0; i < 20 && stops.at(-1) !== 'map'; i++) {
			await w.page.keyboard.press('Tab');
			stops.push(
				await w.page.evaluate(() => {
					const el = document.activeElement!;
					if (el.id === 'map') return 'map';
					return el.closest('.masthead')
						? 'header'
						: el.classList.contains('skip')
							? 'skip'
							: el.tagName;
				})
			);
		}
		expect(stops.at(-1)).toBe('map');
		expect(stops.slice(0, -1).filter((stop) => stop !== 'header')).toStrictEqual(['skip']);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('moves between neighbouring provinces by arrow keys, ringing and saying each', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		await w.page.locator('.skip').focus();
		await w.page.keyboard.press('Enter');
		// It starts on the first province the article reports, with its date and official.
		expect(await said(w.page)).toBe('山西，2019年9月10日，省委书记骆惠宁。');
		expect(await w.page.locator('.svg path.key').count()).toBe(1);
		await w.page.keyboard.press('ArrowRight');
		expect(await said(w.page)).toBe('河北，文中未提及。');
		await w.page.keyboard.press('ArrowDown');
		expect(await said(w.page)).toBe('河南，2019年9月10日，省委书记王国生。');
		await w.page.keyboard.press('ArrowDown');
		expect(await said(w.page)).toMatch(/^湖北，2019年9月9日，省委书记/);
		// The ring is the page's focus ring, drawn on 湖北 and nowhere else.
		expect(await ringPixels(w.page, '420000')).toBeGreaterThan(100);
		expect(await w.page.locator('.svg path.key').getAttribute('d')).toBe(
			await w.page.locator('.svg path[data-code="420000"]').getAttribute('d')
		);
		// The arrows move the ring, not the page.
		expect(await w.page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('opens a province with Enter, as a click does; Esc closes it and focus goes back', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		await w.page.locator('.skip').focus();
		await w.page.keyboard.press('Enter');
		await w.page.keyboard.press('ArrowLeft');
		expect(await said(w.page)).toMatch(/^陕西/);
		await w.page.keyboard.press('Enter');
		const panel = w.page.locator('.panel');
		await expect.poll(() => panel.getAttribute('data-region')).toBe('610000');
		await expect.poll(() => new URL(w.page.url()).searchParams.get('region')).toBe('610000');
		await expect.poll(() => focused(w.page)).toBe('panel-title');
		await w.page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		// Back on the map, on the province it opened.
		await expect.poll(() => focused(w.page)).toBe('map');
		expect(await said(w.page)).toMatch(/^陕西/);
		expect(await w.page.locator('.svg path.key').getAttribute('d')).toBe(
			await w.page.locator('.svg path[data-code="610000"]').getAttribute('d')
		);

		// From the list, Esc comes back to the list's link for that province.
		await listEntry(w.page, '重庆').focus();
		await w.page.keyboard.press('Enter');
		await expect.poll(() => panel.getAttribute('data-region')).toBe('500000');
		await expect.poll(() => focused(w.page)).toBe('panel-title');
		await w.page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		await expect.poll(() => focused(w.page)).toMatch(/^A 重庆/);

		// The panel's × button too.
		await listEntry(w.page, '重庆').press('Enter');
		await expect.poll(() => focused(w.page)).toBe('panel-title');
		await w.page.locator('.panel .close').press('Enter');
		await panel.waitFor({ state: 'detached' });
		await expect.poll(() => focused(w.page)).toMatch(/^A 重庆/);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('says the province in English too: its name, date and official in pinyin', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/?lang=en');
		await mapReady(w.page);
		await w.page.keyboard.press('Tab');
		expect(await focused(w.page)).toBe('A Skip to map');
		await w.page.keyboard.press('Enter');
		expect(await said(w.page)).toBe('Shanxi, 10 September 2019, Party Secretary Luo Huining.');
		expect(await w.page.locator('#map').getAttribute('role')).toBe('application');
		expect(await w.page.locator('#map').getAttribute('aria-label')).toBe('Map');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('rings and opens provinces on the WebGL map the same way', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await webglReady(w.page);
		// Out of the tab order: the canvas and maplibre's zoom buttons (+ and − on the map instead).
		expect(await w.page.locator('.gl canvas').getAttribute('tabindex')).toBe('-1');
		expect(
			await w.page
				.locator('.maplibregl-ctrl button')
				.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).tabIndex))
		).toStrictEqual([-1, -1]);
		await w.page.locator('.skip').focus();
		await w.page.keyboard.press('Enter');
		expect(await focused(w.page)).toBe('map');
		await w.page.keyboard.press('ArrowDown');
		expect(await said(w.page)).toMatch(/^河南/);
		// The ring, drawn by the WebGL map this time (the SVG map is hidden under it).
		await expect.poll(() => ringPixels(w.page, '410000'), { timeout: 10_000 }).toBeGreaterThan(100);
		// maplibre's own arrow keys (which pan) are off, and at the country's view every province
		// is in sight: the view stays where it was, down to 香港 at the map's edge and back.
		const hash = new URL(w.page.url()).hash;
		for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']) {
			await w.page.keyboard.press(key);
		}
		expect(await said(w.page)).toMatch(/^香港/);
		await w.page.waitForTimeout(500);
		expect(new URL(w.page.url()).hash).toBe(hash);
		for (const key of ['ArrowUp', 'ArrowUp', 'ArrowUp']) await w.page.keyboard.press(key);
		expect(await said(w.page)).toMatch(/^湖北/);
		// + zooms in.
		const zoom = () => w.page.evaluate(() => parseFloat(location.hash.slice(1)));
		const before = await zoom();
		await w.page.keyboard.press('+');
		await expect.poll(zoom).toBeCloseTo(before + 1, 1);
		await w.page.keyboard.press('Enter');
		await expect.poll(() => w.page.locator('.panel').getAttribute('data-region')).toBe('420000');
		await w.page.keyboard.press('Escape');
		await expect.poll(() => focused(w.page)).toBe('map');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
