import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { mapReady, useBrowser, watchedPage, webglReady, type Watched } from './chromium';

const baseURL = inject('baseURL');
// Page loads with WebGL in software on two cores.
const SLOW = 60_000;
const browser = useBrowser();

beforeAll(() => {
	mkdirSync('test-results/present', { recursive: true });
});

// The article's meetings in date order (ties in article order): the presenter's steps 1–11.
const ORDER = [
	'500000', // 重庆 9月8日
	'520000', // 贵州 9月8日
	'330000', // 浙江 9月9日
	'420000', // 湖北 9月9日
	'140000', // 山西 9月10日
	'150000',
	'350000',
	'410000',
	'450000',
	'650000', // 新疆 9月11日
	'530000' // 云南 9月12日
];

/** Waits for a value, allowing for a loaded machine (two cores, WebGL in software). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const params = (page: Page) => new URL(page.url()).searchParams;
const region = (page: Page) => params(page).get('region');
const progress = (page: Page) => page.locator('.bar .progress').innerText();

async function present(w: Watched, query = '') {
	await w.page.goto(`${baseURL}/?mode=present${query}`);
	await mapReady(w.page);
	await w.page.locator('.presenter').waitFor();
}

describe('presenting: opening and leaving', { timeout: SLOW }, () => {
	it('opens from ?mode=present on the title step: headline, lead and legend', async () => {
		const w = await watchedPage(browser(), baseURL);
		await present(w);
		const slide = w.page.locator('.title-slide');
		await poll(() => slide.innerText()).toContain('以为民谋利为民尽责的成效取信于民');
		expect(await slide.innerText()).toContain('连日来');
		expect(await slide.locator('.legend li').count()).toBe(6);
		expect(await progress(w.page)).toBe('开篇');
		// Exploring's controls are gone.
		expect(await w.page.locator('.masthead, .side').count()).toBe(0);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('says so when ?region= names no province, or one the article does not report', async () => {
		const w = await watchedPage(browser(), baseURL);
		await present(w, '&region=nowhere');
		const notice = w.page.locator('.presenter [role="status"]');
		expect(await notice.innerText()).toBe('没有找到省份“nowhere”。');
		expect(await progress(w.page)).toBe('开篇');
		await present(w, '&region=Beijing&lang=en');
		expect(await notice.innerText()).toBe('The article does not report a meeting in Beijing.');
		// A province named rather than coded is its meeting, as on the map page; no notice.
		await present(w, '&region=山西');
		await poll(() => progress(w.page)).toBe('5 / 11 · 2019年9月10日 · 山西');
		expect(await notice.count()).toBe(0);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('opens from the header’s link and from P; Esc leaves, keeping the province', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(`${baseURL}/?region=140000`);
		await mapReady(w.page);
		await w.page.getByRole('link', { name: '演示' }).click();
		await w.page.locator('.presenter .slide[data-region="140000"]').waitFor();
		expect(params(w.page).get('mode')).toBe('present');
		await w.page.keyboard.press('Escape');
		await w.page.locator('.presenter').waitFor({ state: 'detached' });
		expect(region(w.page)).toBe('140000');
		expect(params(w.page).has('mode')).toBe(false);
		await w.page.keyboard.press('p');
		await w.page.locator('.presenter').waitFor();
		await w.page.keyboard.press('p');
		await w.page.locator('.masthead').waitFor();
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('presenting: stepping through the meetings', { timeout: SLOW }, () => {
	it('goes through every meeting in date order with →, PageDown, ←, PageUp, Home and End', async () => {
		const w = await watchedPage(browser(), baseURL);
		await present(w);
		for (const [i, code] of ORDER.entries()) {
			await w.page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
			await poll(() => region(w.page)).toBe(code);
			await w.page.locator(`.slide[data-region="${code}"]`).waitFor();
			expect(await progress(w.page)).toMatch(new RegExp(`^${i + 1} / 11 · 2019年9月\\d+日`));
		}
		expect(await progress(w.page)).toBe('11 / 11 · 2019年9月12日 · 云南');
		await w.page.keyboard.press('ArrowRight');
		await poll(() => params(w.page).get('step')).toBe('overview');
		expect(await w.page.locator('.overview').innerText()).toContain(
			'山西、内蒙古、福建、河南、广西'
		);
		await w.page.keyboard.press('PageUp');
		await poll(() => region(w.page)).toBe('530000');
		await w.page.keyboard.press('ArrowLeft');
		await poll(() => region(w.page)).toBe('650000');
		await w.page.keyboard.press('Home');
		await poll(() => region(w.page)).toBe('500000');
		expect(await progress(w.page)).toBe('1 / 11 · 2019年9月8日 · 重庆');
		await w.page.keyboard.press('ArrowLeft');
		await poll(() => progress(w.page)).toBe('开篇');
		expect(params(w.page).has('region')).toBe(false);
		await w.page.keyboard.press('End');
		await poll(() => region(w.page)).toBe('530000');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('keeps the step in the URL: a reload or a bookmark returns there, and Back steps back', async () => {
		const w = await watchedPage(browser(), baseURL);
		await present(w, '&region=500000');
		await w.page.locator('.slide[data-region="500000"]').waitFor();
		await w.page.keyboard.press('ArrowRight');
		await poll(() => region(w.page)).toBe('520000');
		await w.page.reload();
		await w.page.locator('.slide[data-region="520000"]').waitFor();
		await w.page.goBack();
		await w.page.locator('.slide[data-region="500000"]').waitFor();
		await w.page.goto(`${baseURL}/?mode=present&step=overview`);
		await w.page.locator('.overview').waitFor();
		expect(await progress(w.page)).toBe('总览');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('goes to a province’s step when it is clicked on the map, and to its cell on the track', async () => {
		const w = await watchedPage(browser(), baseURL);
		await present(w);
		await w.page.locator('.track button[aria-label^="新疆"]').click();
		await poll(() => region(w.page)).toBe('650000');
		expect(await w.page.locator('.track [aria-current="step"]').getAttribute('aria-label')).toBe(
			'新疆 9月11日'
		);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('presenting: long statements', { timeout: SLOW }, () => {
	it('scrolls a statement that does not fit with ↓ and ↑, to its last word', async () => {
		const w = await watchedPage(browser(), baseURL, { viewport: { width: 1024, height: 768 } });
		await present(w, '&region=140000');
		const box = w.page.locator('.scroller');
		const more = w.page.locator('.more');
		await poll(() => more.isVisible()).toBe(true);
		const last = w.page.locator('.statements li').last();
		const bottom = async () => {
			const [b, l] = [await box.boundingBox(), await last.boundingBox()];
			return l!.y + l!.height - (b!.y + b!.height);
		};
		expect(await bottom()).toBeGreaterThan(0);
		for (let i = 0; i < 6 && (await bottom()) > 0; i++) {
			await w.page.keyboard.press('ArrowDown');
			await w.page.waitForTimeout(700);
		}
		expect(await bottom()).toBeLessThanOrEqual(0);
		expect(await more.isVisible()).toBe(false);
		await w.page.keyboard.press('ArrowUp');
		await poll(() => box.evaluate((el) => el.scrollTop)).toBeLessThan(600);
		// A new step starts at its top.
		await w.page.keyboard.press('ArrowRight');
		await w.page.locator('.slide[data-region="150000"]').waitFor();
		await poll(() => box.evaluate((el) => el.scrollTop)).toBe(0);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('presenting: the tour', { timeout: SLOW }, () => {
	it('starts with Space, moves on after the interval, and pauses on any other key', async () => {
		const w = await watchedPage(browser(), baseURL);
		await present(w);
		const play = w.page.locator('.play');
		const seconds = w.page.locator('.seconds');
		expect(await seconds.innerText()).toBe('15 秒');
		await w.page.keyboard.press('+');
		expect(await seconds.innerText()).toBe('20 秒');
		for (let i = 0; i < 5; i++) await w.page.keyboard.press('-');
		expect(await seconds.innerText()).toBe('5 秒');
		await w.page.keyboard.press(' ');
		expect(await play.getAttribute('aria-pressed')).toBe('true');
		await expect.poll(() => region(w.page), { timeout: 12_000 }).toBe('500000');
		// Still playing after a step: the tour goes on until told otherwise.
		expect(await play.getAttribute('aria-pressed')).toBe('true');
		await w.page.keyboard.press('ArrowDown');
		expect(await play.getAttribute('aria-pressed')).toBe('false');
		await w.page.waitForTimeout(5500);
		expect(region(w.page)).toBe('500000');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('pauses on a click, and Space on a focused button is the tour’s, not the button’s', async () => {
		const w = await watchedPage(browser(), baseURL);
		await present(w);
		const play = w.page.locator('.play');
		await w.page.getByRole('button', { name: '下一个' }).click();
		await poll(() => region(w.page)).toBe('500000');
		await w.page.keyboard.press(' ');
		expect(await play.getAttribute('aria-pressed')).toBe('true');
		expect(region(w.page)).toBe('500000');
		await w.page.mouse.click(5, 300);
		expect(await play.getAttribute('aria-pressed')).toBe('false');
		await play.click();
		expect(await play.getAttribute('aria-pressed')).toBe('true');
		await play.click();
		expect(await play.getAttribute('aria-pressed')).toBe('false');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('presenting: screen, shortcuts and images', { timeout: SLOW }, () => {
	it('goes fullscreen with F and the button, and back', async () => {
		const w = await watchedPage(browser(), baseURL);
		await present(w);
		const isFull = () => w.page.evaluate(() => document.fullscreenElement !== null);
		await w.page.keyboard.press('f');
		await poll(isFull).toBe(true);
		await w.page.keyboard.press('f');
		await poll(isFull).toBe(false);
		const button = w.page.getByRole('button', { name: '全屏' });
		await button.click();
		await poll(isFull).toBe(true);
		await poll(() => button.getAttribute('aria-pressed')).toBe('true');
		await button.click();
		await poll(isFull).toBe(false);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('shows the shortcuts with ? and closes them with Esc, still presenting', async () => {
		const w = await watchedPage(browser(), baseURL);
		await present(w);
		const dialog = w.page.getByRole('dialog', { name: '快捷键' });
		await w.page.keyboard.press('?');
		await dialog.waitFor();
		expect(await dialog.innerText()).toContain('PageDown');
		await w.page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
		expect(await w.page.locator('.presenter').count()).toBe(1);
		// Keys step again once it is closed.
		await w.page.keyboard.press('ArrowRight');
		await poll(() => region(w.page)).toBe('500000');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('blanks the screen with B (a clicker’s "."), and any key brings it back', async () => {
		const w = await watchedPage(browser(), baseURL);
		await present(w);
		await w.page.keyboard.press('.');
		await w.page.locator('.blank').waitFor();
		await w.page.keyboard.press('x');
		await w.page.locator('.blank').waitFor({ state: 'detached' });
		expect(region(w.page)).toBe(null);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('presenting: read from the back of the room', { timeout: SLOW }, () => {
	it.each([
		{ name: 'the title', query: '' },
		{ name: 'a meeting', query: '&region=140000' },
		{ name: 'the overview, in English', query: '&step=overview&lang=en' }
	])('axe finds no serious violations, contrast included, on $name', async ({ query }) => {
		// axe is injected as an inline script, which the app's CSP forbids.
		const w = await watchedPage(browser(), baseURL, { bypassCSP: true });
		await present(w, query);
		expect(await axeViolations(w.page)).toStrictEqual([]);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('presenting: layout on projectors', { timeout: SLOW }, () => {
	const SIZES = [
		[1024, 768, 18],
		[1280, 720, 18],
		[1920, 1080, 24],
		[3840, 2160, 48]
	] as const;

	it.each(SIZES)(
		'holds at %i×%i: nothing off-screen, no horizontal scroll, large statements',
		async (width, height, minText) => {
			const w = await watchedPage(browser(), baseURL, { viewport: { width, height } });
			for (const query of ['', '&region=140000', '&step=overview']) {
				await present(w, query);
				await w.page.waitForTimeout(1200);
				const name = query.replace(/\W+/g, '') || 'title';
				await w.page.screenshot({ path: `test-results/present/${name}-${width}x${height}.png` });
				const layout = await w.page.evaluate(() => {
					const rect = (s: string) => document.querySelector(s)?.getBoundingClientRect().toJSON();
					return {
						scrollWidth: document.scrollingElement!.scrollWidth,
						scrollHeight: document.scrollingElement!.scrollHeight,
						boxes: [
							'.bar',
							'.bar .progress',
							'.bar .controls',
							'.scroller',
							'.stage-map',
							'.track'
						].map((s) => [s, rect(s)] as const)
					};
				});
				expect(layout.scrollWidth).toBeLessThanOrEqual(width);
				expect(layout.scrollHeight).toBeLessThanOrEqual(height);
				for (const [selector, r] of layout.boxes) {
					expect(r, selector).toBeDefined();
					expect(r!.left, selector).toBeGreaterThanOrEqual(0);
					expect(r!.top, selector).toBeGreaterThanOrEqual(0);
					expect(r!.right, selector).toBeLessThanOrEqual(width);
					expect(r!.bottom, selector).toBeLessThanOrEqual(height);
				}
				// The panel is beside the map, never over it.
				const map = layout.boxes.find(([s]) => s === '.stage-map')![1]!;
				const panel = layout.boxes.find(([s]) => s === '.scroller')![1]!;
				expect(panel.left).toBeGreaterThanOrEqual(map.right);
			}
			await present(w, '&region=140000');
			const sizes = await w.page
				.locator('.statements p, .slide h2 + p, .official')
				.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(minText);
			expect(w.errors).toStrictEqual([]);
			await w.context.close();
		},
		150_000
	);
});

describe('presenting: reduced motion', { timeout: SLOW }, () => {
	/**
	 * How long after the step changes (the URL names 云南) the camera takes to settle, in the page's
	 * own clock, frame by frame: the WebGL map's labels (placed on every move) and the SVG map's
	 * transform (it moves too, under the WebGL map).
	 */
	async function settleTimes(page: Page) {
		await page.evaluate(() => {
			const frames: [number, boolean, string, string][] = [];
			const camera = document.querySelector('.svg .camera')!;
			const start = performance.now();
			const sample = () => {
				const now = performance.now();
				frames.push([
					now,
					location.search.includes('region=530000'),
					document.querySelector<HTMLElement>('.gl .labels span')?.style.transform ?? '',
					getComputedStyle(camera).transform
				]);
				if (now - start < 4000) requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
			Object.assign(window, { frames });
		});
		await page.keyboard.press('End');
		await page.waitForFunction(
			() => performance.now() - (window as unknown as { frames: number[][] }).frames[0]![0]! > 4000
		);
		const frames = await page.evaluate(
			() => (window as unknown as { frames: [number, boolean, string, string][] }).frames
		);
		const moved = frames.find(([, there]) => there)![0];
		const settled = (i: 2 | 3) => {
			const last = frames.at(-1)![i];
			return frames.find((f) => f[1] && f[i] === last)![0] - moved;
		};
		return { gl: settled(2), svg: settled(3) };
	}

	/** Presents with this motion preference and times the move to 云南; whether WebGL drew it. */
	async function settle(reducedMotion: 'reduce' | 'no-preference') {
		const w = await watchedPage(browser(), baseURL, { reducedMotion });
		await present(w);
		const webgl = await webglReady(w.page).then(
			() => true,
			() => false
		);
		await w.page.waitForTimeout(500);
		const times = await settleTimes(w.page);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
		return { ...times, webgl };
	}

	it('jumps the camera to the province at once when the user prefers less motion', async () => {
		const times = await settle('reduce');
		expect(times.svg).toBeLessThan(200);
		// A flight takes 1200 ms.
		if (times.webgl) expect(times.gl).toBeLessThan(200);
	});

	it('flies there otherwise', async () => {
		const times = await settle('no-preference');
		expect(times.svg).toBeGreaterThan(500);
		if (times.webgl) expect(times.gl).toBeGreaterThan(800);
	});
});
