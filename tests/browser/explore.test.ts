import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapReady, useBrowser, watchedPage, webglReady, type Watched } from './chromium';

const baseURL = inject('baseURL');
const browser = useBrowser();
/** A Chromium without WebGL: the SVG map stays the map. */
const noGl = useBrowser(['--disable-webgl', '--disable-3d-apis']);

const SAME_DAY = ['140000', '150000', '350000', '410000', '450000']; // 9月10日
const YIDAOQIE = ['330000', '350000', '500000']; // “一刀切”
const LIANGGE = ['330000', '410000', '530000']; // “两个维护”

/** Where an element is drawn; the SVG map's paths keep their geometry under the WebGL map. */
async function centerOf(page: Page, selector: string) {
	const box = await page.locator(selector).first().boundingBox();
	if (!box) throw new Error(`${selector} is not drawn`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/** The regions lit on the map, read from the SVG map, which both renderers' styles come from. */
const litCodes = (page: Page) =>
	page.$$eval('.svg path.highlighted', (ps) => ps.map((p) => p.getAttribute('data-code')).sort());
const dimmedCount = (page: Page) => page.locator('.svg path.dimmed').count();
const panelRegion = (page: Page) => page.locator('.panel').getAttribute('data-region');
const marks = (page: Page) => page.locator('.panel mark').allInnerTexts();

/** The two renderers: the WebGL map in a normal Chromium, the SVG map where WebGL is off. */
const renderers = [
	{ name: 'WebGL', browser, ready: webglReady },
	{ name: 'SVG', browser: noGl, ready: mapReady }
] as const;

async function open(which: (typeof renderers)[number], path = '/', options = {}): Promise<Watched> {
	const w = await watchedPage(which.browser(), baseURL, options);
	await w.page.goto(baseURL + path);
	await which.ready(w.page);
	if (which.name === 'SVG') {
		// Give MapView the moment in which it would have loaded the WebGL map.
		await w.page.waitForTimeout(600);
		expect(await w.page.getAttribute('.map-view', 'data-renderer')).toBe('svg');
	}
	return w;
}

async function done(w: Watched) {
	expect(w.errors).toStrictEqual([]);
	expect(w.offsite).toStrictEqual([]);
	await w.context.close();
}

describe.each(renderers)('the $name map', (which) => {
	it('shows a card with the name, date and official by the mouse, and hides it off the map', async () => {
		const w = await open(which);
		const shanxi = await centerOf(w.page, '.svg path[data-code="140000"]');
		await w.page.mouse.move(shanxi.x, shanxi.y, { steps: 3 });
		const card = w.page.locator('.hover-card');
		await expect.poll(() => card.getAttribute('data-code')).toBe('140000');
		const text = await card.innerText();
		expect(text).toContain('山西');
		expect(text).toContain('2019年9月10日');
		expect(text).toMatch(/省委书记\s*骆惠宁/);
		// Near the pointer, not across the page.
		const box = (await card.boundingBox())!;
		expect(Math.abs(box.x - shanxi.x)).toBeLessThan(box.width + 30);
		expect(Math.abs(box.y - shanxi.y)).toBeLessThan(box.height + 30);
		if (which.name === 'SVG') expect(await w.page.locator('.svg path.hover').count()).toBe(1);

		const sichuan = await centerOf(w.page, '.svg path[data-code="510000"]');
		await w.page.mouse.move(sichuan.x, sichuan.y, { steps: 3 });
		await expect.poll(() => card.getAttribute('data-code')).toBe('510000');
		expect(await card.innerText()).toContain('文中未提及');

		const side = await centerOf(w.page, '.side');
		await w.page.mouse.move(side.x, side.y, { steps: 3 });
		await card.waitFor({ state: 'detached' });
		await done(w);
	});

	it('selects a province with a tap, and shows no hover card for a finger', async () => {
		const w = await open(which, '/', { hasTouch: true });
		const shanxi = await centerOf(w.page, '.svg path[data-code="140000"]');
		await w.page.touchscreen.tap(shanxi.x, shanxi.y);
		await expect.poll(() => panelRegion(w.page)).toBe('140000');
		expect(await w.page.locator('.hover-card').count()).toBe(0);
		await done(w);
	});

	it('hits 澳门 and 香港 at their callout labels, on their shapes and beside them', async () => {
		const w = await open(which);
		const label = which.name === 'SVG' ? '.svg text' : '.gl span';
		const targets = [
			{ code: '820000', at: await centerOf(w.page, `${label}[data-code="820000"]`) },
			{ code: '810000', at: await centerOf(w.page, `${label}[data-code="810000"]`) },
			{ code: '820000', at: await centerOf(w.page, '.svg path[data-code="820000"]') }
		];
		// In the sea a few pixels below 香港's shape, and a few left of 澳门's, in 珠海.
		const hk = (await centerOf(w.page, '.svg path[data-code="810000"]')).box;
		const mo = (await centerOf(w.page, '.svg path[data-code="820000"]')).box;
		targets.push({
			code: '810000',
			at: { x: hk.x + hk.width / 2, y: hk.y + hk.height + 4, box: hk }
		});
		targets.push({ code: '820000', at: { x: mo.x - 4, y: mo.y + mo.height / 2, box: mo } });
		for (const { code, at } of targets) {
			await w.page.mouse.click(at.x, at.y);
			await expect.poll(() => panelRegion(w.page)).toBe(code);
			await w.page.keyboard.press('Escape');
			await w.page.locator('.panel').waitFor({ state: 'detached' });
		}
		await done(w);
	});

	it('shows a search’s counts on the labels of the provinces found', async () => {
		const w = await open(which, `/?q=${encodeURIComponent('一刀切')}`);
		const label = which.name === 'SVG' ? '.svg text' : '.gl span';
		const zhejiang = w.page.locator(label, { hasText: '浙江' });
		await expect.poll(() => zhejiang.textContent()).toContain('1 处');
		expect(await w.page.locator(label, { hasText: '1 处' }).count()).toBe(YIDAOQIE.length);
		await done(w);
	});

	it('hits 澳门 with a finger beside it', async () => {
		const w = await open(which, '/', { hasTouch: true });
		const mo = (await centerOf(w.page, '.svg path[data-code="820000"]')).box;
		// West of it, over 珠海's coast: 香港 lies east.
		await w.page.touchscreen.tap(mo.x - 10, mo.y + mo.height / 2);
		await expect.poll(() => panelRegion(w.page)).toBe('820000');
		await done(w);
	});
});

describe('the timeline', () => {
	it('lights a day’s provinces, lists them, and marks the selected one', async () => {
		const w = await open(renderers[1]);
		const column = w.page.locator('.timeline li[data-date="2019-09-10"]');
		const regions = await column
			.locator('button.region')
			.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-code')).sort());
		expect(regions).toStrictEqual(SAME_DAY);

		// Pointing previews, clicking keeps it lit, as the legend's entry does.
		await column.locator('button.day').hover();
		await expect.poll(() => litCodes(w.page)).toStrictEqual(SAME_DAY);
		await column.locator('button.day').click();
		const side = await centerOf(w.page, '.side');
		await w.page.mouse.move(side.x, side.y);
		await expect.poll(() => litCodes(w.page)).toStrictEqual(SAME_DAY);
		expect(await dimmedCount(w.page)).toBe(34 - SAME_DAY.length);
		expect(await column.locator('button.day').getAttribute('aria-pressed')).toBe('true');
		const legend = w.page.locator('.legend button', { hasText: '9月10日' });
		expect(await legend.getAttribute('aria-pressed')).toBe('true');

		await column.locator('button.region[data-code="350000"]').click();
		await expect.poll(() => panelRegion(w.page)).toBe('350000');
		const chosen = column.locator('button.region[aria-current="true"]');
		expect(await chosen.getAttribute('data-code')).toBe('350000');
		expect(await w.page.locator('.timeline .tick.here').count()).toBe(1);
		expect(await column.locator('.tick.here').count()).toBe(1);

		await column.locator('button.day').click();
		await w.page.mouse.move(side.x, side.y);
		await expect.poll(() => litCodes(w.page)).toStrictEqual([]);
		await done(w);
	});

	it('fits under the map at 1024×768 with every day and province visible', async () => {
		const w = await open(renderers[1], '/', { viewport: { width: 1024, height: 768 } });
		const timeline = (await w.page.locator('.timeline').boundingBox())!;
		expect(timeline.y + timeline.height).toBeLessThanOrEqual(768);
		const map = (await w.page.locator('.map-area').boundingBox())!;
		expect(map.height).toBeGreaterThan(400);
		for (const b of await w.page.locator('.timeline button').all()) {
			const box = (await b.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(timeline.x + timeline.width);
		}
		await done(w);
	});
});

describe('search', () => {
	it('lights the provinces that say it, counts on their labels, and marks it in the panel', async () => {
		const w = await open(renderers[1]);
		const input = w.page.getByRole('searchbox', { name: '搜索讲话' });
		await input.click();
		await w.page.keyboard.type('一刀切');
		await expect.poll(() => new URL(w.page.url()).searchParams.get('q')).toBe('一刀切');
		expect(await input.inputValue()).toBe('一刀切');
		await expect.poll(() => litCodes(w.page)).toStrictEqual(YIDAOQIE);
		expect(await w.page.locator('.explore [role="status"]').innerText()).toContain(
			'“一刀切”：3 处，3 个省份'
		);
		expect(await w.page.locator('.svg text', { hasText: '浙江' }).textContent()).toContain('1 处');

		await w.page.locator('.explore .found button[data-code="500000"]').click();
		await expect.poll(() => panelRegion(w.page)).toBe('500000');
		expect(await marks(w.page)).toStrictEqual(['一刀切']);

		// One history entry for the search, not one per keystroke.
		await w.page.goBack();
		await expect.poll(() => w.page.locator('.panel').count()).toBe(0);
		await w.page.goBack();
		await expect.poll(() => new URL(w.page.url()).searchParams.has('q')).toBe(false);
		await expect.poll(() => input.inputValue()).toBe('');
		expect(await litCodes(w.page)).toStrictEqual([]);
		await done(w);
	});

	it('matches officials’ names and meeting names too, and says when nothing is found', async () => {
		const w = await open(renderers[1], `/?q=${encodeURIComponent('骆惠宁')}&region=140000`);
		expect(await litCodes(w.page)).toStrictEqual(['140000']);
		expect(await marks(w.page)).toStrictEqual(['骆惠宁']);
		await w.page.goto(`${baseURL}/?q=${encodeURIComponent('乡村振兴')}`);
		await mapReady(w.page);
		expect(await w.page.locator('.explore [role="status"]').innerText()).toContain(
			'没有找到“乡村振兴”'
		);
		expect(await litCodes(w.page)).toStrictEqual([]);
		await done(w);
	});

	it('keeps the query in the URL, in English too', async () => {
		const w = await open(renderers[1], `/?lang=en&q=${encodeURIComponent('一刀切')}&region=330000`);
		expect(await w.page.getByRole('searchbox').inputValue()).toBe('一刀切');
		expect(await litCodes(w.page)).toStrictEqual(YIDAOQIE);
		// Zhejiang's label, by its name or, where the name has no room beside Shanghai, its code.
		const zhejiang = w.page.locator('.svg text', { hasText: /^(?:Zhejiang|ZJ)(?![A-Za-z])/ });
		expect(await zhejiang.textContent()).toContain('1 match');
		expect(await w.page.locator('.explore [role="status"]').innerText()).toContain(
			'“一刀切”: 3 matches in 3 provinces'
		);
		expect(await marks(w.page)).toStrictEqual(['一刀切']);
		await done(w);
	});

	it('does not search while an IME is composing, only once the characters are chosen', async () => {
		const w = await open(renderers[1]);
		const input = w.page.getByRole('searchbox');
		await input.focus();
		const cdp = await w.context.newCDPSession(w.page);
		await cdp.send('Input.imeSetComposition', { text: 'yi', selectionStart: 2, selectionEnd: 2 });
		await cdp.send('Input.imeSetComposition', {
			text: 'yidao',
			selectionStart: 5,
			selectionEnd: 5
		});
		expect(await input.inputValue()).toBe('yidao');
		await w.page.waitForTimeout(300);
		expect(new URL(w.page.url()).searchParams.has('q')).toBe(false);
		expect(await litCodes(w.page)).toStrictEqual([]);
		await cdp.send('Input.insertText', { text: '一刀' });
		await expect.poll(() => new URL(w.page.url()).searchParams.get('q')).toBe('一刀');
		await expect.poll(() => litCodes(w.page)).toStrictEqual(YIDAOQIE);
		await done(w);
	});
});

describe('quoted phrases', () => {
	it('lists the phrases with how many provinces quote them, lights and marks the one chosen', async () => {
		const w = await open(renderers[1], `/?q=${encodeURIComponent('主题')}`);
		const chip = w.page.locator('.phrases button', { hasText: '两个维护' }).first();
		expect((await chip.innerText()).replace(/\s+/g, ' ')).toContain('两个维护 3');
		await chip.click();
		await expect.poll(() => new URL(w.page.url()).searchParams.get('phrase')).toBe('两个维护');
		// A phrase replaces a search.
		expect(new URL(w.page.url()).searchParams.has('q')).toBe(false);
		expect(await w.page.getByRole('searchbox').inputValue()).toBe('');
		await expect.poll(() => litCodes(w.page)).toStrictEqual(LIANGGE);
		expect(await chip.getAttribute('aria-pressed')).toBe('true');

		await w.page.locator('.explore .found button[data-code="410000"]').click();
		await expect.poll(() => panelRegion(w.page)).toBe('410000');
		expect(await marks(w.page)).toStrictEqual(['“两个维护”']);

		await chip.click();
		await expect.poll(() => new URL(w.page.url()).searchParams.has('phrase')).toBe(false);
		expect(await litCodes(w.page)).toStrictEqual([]);
		expect(await marks(w.page)).toStrictEqual([]);
		await done(w);
	});

	it('marks only the quoted phrase, and opens the rest of the list for a rare one', async () => {
		// “守初心” is quoted once, by 河南; 湖北's 坚守初心 and 贵州's longer quote are not the phrase.
		const w = await open(renderers[1], `/?phrase=${encodeURIComponent('守初心')}&region=410000`);
		expect(await litCodes(w.page)).toStrictEqual(['410000']);
		expect(await marks(w.page)).toStrictEqual(['“守初心”']);
		expect(await w.page.locator('.phrases details').getAttribute('open')).not.toBeNull();
		await done(w);
	});
});
