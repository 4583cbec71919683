import { describe, expect, inject, it } from 'vitest';
import { mapReady, useBrowser, watchedPage, webglReady } from './chromium';

const baseURL = inject('baseURL');
const browser = useBrowser();
// The WebGL map, drawn by SwiftShader on two cores, may take most of the default 30 s to appear.
const SLOW = 60_000;

const htmlLang = (w: { page: import('playwright-core').Page }) =>
	w.page.evaluate(() => document.documentElement.lang);

describe('the interface in English', { timeout: SLOW }, () => {
	it('switches the interface, names and map labels to English; the statements stay Chinese', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		expect(await htmlLang(w)).toBe('zh-Hans');
		await w.page.getByRole('link', { name: 'Switch to English' }).click();
		await w.page.waitForURL(/[?&]lang=en/);
		await expect.poll(() => htmlLang(w)).toBe('en');

		expect(await w.page.locator('.legend h2').innerText()).toBe('Meeting date');
		expect(await w.page.locator('.hint').innerText()).toMatch(/^Click a province on the map/);
		expect(await w.page.getByRole('link', { name: 'Compare' }).count()).toBe(1);
		const list = await w.page.locator('.region-list .mentioned li').allInnerTexts();
		expect(list.map((t) => t.replace(/\s+/g, ' ').trim())).toContain('Shanxi 10 Sep');
		const svgLabels = await w.page
			.locator('.svg .labels text')
			.evaluateAll((ts) => ts.map((t) => t.textContent));
		expect(svgLabels).toContain('Shanxi10 Sep');
		expect(svgLabels).toContain('Beijing');

		await w.page.locator('.region-list').getByText('Shanxi').click();
		const panel = w.page.locator('.panel[data-region="140000"]');
		await panel.waitFor();
		expect(await panel.locator('h2').innerText()).toContain('Shanxi');
		expect(await panel.locator('.date').innerText()).toBe('10 September 2019');
		expect(await panel.locator('.official').innerText()).toBe('Party Secretary Luo Huining');
		expect(await panel.locator('.statements .verb').allInnerTexts()).toStrictEqual([
			'pointed out',
			'stressed'
		]);
		expect(await panel.locator('.note').innerText()).toBe(
			'What was said is quoted in the original Chinese.'
		);
		const statement = panel.locator('.statements p').first();
		expect(await statement.innerText()).toMatch(/^要深入学习贯彻习近平总书记/);
		expect(await statement.getAttribute('lang')).toBe('zh-Hans');
		expect(await panel.locator('.statements a.source').first().innerText()).toBe('Article ¶1');

		await w.page.getByRole('link', { name: '切换到中文' }).click();
		await expect.poll(() => htmlLang(w)).toBe('zh-Hans');
		expect(await w.page.locator('.panel h2').innerText()).toContain('山西');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('labels the WebGL map and its zoom buttons in English too', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/?lang=en');
		await webglReady(w.page);
		const labels = await w.page.locator('.gl .labels span').allInnerTexts();
		expect(labels.map((t) => t.replace(/\s+/g, ' '))).toContain('Shanxi 10 Sep');
		expect(labels).toContain('Beijing');
		const zoomIn = w.page.locator('.maplibregl-ctrl-zoom-in');
		expect(await zoomIn.getAttribute('aria-label')).toBe('Zoom in');
		// Switching language relabels the zoom buttons of the map already made.
		await w.page.getByRole('link', { name: '切换到中文' }).click();
		await expect.poll(() => zoomIn.getAttribute('aria-label')).toBe('放大');
		expect(await w.page.locator('.maplibregl-ctrl-zoom-out').getAttribute('title')).toBe('缩小');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('carries the language to the source and compare pages, and back', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/compare?regions=140000,500000&lang=en');
		expect(await htmlLang(w)).toBe('en');
		expect(await w.page.locator('h1').innerText()).toBe('Compare provinces side by side');
		expect(await w.page.locator('thead th').allInnerTexts()).toEqual([
			'Said',
			expect.stringMatching(/^Shanxi\s+10 September 2019\s+Party Secretary Luo Huining$/),
			expect.stringMatching(/^Chongqing\s+8 September 2019\s+Party Secretary Chen Min'er$/)
		]);
		expect(await w.page.locator('tbody th').allInnerTexts()).toStrictEqual([
			'pointed out',
			'stressed',
			'called for'
		]);
		await w.page.getByRole('link', { name: '切换到中文' }).click();
		await w.page.waitForURL(`${baseURL}/compare?regions=140000,500000`);
		await expect.poll(() => htmlLang(w)).toBe('zh-Hans');
		expect(await w.page.locator('h1').innerText()).toBe('并排比较各省讲话');
		await w.page.goto(baseURL + '/source?lang=en');
		expect(await htmlLang(w)).toBe('en');
		expect(await w.page.locator('#p-0 .number').innerText()).toBe('Lead');
		expect(await w.page.locator('h1').getAttribute('lang')).toBe('zh-Hans');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('the presenter in English', { timeout: SLOW }, () => {
	it('glosses the office, the speech verbs and the name, and keeps the statements Chinese', async () => {
		const w = await watchedPage(browser(), baseURL, { viewport: { width: 1920, height: 1080 } });
		await w.page.goto(baseURL + '/?mode=present&region=500000&lang=en');
		const slide = w.page.locator('.slide.meeting[data-region="500000"]');
		await slide.waitFor();
		expect(await slide.locator('.official').innerText()).toBe("Party Secretary Chen Min'er");
		expect(await slide.locator('.verb').allInnerTexts()).toStrictEqual([
			'pointed out',
			'stressed',
			'called for'
		]);
		expect(await slide.locator('.note').innerText()).toBe(
			'What was said is quoted in the original Chinese.'
		);
		expect(await slide.locator('.statements p').first().getAttribute('lang')).toBe('zh-Hans');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
