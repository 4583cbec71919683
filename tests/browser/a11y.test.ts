import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { mapReady, useBrowser, watchedPage, webglReady } from './chromium';

const baseURL = inject('baseURL');
const browser = useBrowser();
// The WebGL map, drawn by SwiftShader on two cores, may take most of the default 30 s to appear.
const SLOW = 60_000;

const DESCRIPTION =
	'中国34个省级行政区地图，其中11个按会议日期着色。9月8日：重庆、贵州；9月9日：浙江、湖北；' +
	'9月10日：山西、内蒙古、福建、河南、广西；9月11日：新疆；9月12日：云南。';

describe('axe-core finds no serious or critical violations', { timeout: SLOW }, () => {
	it.each([
		{ name: 'on the map page, once the WebGL map has taken over', path: '/', webgl: true },
		{ name: 'on the map page with 山西 open', path: '/?region=140000', webgl: false },
		{ name: 'on the map page in English', path: '/?lang=en&region=500000', webgl: false },
		{ name: 'on the compare page with two provinces', path: '/compare?regions=140000,500000' },
		{ name: 'on the compare page with nothing chosen', path: '/compare' },
		{ name: 'on the source page', path: '/source#p-3' },
		{
			name: 'on the library, with its checkboxes and the form for your own article',
			path: '/library'
		}
	])('$name', async ({ path, webgl }) => {
		// The app's CSP forbids inline scripts, and axe is injected as one.
		const w = await watchedPage(browser(), baseURL, { bypassCSP: true });
		await w.page.goto(baseURL + path);
		if (webgl) await webglReady(w.page);
		else if (path.startsWith('/?')) await mapReady(w.page);
		expect(await axeViolations(w.page)).toStrictEqual([]);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('the keyboard', { timeout: SLOW }, () => {
	it('reaches a province by Tab, opens it with Enter, and every stop on the way shows focus', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const stops: { text: string; outline: string }[] = [];
		for (let i = 0; i < 80; i++) {
			await w.page.keyboard.press('Tab');
			const stop = await w.page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const style = getComputedStyle(el);
				return {
					text: (el.innerText || el.getAttribute('aria-label') || el.tagName).trim(),
					outline: `${style.outlineStyle} ${style.outlineWidth}`,
					inList: !!el.closest('.region-list')
				};
			});
			stops.push({ text: stop.text, outline: stop.outline });
			if (stop.inList && stop.text.startsWith('山西')) break;
		}
		expect(stops.at(-1)?.text).toMatch(/^山西/);
		// :focus-visible draws a 3px outline; no stop may hide it.
		expect(stops.filter((s) => !/^solid [2-9]/.test(s.outline))).toStrictEqual([]);
		await w.page.keyboard.press('Enter');
		await w.page.locator('.panel[data-region="140000"]').waitFor();
		// Keyboard users land on what they chose.
		await expect.poll(() => w.page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('the map in words', { timeout: SLOW }, () => {
	it('describes the map to screen readers, on the SVG map and then on the WebGL map', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const svg = w.page.locator('.svg svg');
		expect(await svg.getAttribute('role')).toBe('graphics-document');
		expect(await svg.getAttribute('aria-label')).toBe(DESCRIPTION);
		await webglReady(w.page);
		// The SVG map is now hidden from assistive technology; the canvas says it instead.
		expect(await w.page.locator('.gl canvas').getAttribute('aria-label')).toBe(DESCRIPTION);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('never tells the date by color alone: every colored province’s label carries its date', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const labels = await w.page
			.locator('.svg .labels text.mentioned')
			.evaluateAll((ts) => ts.map((t) => t.textContent));
		expect(labels).toHaveLength(11);
		expect(labels.filter((l) => !/\d+月\d+日$/.test(l ?? ''))).toStrictEqual([]);
		expect(labels).toContain('山西9月10日');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
