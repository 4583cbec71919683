import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTED_MARK } from '../../src/lib/map/ready';
import { closeClean, openPage, useBrowser, waitForMark } from './chromium';
import { startServer, type Server } from './startServer';

const SEED = '000_44db7bec739ae390';
const SEED_TITLE =
	'以为民谋利为民尽责的成效取信于民 ——山西、内蒙古、浙江、福建、河南、湖北、广西、重庆、贵州、云南、新疆部署开展第二批主题教育';
const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);

// A seeds folder and an index of their own: the seed, a wire copy (outlet and day stated), an
// article in GBK and one that cannot be parsed.
let root: string;
let dir: string;
let server: Server;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'library-'));
	dir = join(root, 'seeds');
	mkdirSync(dir);
	copyFileSync(new URL(`../../seeds/${SEED}.txt`, import.meta.url), join(dir, `${SEED}.txt`));
	copyFileSync(fixture('xinhua-plain.txt'), join(dir, 'xinhua.txt'));
	copyFileSync(fixture('div-span-gbk.html'), join(dir, 'gbk.html'));
	copyFileSync(fixture('no-meeting.txt'), join(dir, 'broken.txt'));
	server = await startServer({ SEEDS_DIR: dir, MEETING_MAP_CACHE: join(root, 'cache') });
});

afterAll(async () => {
	await server?.stop();
	rmSync(root, { recursive: true, force: true });
});

// The SVG map is enough here: none of this is about the renderer.
const browser = useBrowser(['--disable-3d-apis']);

const open = (path: string, options: { javaScriptEnabled?: boolean } = {}) =>
	openPage(browser(), server.baseURL, path, options);
const done = closeClean;

/** The articles listed, as [title, source, days, provinces, unattributed]. */
const rows = (page: Page) =>
	page.$$eval('main table tbody tr', (trs) =>
		trs.map((tr) =>
			[...tr.querySelectorAll('th, td')].slice(1, 6).map((c) => (c as HTMLElement).innerText.trim())
		)
	);

describe('the library', () => {
	it('lists every article, newest first, with what it says of itself, and the seed it could not read', async () => {
		const w = await open('/library');
		expect(await rows(w.page)).toStrictEqual([
			['各地认真传达学习全会精神', '新华社 · 2024年7月22日', '2024年7月19日—21日 (3 天)', '4', '4'],
			['西北华北多地部署开展第二批主题教育', '—', '2019年9月9日—12日 (4 天)', '4', '1'],
			[SEED_TITLE, '—', '2019年9月8日—12日 (5 天)', '11', '0']
		]);
		expect(await w.page.locator('main .errors li').allInnerTexts()).toStrictEqual([
			'broken.txt: no meeting: no paragraph starts with a date, a region and 召开'
		]);
		await done(w);
	});

	it('sorts and searches titles without script, through links and a GET form', async () => {
		const w = await open('/library', { javaScriptEnabled: false });
		await w.page.getByRole('link', { name: '最早在前' }).click();
		await w.page.waitForURL(/order=asc/);
		expect((await rows(w.page)).map((r) => r[0])).toStrictEqual([
			SEED_TITLE,
			'西北华北多地部署开展第二批主题教育',
			'各地认真传达学习全会精神'
		]);
		await w.page.getByLabel('搜索标题和讲话').fill('全会');
		await w.page.getByRole('button', { name: '搜索' }).click();
		await w.page.waitForURL((url) => url.searchParams.get('q') === '全会');
		expect(new URL(w.page.url()).searchParams.get('order')).toBe('asc');
		expect((await rows(w.page)).map((r) => r[0])).toStrictEqual(['各地认真传达学习全会精神']);
		await done(w);
	});

	it('finds a phrase in every statement, and opens each sentence on the map, marked', async () => {
		const w = await open('/library');
		await waitForMark(w.page, STARTED_MARK); // the library has no map to paint first
		const input = w.page.getByLabel('搜索标题和讲话');
		await input.fill('一刀切');
		// Typing is enough once the app runs; the input keeps its focus.
		await w.page.waitForURL((url) => url.searchParams.get('q') === '一刀切');
		const heading = w.page.locator('#hits-heading');
		await expect.poll(() => heading.innerText()).toBe('讲话中的“一刀切”：3 句，见于 1 篇报道');
		expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('library-q');
		const hits = w.page.locator('main ol li');
		expect(await hits.locator('.where a').allInnerTexts()).toStrictEqual(['浙江', '福建', '重庆']);
		expect(await hits.locator('mark').allInnerTexts()).toStrictEqual([
			'一刀切',
			'一刀切',
			'一刀切'
		]);

		await hits.locator('.where a').nth(1).click();
		await w.page.waitForURL((url) => url.pathname === '/');
		const params = new URL(w.page.url()).searchParams;
		expect(Object.fromEntries(params)).toStrictEqual({
			report: SEED,
			region: '350000',
			q: '一刀切'
		});
		const panel = w.page.locator('.panel[data-region="350000"]');
		await panel.waitFor();
		expect(await panel.locator('mark').first().innerText()).toBe('一刀切');
		await done(w);
	});

	it('saves an article as CSV, with a BOM and its title as the file name', async () => {
		const w = await open('/library');
		const [download] = await Promise.all([
			w.page.waitForEvent('download'),
			w.page.getByRole('link', { name: '下载《各地认真传达学习全会精神》的 CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('各地认真传达学习全会精神.csv');
		const path = await download.path();
		const text = readFileSync(path, 'utf8');
		expect(text.startsWith('\uFEFFarticle,title,region_code,region,date,meeting,')).toBe(true);
		expect(text.split('\r\n').filter(Boolean)).toHaveLength(10); // the header and 9 statements
		await done(w);
	});

	it('shows a seed added while the server runs, and drops one removed, without a restart', async () => {
		writeFileSync(join(dir, 'zz-new.txt'), readFileSync(fixture('undated.txt')));
		rmSync(join(dir, 'xinhua.txt'));
		const w = await open('/library?sort=file&order=asc');
		await expect
			.poll(
				async () => {
					await w.page.reload();
					return (await rows(w.page)).map((r) => r[0]);
				},
				{ timeout: 5000, interval: 250 }
			)
			.toStrictEqual([SEED_TITLE, '西北华北多地部署开展第二批主题教育', '多地部署安全生产工作']);
		const api = (await (await fetch(`${server.baseURL}/api/reports`)).json()) as {
			reports: { id: string }[];
		};
		expect(api.reports.map((r) => r.id)).toStrictEqual([SEED, 'gbk', 'zz-new']);
		await done(w);
	});
});

describe('the map page after a seed changes', () => {
	it('is rendered again, never sent from the cache as it was', async () => {
		const page = () => fetch(`${server.baseURL}/?report=gbk`).then((r) => r.text());
		const before = await page();
		expect(before).toContain('西北华北多地部署开展第二批主题教育');
		expect(await page()).toBe(before); // kept: the second is the cached page
		writeFileSync(join(dir, 'gbk.html'), readFileSync(fixture('twice.txt')));
		await expect
			.poll(async () => (await page()).includes('两次会议部署同一工作'), {
				timeout: 5000,
				interval: 250
			})
			.toBe(true);
	});
});

describe('POST /api/parse', () => {
	const parse = (body: BodyInit, headers: Record<string, string> = {}) =>
		fetch(`${server.baseURL}/api/parse?name=mine.html`, {
			method: 'POST',
			body,
			headers: { 'Content-Type': 'application/octet-stream', ...headers }
		});

	it('parses an article in GBK and answers its report, summary and days, storing nothing', async () => {
		const response = await parse(readFileSync(fixture('gbk-br.html')));
		expect(response.status).toBe(200);
		const body = (await response.json()) as {
			report: { id: string; meetings: unknown[] };
			summary: { outlet: string | null };
			days: unknown[];
		};
		expect(body.report.id).toMatch(/^own-[0-9a-f]{16}$/);
		expect(body.report.meetings.length).toBeGreaterThan(0);
		expect(body.days.length).toBeGreaterThan(0);
		const list = (await (await fetch(`${server.baseURL}/api/reports?per=200`)).json()) as {
			reports: { id: string }[];
		};
		expect(list.reports.some((r) => r.id === body.report.id)).toBe(false);
	});

	it('answers 422 with the reason for what holds no meeting, and 413 over 1 MB', async () => {
		const none = await parse(readFileSync(fixture('no-meeting.txt')));
		expect([none.status, await none.json()]).toStrictEqual([
			422,
			{
				message: 'mine.html: no meeting: no paragraph starts with a date, a region and 召开',
				reason: 'no meeting: no paragraph starts with a date, a region and 召开',
				paragraph: null
			}
		]);
		const large = await parse(new Uint8Array(1024 * 1024 + 1).fill(0x41));
		expect(large.status).toBe(413);
	});
});
