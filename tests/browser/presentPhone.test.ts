import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { STARTED_MARK } from '../../src/lib/map/ready';
import { useBrowser, waitForMark, watchedPage } from './chromium';

const baseURL = inject('baseURL');
const browser = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** A finger drawn across the page from one point to another, as the phone's screen reports it. */
async function drag(page: Page, from: [number, number], to: [number, number]) {
	const cdp = await page.context().newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', [x, y]: [number, number]) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: type === 'touchEnd' ? [] : [{ x, y }]
		});
	await touch('touchStart', from);
	for (let i = 1; i <= 5; i++) {
		const at = (a: number, b: number) => a + ((b - a) * i) / 5;
		await touch('touchMove', [at(from[0], to[0]), at(from[1], to[1])]);
	}
	await touch('touchEnd', to);
	await cdp.detach();
}

const region = (page: Page) => new URL(page.url()).searchParams.get('region');

describe('presenting on a 390 × 844 phone', () => {
	it('keeps the step on one line and every control on the screen', async () => {
		const w = await watchedPage(browser(), baseURL, PHONE);
		await w.page.goto(baseURL + '/?mode=present&region=150000&lang=en');
		const progress = w.page.locator('.bar .progress');
		await progress.waitFor();
		// One line, whatever its length (the longest step, in English): its text's lines, counted.
		const lines = await progress.evaluate((p) => {
			const range = document.createRange();
			range.selectNodeContents(p);
			return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
		});
		expect(lines).toBe(1);
		const buttons = await w.page.locator('.bar button').evaluateAll((bs) =>
			bs.map((b) => {
				const r = b.getBoundingClientRect();
				return { left: r.left, right: r.right, width: r.width, height: r.height };
			})
		);
		expect(buttons.length).toBeGreaterThanOrEqual(8);
		for (const b of buttons) {
			expect(b.left).toBeGreaterThanOrEqual(0);
			expect(b.right).toBeLessThanOrEqual(390);
			// A finger's target (WCAG 2.5.8 asks for 24 px).
			expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
		}
		// Icons only, but every button still has its name.
		expect(await w.page.getByRole('button', { name: 'Exit presentation' }).isVisible()).toBe(true);
		// The slide under the map, the width of the screen.
		const slide = await w.page.locator('.scroller').boundingBox();
		const map = await w.page.locator('.stage-map').boundingBox();
		expect(slide!.y).toBeGreaterThanOrEqual(map!.y + map!.height);
		expect(Math.round(slide!.width)).toBe(390);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('steps on a swipe to the left and back on a swipe to the right; a vertical one scrolls', async () => {
		const w = await watchedPage(browser(), baseURL, PHONE);
		await w.page.goto(baseURL + '/?mode=present&region=500000');
		await waitForMark(w.page, STARTED_MARK);
		await drag(w.page, [300, 650], [80, 640]);
		await expect.poll(() => region(w.page)).toBe('520000');
		await drag(w.page, [80, 650], [320, 660]);
		await expect.poll(() => region(w.page)).toBe('500000');
		// Up the slide: reading on, no step.
		await drag(w.page, [200, 780], [200, 520]);
		await expect
			.poll(() => w.page.locator('.scroller').evaluate((s) => s.scrollTop))
			.toBeGreaterThan(0);
		expect(region(w.page)).toBe('500000');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
