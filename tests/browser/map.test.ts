import { describe, expect, inject, it } from 'vitest';
import { mapReady, useBrowser, watchedPage, webglReady, type Watched } from './chromium';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** Where a region's path is drawn on screen, to click it as a user would. */
async function centerOf(w: Watched, code: string) {
	const box = await w.page.locator(`.svg path[data-code="${code}"]`).boundingBox();
	if (!box) throw new Error(`region ${code} is not drawn`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('the map page', () => {
	it('draws the borders just under one screen pixel (hairlines), on a laptop, a projector and a phone', async () => {
		for (const viewport of [
			{ width: 1280, height: 800 },
			{ width: 1920, height: 1080 },
			{ width: 390, height: 844 }
		]) {
			const w = await watchedPage(browser(), baseURL, { viewport });
			await w.page.goto(baseURL + '/');
			await mapReady(w.page);
			// The stroke's width in map units, times the map's scale on screen.
			const width = await w.page.$eval('.svg path[data-code="140000"]', (p) => {
				const svg = (p as SVGPathElement).ownerSVGElement!;
				return parseFloat(getComputedStyle(p).strokeWidth) * svg.getScreenCTM()!.a;
			});
			// Over one pixel, the browser strokes each border as a polygon: far slower to draw.
			expect(width, `${viewport.width}×${viewport.height}`).toBeGreaterThan(0.85);
			expect(width, `${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(1);
			await w.context.close();
		}
	});

	it('shows all 34 regions, the 11 of the article in their day colors, and a legend', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		const fills = await w.page.$$eval('.svg path[data-code]', (ps) =>
			ps.map((p) => p.getAttribute('fill'))
		);
		expect(fills).toHaveLength(34);
		const colors = new Set(fills);
		// five meeting days and the neutral of unmentioned regions
		expect(colors.size).toBe(6);
		const legend = await w.page.locator('.legend li').allInnerTexts();
		expect(legend.map((t) => t.replace(/\s+/g, ' ').trim())).toStrictEqual([
			'9月8日 2 个',
			'9月9日 2 个',
			'9月10日 5 个',
			'9月11日 1 个',
			'9月12日 1 个',
			'文中未提及 23 个'
		]);
		expect(w.errors).toStrictEqual([]);
		expect(w.offsite).toStrictEqual([]);
		await w.context.close();
	});

	it('opens 山西 with 骆惠宁 and his first statement when 山西 is clicked on the WebGL map', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await webglReady(w.page);
		// 山西 is a compact province: the center of its bounding box lies inside it.
		const { x, y } = await centerOf(w, '140000');
		await w.page.mouse.click(x, y);
		const panel = w.page.locator('.panel');
		await panel.waitFor();
		await expect.poll(() => panel.getAttribute('data-region')).toBe('140000');
		const text = await panel.innerText();
		expect(text).toContain('2019年9月10日');
		expect(text).toContain('省委书记 骆惠宁');
		expect(text).toContain(
			'要深入学习贯彻习近平总书记关于主题教育一系列重要指示精神，以高度的政治责任感和使命感，巩固深化第一批主题教育成果，扎实开展第二批主题教育，确保全省整个主题教育取得最好成效。'
		);
		// The URL follows the panel a frame later (afterNextPaint).
		await expect.poll(() => new URL(w.page.url()).searchParams.get('region')).toBe('140000');
		expect(w.errors).toStrictEqual([]);
		expect(w.offsite).toStrictEqual([]);
		await w.context.close();
	});

	it('opens the panel from ?region=140000 and from ?region=山西, and Esc closes it', async () => {
		const w = await watchedPage(browser(), baseURL);
		for (const param of ['140000', encodeURIComponent('山西')]) {
			await w.page.goto(`${baseURL}/?region=${param}`);
			await mapReady(w.page);
			await expect.poll(() => w.page.locator('.panel h2').innerText()).toContain('山西');
		}
		await w.page.keyboard.press('Escape');
		await w.page.locator('.panel').waitFor({ state: 'detached' });
		// The URL follows the panel a frame later (afterNextPaint).
		await expect.poll(() => new URL(w.page.url()).searchParams.has('region')).toBe(false);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('steps back and forward between selections with the browser history', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/');
		await mapReady(w.page);
		await w.page.getByRole('link', { name: /山西/ }).first().click();
		await w.page.locator('.panel[data-region="140000"]').waitFor();
		await w.page.getByRole('button', { name: '关闭' }).click();
		await w.page.getByRole('link', { name: /重庆/ }).first().click();
		await w.page.locator('.panel[data-region="500000"]').waitFor();
		await w.page.goBack();
		await w.page.locator('.panel').waitFor({ state: 'detached' });
		await w.page.goBack();
		await w.page.locator('.panel[data-region="140000"]').waitFor();
		await w.page.goForward();
		await w.page.goForward();
		await w.page.locator('.panel[data-region="500000"]').waitFor();
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('says so for a province the article does not mention', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(`${baseURL}/?region=110000`);
		await expect
			.poll(() => w.page.locator('.panel').innerText())
			.toContain('本文未报道北京市的会议');
		await w.context.close();
	});
});
