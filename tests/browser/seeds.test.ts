import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapReady, useBrowser, watchedPage, type Watched } from './chromium';
import { listEntry } from './listEntry';
import { startServer, type Server } from './startServer';

const SEED = '000_44db7bec739ae390';
const SEED_TITLE =
	'以为民谋利为民尽责的成效取信于民 ——山西、内蒙古、浙江、福建、河南、湖北、广西、重庆、贵州、云南、新疆部署开展第二批主题教育';
const GBK_TITLE = '西北华北多地部署开展第二批主题教育';
const HOSTILE_TITLE = '<script>alert(1)</script>各地部署会议';

// A seeds folder of its own: the real seed, two fixture articles of the genre (one in GBK, one
// whose text is hostile markup) and one that cannot be parsed.
let dir: string;
let server: Server;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'seeds-'));
	const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);
	copyFileSync(new URL(`../../seeds/${SEED}.txt`, import.meta.url), join(dir, `${SEED}.txt`));
	copyFileSync(fixture('div-span-gbk.html'), join(dir, 'div-span-gbk.html'));
	copyFileSync(fixture('text-only.html'), join(dir, 'text-only.html'));
	copyFileSync(fixture('no-meeting.txt'), join(dir, 'broken.txt'));
	server = await startServer({ SEEDS_DIR: dir });
});

afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

// The SVG map is enough here: none of this is about the renderer, and it costs less CPU.
const browser = useBrowser(['--disable-3d-apis']);

const BROKEN_REASON = 'no meeting: no paragraph starts with a date, a region and 召开';

/** The page, with every dialog (alert, confirm …) it opens recorded and dismissed. */
async function open(path: string): Promise<Watched & { dialogs: string[] }> {
	const w = await watchedPage(browser(), server.baseURL);
	const dialogs: string[] = [];
	w.page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await w.page.goto(server.baseURL + path);
	await mapReady(w.page);
	return { ...w, dialogs };
}

describe('a seeds folder with several articles and a broken one', () => {
	it('serves every good seed and names the broken one, with its reason, in the log and the API', async () => {
		const response = await fetch(server.baseURL + '/api/reports');
		const body = (await response.json()) as {
			reports: { id: string; title: string }[];
			errors: { file: string; message: string }[];
		};
		expect(body.reports.map((r) => [r.id, r.title])).toStrictEqual([
			[SEED, SEED_TITLE],
			['div-span-gbk', GBK_TITLE],
			['text-only', HOSTILE_TITLE]
		]);
		// Readers see the file's name, not where the server keeps it; the log has the whole path.
		const file = 'broken.txt';
		expect(body.errors).toStrictEqual([{ file, message: `${file}: ${BROKEN_REASON}` }]);
		expect(JSON.stringify(body)).not.toContain(dir);
		expect(server.log()).toContain(`seed ${join(dir, file)} skipped: ${file}: ${BROKEN_REASON}`);
		for (const id of [SEED, 'div-span-gbk', 'text-only']) {
			expect((await fetch(`${server.baseURL}/api/reports/${id}`)).status).toBe(200);
		}
		expect((await fetch(`${server.baseURL}/api/reports/broken`)).status).toBe(404);
	});

	it('shows the broken seed as a notice on the page, with the file and the reason', async () => {
		const w = await open('/');
		const notices = await w.page.locator('.notices p').allInnerTexts();
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain('broken.txt');
		expect(notices[0]).not.toContain(dir);
		expect(notices[0]).toContain(BROKEN_REASON);
		expect(await w.page.locator('h1').innerText()).toBe(SEED_TITLE);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('switches articles from the header, keeping the language and dropping the region', async () => {
		const w = await open(`/?lang=en&region=140000`);
		// A few of the latest articles and the library, not a list of every title.
		await w.page.locator('.report-switcher summary').click();
		const links = w.page.locator('.report-switcher li a');
		expect((await links.allInnerTexts()).sort()).toStrictEqual(
			['All 3 articles…', 'Your own article…', SEED_TITLE, GBK_TITLE, HOSTILE_TITLE].sort()
		);
		expect(await w.page.locator('.report-switcher [aria-current="page"]').innerText()).toBe(
			SEED_TITLE
		);

		// A pinned day of this article must not dim the next one, which has other days.
		await w.page.locator('.legend button').first().click();
		await links.getByText(GBK_TITLE).click();
		await w.page.waitForURL((url) => url.searchParams.get('report') === 'div-span-gbk');
		const params = new URL(w.page.url()).searchParams;
		expect([...params.keys()].sort()).toStrictEqual(['lang', 'report']);
		expect(params.get('lang')).toBe('en');
		await expect.poll(() => w.page.locator('h1').innerText()).toBe(GBK_TITLE);
		expect(await w.page.locator('.panel').count()).toBe(0);
		expect(await w.page.locator('.legend [aria-pressed="true"]').count()).toBe(0);
		expect(await w.page.locator('.svg path.dimmed').count()).toBe(0);
		const legend = await w.page.locator('.legend li').allInnerTexts();
		expect(legend.map((t) => t.replace(/\s+/g, ' ').trim())).toStrictEqual([
			'9 Sep 1',
			'10 Sep 1',
			'11 Sep 1',
			'12 Sep 1',
			'Not in the article 30'
		]);

		// Its provinces open from the list, with what their officials said.
		await listEntry(w.page, 'Ningxia').click();
		const panel = w.page.locator('.panel[data-region="640000"]');
		await panel.waitFor();
		expect(await panel.innerText()).toContain('要以钉钉子精神抓落实。');

		await w.page.goBack();
		await w.page.goBack();
		await expect.poll(() => w.page.locator('h1').innerText()).toBe(SEED_TITLE);
		expect(w.errors).toStrictEqual([]);
		expect(w.offsite).toStrictEqual([]);
		await w.context.close();
	});

	it('opens an article directly from ?report=', async () => {
		const w = await open('/?report=div-span-gbk&region=%E9%99%95%E8%A5%BF');
		expect(await w.page.locator('h1').innerText()).toBe(GBK_TITLE);
		const panel = w.page.locator('.panel[data-region="610000"]');
		expect(await panel.innerText()).toContain('省委书记 胡建军');
		// The broken seed's notice, and the paragraph of this article not attributed to a meeting.
		expect(await w.page.locator('.notices p').allInnerTexts()).toStrictEqual([
			expect.stringContaining('broken.txt'),
			'1 段未归属到会议 · 查看'
		]);
		await w.context.close();
	});
});

describe('article text is only ever text', () => {
	it('shows <script>, <img onerror> and javascript: links literally and runs none of them', async () => {
		const w = await open('/?report=text-only&region=140000');
		const requested: string[] = [];
		w.page.on('request', (r) => requested.push(new URL(r.url()).pathname));

		expect(await w.page.locator('h1').innerText()).toBe(HOSTILE_TITLE);
		expect(await w.page.title()).toBe(`${HOSTILE_TITLE} · 会议地图`);
		const statements = await w.page.locator('.panel .statements p').allInnerTexts();
		expect(statements).toStrictEqual([
			'要警惕<script>alert(1)</script>这样的文字。',
			'<img src=x onerror=alert(1)>只是文字。',
			'<a href="javascript:alert(1)">点这里</a>什么也不会发生，javascript:alert(1)也一样。'
		]);

		await w.page.getByRole('button', { name: '关闭' }).click();
		await listEntry(w.page, '陕西').click();
		const panel = w.page.locator('.panel[data-region="610000"]');
		await panel.waitFor();
		expect(await panel.locator('.meeting').innerText()).toBe('<img src=x onerror=alert(2)>会议');
		expect(await panel.locator('.statements p').innerText()).toBe(
			'原样的标签被跳过，链接只留下文字。'
		);

		// None of it became markup: no such element, no request for its source, no dialog.
		const counts = await w.page.evaluate(() => ({
			img: document.querySelectorAll('img[src="x"], [onerror]').length,
			link: document.querySelectorAll('a[href^="javascript:"]').length,
			// The page data carries the text into hydration; there it must stay escaped.
			inlineScript: [...document.scripts].filter((s) => /<(?:script|img|a )/.test(s.text)).length
		}));
		expect(counts).toStrictEqual({ img: 0, link: 0, inlineScript: 0 });
		expect(requested.filter((p) => p === '/x')).toStrictEqual([]);
		expect(w.dialogs).toStrictEqual([]);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
