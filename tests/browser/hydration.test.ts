import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { READY_MARK, STARTED_MARK } from '../../src/lib/map/ready';
import { mapReady, useBrowser, waitForMark, watchedPage, type Watched } from './chromium';

const baseURL = inject('baseURL');
const browser = useBrowser();

const APP_SCRIPTS = '**/_app/immutable/**/*.js';
const FIRST_STATEMENT =
	'要深入学习贯彻习近平总书记关于主题教育一系列重要指示精神，以高度的政治责任感和使命感，巩固深化第一批主题教育成果，扎实开展第二批主题教育，确保全省整个主题教育取得最好成效。';

const params = (page: Page) => new URL(page.url()).searchParams;

async function clickRegion(w: Watched, code: string) {
	const box = await w.page.locator(`.svg path[data-code="${code}"]`).boundingBox();
	if (!box) throw new Error(`region ${code} is not drawn`);
	await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** A page on which the app never starts: its scripts are refused, or JavaScript is off. */
async function pageWithoutApp(how: 'no app scripts' | 'no JavaScript'): Promise<Watched> {
	const w = await watchedPage(browser(), baseURL, { javaScriptEnabled: how === 'no app scripts' });
	if (how === 'no app scripts') await w.page.route(APP_SCRIPTS, (route) => route.abort());
	return w;
}

describe('the map before the app has started, or without it', () => {
	it.each(['no app scripts', 'no JavaScript'] as const)(
		'opens and switches a region’s panel by its link on the map (%s)',
		async (how) => {
			const w = await pageWithoutApp(how);
			await w.page.goto(baseURL + '/?lang=en&q=%E4%B8%BB%E9%A2%98%E6%95%99%E8%82%B2');
			await clickRegion(w, '140000');
			await w.page.waitForURL(/region=140000/);
			const panel = w.page.locator('.panel');
			expect(await panel.getAttribute('data-region')).toBe('140000');
			const text = await panel.innerText();
			expect(text).toContain('10 September 2019');
			expect(text).toContain(FIRST_STATEMENT);
			// The link kept the page's language and search, which the server's page shows.
			expect(Object.fromEntries(params(w.page))).toStrictEqual({
				lang: 'en',
				q: '主题教育',
				region: '140000'
			});
			expect(await panel.locator('mark').first().innerText()).toBe('主题教育');
			expect(await w.page.locator('.svg path.selected').getAttribute('data-code')).toBe('140000');

			await clickRegion(w, '500000');
			await w.page.waitForURL(/region=500000/);
			expect(await panel.getAttribute('data-region')).toBe('500000');
			await w.page.goBack();
			expect(await panel.getAttribute('data-region')).toBe('140000');
			await w.context.close();
		}
	);

	it('opens a tiny region from its callout label, and presents from the header’s link', async () => {
		const w = await pageWithoutApp('no JavaScript');
		await w.page.goto(baseURL + '/');
		await w.page.locator('.svg text.callout[data-code="820000"]').click();
		await w.page.waitForURL(/region=820000/);
		expect(await w.page.locator('.panel').getAttribute('data-region')).toBe('820000');
		await w.page.getByRole('link', { name: '演示' }).click();
		await w.page.waitForURL(/mode=present/);
		expect(await w.page.locator('.presenter').count()).toBe(1);
		await w.context.close();
	});

	it('keeps the map’s links out of the keyboard’s way: the region list is its way in', async () => {
		const w = await pageWithoutApp('no JavaScript');
		await w.page.goto(baseURL + '/');
		const links = await w.page.$$eval('.svg a[href]', (as) =>
			as.map((a) => [a.getAttribute('tabindex'), a.getAttribute('href')])
		);
		// The 34 regions, and the labels of the tiny ones beside them.
		const callouts = await w.page.locator('.svg text.callout').count();
		expect(callouts).toBeGreaterThan(0);
		expect(links).toHaveLength(34 + callouts);
		expect(links.filter(([tabindex]) => tabindex !== '-1')).toStrictEqual([]);
		expect(await w.page.locator('.region-list a').count()).toBe(34);
		await w.context.close();
	});
});

describe('the app’s start', () => {
	it('comes on its own after the first paint, with no input, and is marked', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await waitForMark(w.page, STARTED_MARK);
		const [paint, ready, started] = await w.page.evaluate(
			([r, s]) =>
				['first-contentful-paint', r!, s!].map(
					(n) => performance.getEntriesByName(n)[0]!.startTime
				),
			[READY_MARK, STARTED_MARK]
		);
		expect(ready).toBe(paint);
		expect(started).toBeGreaterThan(paint!);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('hands the map’s clicks to the router: the same page, the URL and history follow', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/?lang=en');
		await mapReady(w.page);
		await w.page.evaluate(() => Object.assign(window, { samePage: true }));
		await clickRegion(w, '140000');
		const panel = w.page.locator('.panel');
		await expect.poll(() => panel.getAttribute('data-region')).toBe('140000');
		await expect.poll(() => params(w.page).get('region')).toBe('140000');
		expect(params(w.page).get('lang')).toBe('en');
		await clickRegion(w, '500000');
		await expect.poll(() => params(w.page).get('region')).toBe('500000');
		await w.page.goBack();
		await expect.poll(() => panel.getAttribute('data-region')).toBe('140000');
		expect(await w.page.evaluate(() => 'samePage' in window)).toBe(true);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('draws the title, navigation, search and timeline with the whole map in the first frame, moving nothing', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.addInitScript(() => {
			new PerformanceObserver((list, observer) => {
				if (!list.getEntriesByName('first-contentful-paint').length) return;
				observer.disconnect();
				const drawn = (selector: string) =>
					[...document.querySelectorAll(selector)].filter((e) =>
						e.checkVisibility({ visibilityProperty: true })
					).length;
				Object.assign(window, {
					firstFrame: {
						regions: drawn('.svg path[data-code]'),
						labels: drawn('.svg .labels text'),
						title: drawn('.masthead h1'),
						pages: drawn('.masthead nav a'),
						search: drawn('#explore-search'),
						days: drawn('.timeline > ol > li'),
						legend: drawn('.legend'),
						list: drawn('.region-list a')
					}
				});
			}).observe({ type: 'paint', buffered: true });
		});
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		expect(
			await w.page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame)
		).toStrictEqual({
			regions: 34,
			labels: 34,
			title: 1,
			pages: 4,
			search: 1,
			days: 5,
			legend: 1,
			list: 34
		});
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

	it('fetches the presenter’s code only once the page presents', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		// Scripts asked for between P and the presenter's appearance: its code, or nothing.
		const asked = w.page.evaluate(
			() =>
				new Promise<string[]>((resolve) => {
					const pressed = performance.now();
					new MutationObserver((_, observer) => {
						if (!document.querySelector('.presenter')) return;
						observer.disconnect();
						const shown = performance.now();
						resolve(
							performance
								.getEntriesByType('resource')
								.filter((e) => e.startTime >= pressed && e.startTime <= shown)
								.map((e) => e.name)
								.filter((name) => name.endsWith('.js'))
						);
					}).observe(document.body, { childList: true, subtree: true });
				})
		);
		await w.page.keyboard.press('p');
		expect((await asked).length).toBeGreaterThan(0);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('has SvelteKit’s start script as its only inline script, allowed by its hash', async () => {
		const response = await fetch(baseURL + '/');
		const html = await response.text();
		const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
		expect(inline).toHaveLength(1);
		expect(html.match(/<script\b/g)).toHaveLength(1);
		const hash = `'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`;
		const scriptSrc = (response.headers.get('content-security-policy') ?? '')
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.find(([name]) => name === 'script-src');
		expect(scriptSrc?.slice(1).sort()).toStrictEqual(["'self'", hash].sort());
	});

	it.each(['/', '/?mode=present', '/compare?regions=140000,500000', '/source'])(
		'logs no missing render-blocking element on %s: the first paint’s wait finds its own',
		async (path) => {
			const w = await watchedPage(browser(), baseURL);
			const logged: string[] = [];
			w.page.on('console', (m) => {
				if (/Did not find|expect/i.test(m.text())) logged.push(m.text());
			});
			await w.page.goto(baseURL + path);
			await waitForMark(w.page, STARTED_MARK);
			expect(logged).toStrictEqual([]);
			expect(w.errors).toStrictEqual([]);
			await w.context.close();
		}
	);
});
