import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { READY_MARK } from '../../src/lib/map/ready';
import { mapReady, useBrowser, waitForMark, watchedPage, type Watched } from './chromium';

const baseURL = inject('baseURL');
const browser = useBrowser();

const APP_SCRIPTS = '**/_app/immutable/**/*.js';
const FIRST_STATEMENT =
	'要深入学习贯彻习近平总书记关于主题教育一系列重要指示精神，以高度的政治责任感和使命感，巩固深化第一批主题教育成果，扎实开展第二批主题教育，确保全省整个主题教育取得最好成效。';

const marked = (page: Page, mark: string) =>
	page.evaluate((m) => performance.getEntriesByName(m).length > 0, mark);

async function clickRegion(w: Watched, code: string) {
	const box = await w.page.locator(`.svg path[data-code="${code}"]`).boundingBox();
	if (!box) throw new Error(`region ${code} is not drawn`);
	await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** A page whose console reports Content-Security-Policy violations into `violations`. */
async function pageWithoutApp(violations: string[]) {
	const w = await watchedPage(browser(), baseURL);
	w.page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	return w;
}

/**
 * The map page, ready, with the app's scripts held until `release` is called; `requested` lists
 * those asked for.
 */
async function heldPage(violations: string[] = []) {
	const w = await pageWithoutApp(violations);
	const requested: string[] = [];
	let release: () => void = () => {};
	const released = new Promise<void>((r) => (release = r));
	await w.page.route(APP_SCRIPTS, async (route) => {
		requested.push(route.request().url());
		await released;
		await route.continue();
	});
	await w.page.goto(baseURL + '/');
	await waitForMark(w.page, READY_MARK);
	return { w, requested, release };
}

describe('the map before the app has started', () => {
	it('is marked ready and opens, switches and closes panels with no app script at all', async () => {
		const violations: string[] = [];
		const w = await pageWithoutApp(violations);
		await w.page.route(APP_SCRIPTS, (route) => route.abort());
		await w.page.goto(baseURL + '/');
		await waitForMark(w.page, READY_MARK);
		expect(await marked(w.page, 'app:started')).toBe(false);

		await clickRegion(w, '140000');
		const panel = w.page.locator('.panel');
		await expect.poll(() => panel.getAttribute('data-region')).toBe('140000');
		const text = await panel.innerText();
		expect(text).toContain('2019年9月10日');
		expect(text).toContain('省委书记 骆惠宁');
		expect(text).toContain(FIRST_STATEMENT);
		expect(await w.page.locator('.side .lead').isVisible()).toBe(false);
		expect(await w.page.locator('[data-early-selected]').getAttribute('data-code')).toBe('140000');
		// Keyboard and screen reader users land on what they chose, as with the app's panel.
		await expect
			.poll(() => w.page.evaluate(() => document.activeElement?.closest('.panel')?.tagName))
			.toBe('ARTICLE');

		await clickRegion(w, '500000');
		await expect.poll(() => panel.getAttribute('data-region')).toBe('500000');
		expect(await panel.count()).toBe(1);
		expect(await w.page.locator('[data-early-selected]').getAttribute('data-code')).toBe('500000');

		await w.page.keyboard.press('Escape');
		expect(await panel.count()).toBe(0);
		expect(await w.page.locator('[data-early-selected]').count()).toBe(0);
		expect(await w.page.locator('.side .lead').isVisible()).toBe(true);

		// A region the article does not mention says so; its close button closes it.
		await clickRegion(w, '110000');
		expect(await panel.innerText()).toContain('本文未报道北京市的会议。');
		await panel.getByRole('button', { name: '关闭' }).click();
		expect(await panel.count()).toBe(0);

		expect(violations).toStrictEqual([]);
		await w.context.close();
	});

	it('hands a region clicked early to the app, which shows it, puts it in the URL and history', async () => {
		const violations: string[] = [];
		const { w, requested, release } = await heldPage(violations);
		await clickRegion(w, '140000');
		const panel = w.page.locator('.panel');
		await expect.poll(() => panel.getAttribute('data-region')).toBe('140000');
		// Reaching for the page (the click's pointer) has started the app, whose scripts are held.
		await expect.poll(() => requested.length).toBeGreaterThan(0);
		expect(await marked(w.page, 'app:started')).toBe(false);

		release();
		await w.page.waitForFunction(() => performance.getEntriesByName('app:started').length > 0);
		await expect.poll(() => new URL(w.page.url()).searchParams.get('region')).toBe('140000');
		expect(await panel.count()).toBe(1);
		expect(await panel.getAttribute('data-region')).toBe('140000');
		expect(await panel.innerText()).toContain(FIRST_STATEMENT);
		expect(
			await w.page
				.locator('[data-early-slot], template[data-early-panel], [data-early-selected]')
				.count()
		).toBe(0);
		expect(await w.page.locator('.svg path.selected').getAttribute('data-code')).toBe('140000');

		await w.page.goBack();
		await expect.poll(() => panel.count()).toBe(0);
		expect(w.errors).toStrictEqual([]);
		expect(violations).toStrictEqual([]);
		await w.context.close();
	});

	it('is the only inline script besides SvelteKit’s, each allowed by its hash', async () => {
		const response = await fetch(baseURL + '/');
		const html = await response.text();
		// SvelteKit's start script is held as text until the first paint, and run as it is.
		const held = [
			...html.matchAll(/<script type="text\/plain" data-held-start>([\s\S]*?)<\/script>/g)
		];
		expect(held).toHaveLength(1);
		expect(held[0]![1]).toContain('kit.start(');
		const inline = [
			...[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
			held[0]![1]!
		];
		const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
		const policy = response.headers.get('content-security-policy') ?? '';
		const scriptSrc = policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.find(([name]) => name === 'script-src');
		expect(inline).toHaveLength(2);
		expect(scriptSrc?.slice(1).sort()).toStrictEqual(["'self'", ...hashes].sort());
	});

	it('draws the side column and the words around the map a moment after it, moving nothing', async () => {
		const w = await watchedPage(browser(), baseURL);
		// Registered before the early script's observer, so it is told of the first paint first.
		await w.page.addInitScript(() => {
			new PerformanceObserver((list, observer) => {
				if (!list.getEntriesByName('first-contentful-paint').length) return;
				observer.disconnect();
				const drawn = (selector: string) =>
					!!document.querySelector(selector)?.checkVisibility({ visibilityProperty: true });
				Object.assign(window, {
					firstFrame: {
						map: drawn('.svg path'),
						legend: drawn('.legend'),
						masthead: drawn('.masthead'),
						title: drawn('.masthead h1'),
						timeline: drawn('.timeline'),
						days: drawn('.timeline li'),
						column: drawn('.side'),
						side: drawn('.side .lead')
					}
				});
			}).observe({ type: 'paint', buffered: true });
		});
		await w.page.goto(baseURL + '/');
		await waitForMark(w.page, READY_MARK);
		expect(
			await w.page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame)
		).toStrictEqual({
			map: true,
			legend: true,
			masthead: true,
			title: false,
			timeline: true,
			days: false,
			column: false,
			side: false
		});
		await expect.poll(() => w.page.locator('.side .lead').isVisible()).toBe(true);
		expect(await w.page.locator('.side').isVisible()).toBe(true);
		expect(await w.page.locator('.masthead h1').isVisible()).toBe(true);
		expect(await w.page.locator('.timeline li').first().isVisible()).toBe(true);
		const shifted = await w.page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let sum = 0;
					new PerformanceObserver((list) => {
						for (const e of list.getEntries()) sum += (e as unknown as { value: number }).value;
					}).observe({ type: 'layout-shift', buffered: true });
					requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
				})
		);
		expect(shifted).toBe(0);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('draws the side column with the map where there is no JavaScript', async () => {
		const w = await watchedPage(browser(), baseURL, { javaScriptEnabled: false });
		await w.page.goto(baseURL + '/');
		expect(await w.page.locator('.svg path').first().isVisible()).toBe(true);
		expect(await w.page.locator('.side .lead').isVisible()).toBe(true);
		await w.context.close();
	});

	it('asks for none of the app’s scripts before the map is on screen', async () => {
		const violations: string[] = [];
		const w = await pageWithoutApp(violations);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const [ready, starts] = await w.page.evaluate(() => [
			performance.getEntriesByName('map:ready')[0]!.startTime,
			performance
				.getEntriesByType('resource')
				.filter((e) => e.name.includes('/_app/immutable/') && e.name.endsWith('.js'))
				.map((e) => e.startTime)
		]);
		expect((starts as number[]).length).toBeGreaterThan(0);
		expect(Math.min(...(starts as number[]))).toBeGreaterThanOrEqual(ready as number);
		expect(w.errors).toStrictEqual([]);
		expect(violations).toStrictEqual([]);
		await w.context.close();
	});
});

describe('the app’s start', () => {
	it('waits for someone to reach for the page, and clicks a button clicked before it again', async () => {
		const { w, requested, release } = await heldPage();
		// Looked at only: nothing of the app is fetched.
		await w.page.waitForTimeout(800);
		expect(requested).toStrictEqual([]);

		await w.page.getByRole('button', { name: 'Switch to English' }).click();
		await expect.poll(() => requested.length).toBeGreaterThan(0);
		expect(await marked(w.page, 'app:started')).toBe(false);
		release();
		await w.page.waitForFunction(() => performance.getEntriesByName('app:started').length > 0);
		await expect.poll(() => new URL(w.page.url()).searchParams.get('lang')).toBe('en');
		await expect.poll(() => w.page.locator('html').getAttribute('lang')).toBe('en');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('gives it a shortcut pressed before it started', async () => {
		const { w, release } = await heldPage();
		await w.page.keyboard.press('p');
		release();
		await w.page.waitForFunction(() => performance.getEntriesByName('app:started').length > 0);
		await expect.poll(() => new URL(w.page.url()).searchParams.get('mode')).toBe('present');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('keeps what was typed into the search before it started, and searches it', async () => {
		const { w, release } = await heldPage();
		await w.page.locator('#explore-search').click();
		await w.page.keyboard.type('骆惠宁');
		release();
		await w.page.waitForFunction(() => performance.getEntriesByName('app:started').length > 0);
		await expect.poll(() => new URL(w.page.url()).searchParams.get('q')).toBe('骆惠宁');
		expect(await w.page.inputValue('#explore-search')).toBe('骆惠宁');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
