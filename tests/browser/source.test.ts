import { describe, expect, inject, it } from 'vitest';
import { mapReady, useBrowser, watchedPage } from './chromium';

const baseURL = inject('baseURL');
const REPORT = '000_44db7bec739ae390';
const browser = useBrowser();

describe('the source page', () => {
	it('shows the title and every paragraph in order, numbered and anchored', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/source');
		const reports = (await (await fetch(`${baseURL}/api/reports/${REPORT}`)).json()) as {
			title: string;
			paragraphs: string[];
		};
		expect(await w.page.locator('h1').innerText()).toBe(reports.title);
		const paragraphs = await w.page
			.locator('.paragraph')
			.evaluateAll((ps) => ps.map((p) => [p.id, p.querySelector('p')?.textContent]));
		expect(paragraphs).toStrictEqual(reports.paragraphs.map((text, n) => [`p-${n}`, text]));
		expect(await w.page.locator('#p-0 .number').innerText()).toBe('导语');
		expect(await w.page.locator('#p-3 .number').innerText()).toBe('3');
		expect(await w.page.locator('#p-0 .to-map').count()).toBe(0);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('links a meeting’s paragraph back to its province on the map, keeping the article', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(`${baseURL}/source?report=${REPORT}`);
		// The link as the started app writes it (the server's is relative: ./?report=…).
		await w.page.waitForFunction(() => performance.getEntriesByName('app:started').length > 0);
		const link = w.page.locator('#p-16 .to-map');
		expect(await link.innerText()).toBe('在地图上查看重庆');
		expect(await link.getAttribute('href')).toBe(`/?report=${REPORT}&region=500000`);
		await link.click();
		await w.page.locator('.panel[data-region="500000"]').waitFor();
		await mapReady(w.page);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('is reached from each statement in the panel, at the statement’s own paragraph', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(`${baseURL}/?region=530000&report=${REPORT}`);
		await mapReady(w.page);
		const links = w.page.locator('.panel .statements a.source');
		expect(await links.allInnerTexts()).toStrictEqual(['原文第20段', '原文第21段', '原文第22段']);
		await links.nth(2).click();
		await w.page.waitForURL(/\/source\?report=.*#p-22$/);
		await expect
			.poll(() => w.page.evaluate(() => document.querySelector(':target')?.id))
			.toBe('p-22');
		expect(await w.page.locator('#p-22').isVisible()).toBe(true);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('is linked from the map page’s header', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/?lang=en');
		await mapReady(w.page);
		await w.page.getByRole('link', { name: 'Article' }).click();
		await w.page.waitForURL(`${baseURL}/source?lang=en`);
		expect(await w.page.locator('.paragraph .to-map').first().innerText()).toBe(
			'Show Shanxi on the map'
		);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
