import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapReady, useBrowser, watchedPage } from './chromium';

const baseURL = inject('baseURL');

/** The SVG map's camera: its zoom (1 = the whole country) and where it is. */
const camera = (page: Page) =>
	page.locator('.svg .camera').evaluate((g) => {
		const m = new DOMMatrix(getComputedStyle(g).transform);
		return { k: m.a, x: m.e, y: m.f };
	});

/** A box on screen, rounded to the pixel. */
async function boxOf(page: Page, selector: string) {
	const box = await page.locator(selector).boundingBox();
	if (!box) throw new Error(`${selector} is not drawn`);
	return Object.fromEntries(Object.entries(box).map(([k, v]) => [k, Math.round(v)]));
}

/** The middle of a region's path on screen. */
async function middleOf(page: Page, code: string): Promise<[number, number]> {
	const box = (await page.locator(`.svg path[data-code="${code}"]`).boundingBox())!;
	return [box.x + box.width / 2, box.y + box.height / 2];
}

describe('the SVG map zooms and pans without WebGL', { timeout: 60_000 }, () => {
	const browser = useBrowser(['--disable-3d-apis']);

	it('enlarges 澳门 with the + button until a click opens it', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const inset = await boxOf(w.page, '.svg .inset path.frame');
		const small = (await w.page.locator('.svg path[data-code="820000"]').boundingBox())!;
		const plus = w.page.getByRole('button', { name: '放大' });
		for (let i = 0; i < 5; i++) await plus.click();
		await expect.poll(async () => (await camera(w.page)).k).toBeCloseTo(32, 3);
		// Zoomed about the middle, 澳门 is off screen: drag the map until it is in the middle.
		await w.page.waitForTimeout(300);
		const map = (await w.page.locator('.map-view').boundingBox())!;
		const [cx, cy] = [map.x + map.width / 2, map.y + map.height / 2];
		for (let i = 0; i < 40; i++) {
			const [mx, my] = await middleOf(w.page, '820000');
			const [dx, dy] = [cx - mx, cy - my];
			const d = Math.hypot(dx, dy);
			if (d < 20) break;
			// Drags of at most 250 px, within the map.
			const s = Math.min(1, 250 / d);
			await w.page.mouse.move(cx - (dx * s) / 2, cy - (dy * s) / 2);
			await w.page.mouse.down();
			await w.page.mouse.move(cx + (dx * s) / 2, cy + (dy * s) / 2, { steps: 3 });
			await w.page.mouse.up();
		}
		// The drags opened nothing.
		expect(await w.page.locator('.panel').count()).toBe(0);
		const big = (await w.page.locator('.svg path[data-code="820000"]').boundingBox())!;
		// Some 2 px across at the country's view, a finger's width now.
		expect(big.width).toBeGreaterThan(small.width * 10);
		expect(big.width).toBeGreaterThan(24);
		await w.page.mouse.click(...(await middleOf(w.page, '820000')));
		await expect.poll(() => w.page.locator('.panel').getAttribute('data-region')).toBe('820000');
		// The inset stayed in its corner at its size, over the zoomed map.
		expect(await boxOf(w.page, '.svg .inset path.frame')).toStrictEqual(inset);
		expect(
			await w.page.locator('.svg .inset path.frame').evaluate((p) => getComputedStyle(p).fill)
		).not.toBe('none');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('zooms with + on the map, then a click on 澳门 opens it', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		await w.page.locator('.skip').focus();
		await w.page.keyboard.press('Enter');
		// About the province the keyboard is on: 澳门, reached by the arrows.
		for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']) {
			await w.page.keyboard.press(key);
		}
		const said = () =>
			w.page.evaluate(() => document.querySelector('#map ~ [aria-live]')?.textContent);
		// 山西 → 河南 → 湖北 → 湖南 → 广东 → 香港, then left or down to 澳门.
		expect(await said()).toMatch(/^香港/);
		await w.page.keyboard.press('ArrowDown');
		expect(await said()).toMatch(/^澳门/);
		for (let i = 0; i < 5; i++) await w.page.keyboard.press('+');
		await expect.poll(async () => (await camera(w.page)).k).toBeCloseTo(32, 3);
		await w.page.waitForTimeout(400);
		// Zoomed about 澳门, which stays in view, large enough to click.
		const box = (await w.page.locator('.svg path[data-code="820000"]').boundingBox())!;
		const map = (await w.page.locator('.map-view').boundingBox())!;
		expect(box.width).toBeGreaterThan(20);
		expect(box.x).toBeGreaterThan(map.x);
		expect(box.x + box.width).toBeLessThan(map.x + map.width);
		await w.page.mouse.click(...(await middleOf(w.page, '820000')));
		await expect.poll(() => w.page.locator('.panel').getAttribute('data-region')).toBe('820000');
		// − and 0 go back out; 0 to the whole country.
		await w.page.locator('#map').focus();
		await w.page.keyboard.press('-');
		await expect.poll(async () => (await camera(w.page)).k).toBeCloseTo(16, 3);
		await w.page.keyboard.press('0');
		await expect.poll(() => camera(w.page)).toStrictEqual({ k: 1, x: 0, y: 0 });
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('zooms about the pointer with the wheel, and keeps the names readable', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const [x, y] = await middleOf(w.page, '420000');
		const labelSize = () =>
			w.page
				.locator('.svg .labels text')
				.filter({ hasText: /^湖北/ })
				.evaluate((t) => {
					const text = t as SVGTextElement;
					return text.getBBox().height * (text.getScreenCTM()?.a ?? 1);
				});
		const before = await labelSize();
		await w.page.mouse.move(x, y);
		for (let i = 0; i < 6; i++) await w.page.mouse.wheel(0, -200);
		await expect.poll(async () => (await camera(w.page)).k).toBeGreaterThan(4);
		const { k } = await camera(w.page);
		// 湖北 stayed under the pointer.
		const [x2, y2] = await middleOf(w.page, '420000');
		expect(Math.hypot(x2 - x, y2 - y)).toBeLessThan(30);
		// Names grow only by the zoom's square root: readable, not giant.
		const after = await labelSize();
		expect(after / before).toBeGreaterThan(1);
		expect(after / before).toBeLessThan(Math.sqrt(k) * 1.1);
		// Wheeled back out, the whole country.
		for (let i = 0; i < 12; i++) await w.page.mouse.wheel(0, 200);
		await expect.poll(() => camera(w.page)).toStrictEqual({ k: 1, x: 0, y: 0 });
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('pinches to zoom with two fingers on a phone', async () => {
		const w = await watchedPage(browser(), baseURL, {
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const map = (await w.page.locator('.map-view').boundingBox())!;
		const [cx, cy] = [map.x + map.width / 2, map.y + map.height / 2];
		const cdp = await w.page.context().newCDPSession(w.page);
		const fingers = (d: number) => [
			{ x: cx - d, y: cy, id: 0 },
			{ x: cx + d, y: cy, id: 1 }
		];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
		for (let d = 30; d <= 80; d += 10) {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await cdp.detach();
		// Fingers four times as far apart: the map four times as large.
		await expect.poll(async () => (await camera(w.page)).k).toBeCloseTo(4, 0);
		// The page itself did not zoom or scroll.
		expect(await w.page.evaluate(() => visualViewport?.scale ?? 1)).toBe(1);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('the SVG map’s zoom, handed to the WebGL map', { timeout: 60_000 }, () => {
	const browser = useBrowser();

	it('shows where the wheel zoomed the SVG map when the WebGL map takes over', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		// The wheel is the reach that loads the WebGL map; until it has, the SVG map zooms.
		const [x, y] = await middleOf(w.page, '420000');
		await w.page.mouse.move(x, y);
		for (let i = 0; i < 4; i++) await w.page.mouse.wheel(0, -300);
		await expect.poll(async () => (await camera(w.page)).k).toBeGreaterThan(8);
		await w.page.waitForSelector('.map-view[data-renderer="webgl"]', { timeout: 30_000 });
		// 湖北 is still in the middle of what is shown, and large: the WebGL map is zoomed in too.
		const zoom = await w.page.evaluate(() => parseFloat(location.hash.slice(1)));
		expect(zoom).toBeGreaterThan(6);
		const map = (await w.page.locator('.map-view').boundingBox())!;
		const hubei = await w.page.evaluate(() => {
			const label = [...document.querySelectorAll('.gl .labels span')].find((s) =>
				s.textContent?.startsWith('湖北')
			);
			const r = label!.getBoundingClientRect();
			return [r.x + r.width / 2, r.y + r.height / 2];
		});
		expect(hubei[0]).toBeGreaterThan(map.x);
		expect(hubei[0]).toBeLessThan(map.x + map.width);
		expect(hubei[1]).toBeGreaterThan(map.y);
		expect(hubei[1]).toBeLessThan(map.y + map.height);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
