import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapReady, useBrowser, watchedPage } from './chromium';
import { fixtureFile, serveSeeds, type Server } from './startServer';

// An article whose front matter cites it (outlet, day, URL), beside one that says nothing of it.
const ARTICLES = ['front-matter.txt', 'twice.txt'];
let server: Server;

beforeAll(async () => {
	server = await serveSeeds(Object.fromEntries(ARTICLES.map((name) => [name, fixtureFile(name)])));
});

afterAll(() => server?.stop());

const browser = useBrowser(['--disable-3d-apis']);
const ORIGINAL = 'https://news.example.cn/2023-11/03/c_1.htm';

describe('citing an article', () => {
	it('copies a statement’s words, speaker, province, day, outlet and the link to its paragraph', async () => {
		const w = await watchedPage(browser(), server.baseURL, {
			permissions: ['clipboard-read', 'clipboard-write']
		});
		await w.page.goto(`${server.baseURL}/?report=front-matter&region=430000`);
		await mapReady(w.page);
		await w.page.getByRole('button', { name: '复制引文（第1段）' }).click();
		await w.page.locator('.panel [role="status"]', { hasText: '已复制' }).waitFor();
		const copied = await w.page.evaluate(() => navigator.clipboard.readText());
		const link = `${server.baseURL}/source?report=front-matter#p-1`;
		expect(copied).toBe(
			[
				'“要奋力建设现代化新湖南。”',
				'——省委书记邓强，湖南，2023年11月2日',
				`光明日报，2023年11月3日，${ORIGINAL}`,
				link
			].join('\n')
		);
		// The link leads to the very paragraph quoted.
		await w.page.goto(link);
		expect(await w.page.locator('#p-1 p').innerText()).toContain('要奋力建设现代化新湖南。');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('draws the copy buttons once the app has started without moving the words under them', async () => {
		// 湖北 is reported three times: the last meeting's words are under two copy buttons.
		const path = `${server.baseURL}/?report=twice&region=420000`;
		const last = (w: { page: import('playwright-core').Page }) =>
			w.page.locator('.panel .statements li p').last().boundingBox();
		const plain = await watchedPage(browser(), server.baseURL, { javaScriptEnabled: false });
		await plain.page.goto(path);
		const before = await last(plain);
		await plain.context.close();
		const w = await watchedPage(browser(), server.baseURL);
		await w.page.goto(path);
		await mapReady(w.page);
		expect(await w.page.locator('.panel button.copy').count()).toBe(3);
		expect(await last(w)).toStrictEqual(before);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('names the outlet, day and original under the title, on the map and in the article view', async () => {
		const w = await watchedPage(browser(), server.baseURL);
		for (const path of ['/?report=front-matter', '/source?report=front-matter']) {
			await w.page.goto(server.baseURL + path);
			const line = w.page.locator('.citation');
			expect(await line.innerText()).toBe('来源：光明日报，2023年11月3日 · 原文链接');
			expect(await line.locator('a').getAttribute('href')).toBe(ORIGINAL);
		}
		// An article that says none of it shows no such line.
		await w.page.goto(`${server.baseURL}/source?report=twice`);
		expect(await w.page.locator('.citation').count()).toBe(0);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('leaves the link to the paragraph, and no button that does nothing, without JavaScript', async () => {
		const w = await watchedPage(browser(), server.baseURL, { javaScriptEnabled: false });
		await w.page.goto(`${server.baseURL}/?report=front-matter&region=430000`);
		const li = w.page.locator('.panel .statements li');
		expect(await li.locator('a.source').getAttribute('href')).toBe(
			'./source?report=front-matter#p-1'
		);
		expect(await li.locator('button').count()).toBe(0);
		await w.context.close();
	});

	it('names the outlet, day and original in the credit of the map’s SVG export', async () => {
		const w = await watchedPage(browser(), server.baseURL);
		await w.page.goto(`${server.baseURL}/?report=front-matter`);
		await mapReady(w.page);
		const [download] = await Promise.all([
			w.page.waitForEvent('download'),
			w.page.getByRole('button', { name: '下载 SVG' }).click()
		]);
		const svg = readFileSync(await download.path(), 'utf8');
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts.slice(-2)).toStrictEqual([
			`来源：光明日报，2023年11月3日，${ORIGINAL}`,
			'地图：Apache ECharts 4.9.0（Apache-2.0）'
		]);
		await w.context.close();
	});

	it('gives the citation in the API and at the end of each CSV row', async () => {
		const report = (await (await fetch(`${server.baseURL}/api/reports/front-matter`)).json()) as {
			citation: unknown;
		};
		expect(report.citation).toStrictEqual({
			outlet: '光明日报',
			published: '2023-11-03',
			url: ORIGINAL
		});
		const csv = await (await fetch(`${server.baseURL}/api/reports/front-matter.csv`)).text();
		const lines = csv.split('\r\n');
		expect(lines[0]!.endsWith(',paragraph,outlet,published,url')).toBe(true);
		expect(lines[2]!.endsWith(`,1,光明日报,2023-11-03,${ORIGINAL}`)).toBe(true);
	});
});
