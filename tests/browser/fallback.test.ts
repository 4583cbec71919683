import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapReady, reachForMap, useBrowser, watchedPage, webglReady } from './chromium';
import { listEntry } from './listEntry';

const baseURL = inject('baseURL');

/** Where a region's SVG path is on screen (laid out even while the WebGL map covers it). */
async function boxOf(page: Page, code: string) {
	const box = await page.locator(`.svg path[data-code="${code}"]`).boundingBox();
	if (!box) throw new Error(`region ${code} is not drawn`);
	return box;
}

describe('without WebGL', () => {
	const browser = useBrowser(['--disable-3d-apis']);

	it('keeps the SVG map with every interaction: map, list, panel, legend, deep links', async () => {
		const w = await watchedPage(browser(), baseURL);
		const { page } = w;
		await page.goto(baseURL + '/');
		await mapReady(page);
		expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBe(
			null
		);

		// A click on the SVG map opens the province, in the URL too.
		const box = await boxOf(page, '140000');
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		const panel = page.locator('.panel');
		await expect.poll(() => panel.getAttribute('data-region')).toBe('140000');
		expect(await panel.innerText()).toContain('省委书记 骆惠宁');
		// The URL follows the panel a frame later (afterNextPaint).
		await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('140000');
		await page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });

		// The list.
		await listEntry(page, '重庆').click();
		await expect.poll(() => panel.getAttribute('data-region')).toBe('500000');
		await page.goBack();
		await panel.waitFor({ state: 'detached' });

		// The legend lights one day's provinces and dims the rest, and lets go again.
		const day = page.locator('.legend button').filter({ hasText: '9月10日' });
		await day.click();
		await expect.poll(() => page.locator('.svg path.highlighted').count()).toBe(5);
		expect(await page.locator('.svg path.dimmed').count()).toBe(29);
		await day.click();
		// Pointing at or focusing an entry previews it too, so let go of both.
		await page.mouse.move(0, 0);
		await day.blur();
		await expect.poll(() => page.locator('.svg path.dimmed').count()).toBe(0);

		// Deep links, by code and by name.
		for (const [param, code] of [
			['650000', '650000'],
			[encodeURIComponent('山西'), '140000']
		]) {
			await page.goto(`${baseURL}/?region=${param}`);
			await mapReady(page);
			await expect.poll(() => panel.getAttribute('data-region')).toBe(code);
		}

		expect(await page.locator('.map-view').getAttribute('data-renderer')).toBe('svg');
		expect(await page.locator('.map-view canvas').count()).toBe(0);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	}, 60_000);
});

describe('when the WebGL map fails', () => {
	const browser = useBrowser();

	it("keeps the SVG map and logs why when maplibre's worker cannot be loaded", async () => {
		const w = await watchedPage(browser(), baseURL);
		const logged: string[] = [];
		w.page.on('console', (m) => {
			if (m.type() === 'error') logged.push(m.text());
		});
		const blocked: string[] = [];
		await w.page.route(/maplibre-gl-worker/, (route) => {
			blocked.push(route.request().url());
			return route.fulfill({ status: 404, body: 'gone' });
		});
		await w.page.goto(baseURL + '/');
		await reachForMap(w.page);
		await expect
			.poll(() => logged.some((m) => m.startsWith('WebGL map not used: ')), { timeout: 20_000 })
			.toBe(true);
		expect(blocked.length).toBeGreaterThan(0);
		expect(await w.page.locator('.map-view').getAttribute('data-renderer')).toBe('svg');
		await expect.poll(() => w.page.locator('.map-view canvas').count()).toBe(0);

		const box = await boxOf(w.page, '500000');
		await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await w.page.locator('.panel[data-region="500000"]').waitFor();
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	}, 60_000);

	it('draws the same map again, colors and highlight, after the WebGL context is lost and restored', async () => {
		const w = await watchedPage(browser(), baseURL);
		const { page } = w;
		await page.goto(`${baseURL}/?region=140000`);
		await webglReady(page);
		// Pinning a day dims every other province: state the map keeps apart from the colors.
		await page.locator('.legend button').filter({ hasText: '9月10日' }).click();

		// Five points across each of a few provinces: lit, dimmed, met on other days, not met.
		const points: [number, number][] = [];
		for (const code of ['140000', '410000', '620000', '500000', '530000', '650000']) {
			const b = await boxOf(page, code);
			const spots: [number, number][] = [
				[0.5, 0.5],
				[0.35, 0.4],
				[0.65, 0.4],
				[0.4, 0.65],
				[0.6, 0.62]
			];
			for (const [fx, fy] of spots)
				points.push([Math.round(b.x + fx * b.width), Math.round(b.y + fy * b.height)]);
		}
		const sample = async () => pixels(browser(), await page.screenshot(), points);
		// Settled: two samples a moment apart agree.
		let before = await sample();
		await expect
			.poll(async () => {
				const again = await sample();
				const same = JSON.stringify(again) === JSON.stringify(before);
				before = again;
				return same;
			})
			.toBe(true);

		await page.evaluate(async () => {
			const canvas = document.querySelector<HTMLCanvasElement>('.map-view canvas');
			const lose = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
			if (!lose) throw new Error('no WebGL canvas to lose');
			lose.loseContext();
			await new Promise((r) => setTimeout(r, 300));
			lose.restoreContext();
		});
		await expect.poll(sample, { timeout: 15_000 }).toStrictEqual(before);
		expect(await page.locator('.map-view').getAttribute('data-renderer')).toBe('webgl');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	}, 60_000);

	it('hands over to the SVG map when a lost WebGL context never comes back', async () => {
		const w = await watchedPage(browser(), baseURL);
		const logged: string[] = [];
		w.page.on('console', (m) => {
			if (m.type() === 'error') logged.push(m.text());
		});
		await w.page.goto(baseURL + '/');
		await webglReady(w.page);
		await w.page.evaluate(() => {
			const canvas = document.querySelector<HTMLCanvasElement>('.map-view canvas');
			canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
		});
		await w.page.waitForSelector('.map-view[data-renderer="svg"]', { timeout: 20_000 });
		expect(logged).toContain('WebGL map not used: WebGL context lost and not restored');
		expect(await w.page.locator('.map-view canvas').count()).toBe(0);

		const box = await boxOf(w.page, '140000');
		await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await w.page.locator('.panel[data-region="140000"]').waitFor();
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	}, 60_000);
});

/** The RGBA values of a PNG at the given points, decoded by the browser on a blank page. */
async function pixels(
	browser: Browser,
	png: Buffer,
	points: [number, number][]
): Promise<number[][]> {
	const page = await browser.newPage();
	try {
		return await page.evaluate(
			async ({ data, points }) => {
				const image = new Image();
				image.src = `data:image/png;base64,${data}`;
				await image.decode();
				const canvas = document.createElement('canvas');
				canvas.width = image.width;
				canvas.height = image.height;
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(image, 0, 0);
				return points.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data]);
			},
			{ data: png.toString('base64'), points }
		);
	} finally {
		await page.close();
	}
}
