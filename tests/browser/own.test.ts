import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { STARTED_MARK } from '../../src/lib/map/ready';
import { closeClean, useBrowser, waitForMark, watchedPage, type Watched } from './chromium';

const baseURL = inject('baseURL');
const SEED_TEXT = readFileSync(
	new URL('../../seeds/000_44db7bec739ae390.txt', import.meta.url),
	'utf8'
);
const SEED_TITLE =
	'以为民谋利为民尽责的成效取信于民 ——山西、内蒙古、浙江、福建、河南、湖北、广西、重庆、贵州、云南、新疆部署开展第二批主题教育';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

const browser = useBrowser(['--disable-3d-apis']);

/** The library, started (the form sends through the app), with every POST it makes recorded. */
async function library(options: { javaScriptEnabled?: boolean } = {}) {
	const w = await watchedPage(browser(), baseURL, options);
	const posts: string[] = [];
	w.page.on('request', (r) => {
		if (r.method() === 'POST') posts.push(new URL(r.url()).pathname + new URL(r.url()).search);
	});
	await w.page.goto(`${baseURL}/library`);
	if (options.javaScriptEnabled !== false) await waitForMark(w.page, STARTED_MARK);
	return { ...w, posts };
}

const done = closeClean;

/** The provinces the map colors, from its list. */
const mentioned = (w: Watched) => w.page.$$eval('.region-list .mentioned li', (lis) => lis.length);

// Each test parses an article and loads several pages: on two shared cores, more than 30 s.
describe('your own article', { timeout: 60_000 }, () => {
	it('is parsed from pasted text, shown on the map, kept across a reload, and removed', async () => {
		const w = await library();
		await w.page.fill('#own-text', SEED_TEXT);
		await w.page.click('form.own button[type=submit]');
		await w.page.waitForURL((url) => url.searchParams.has('own'));
		await expect.poll(() => w.page.innerText('h1')).toBe(SEED_TITLE);
		expect(await mentioned(w)).toBe(11);
		await w.page.click('.region-list a[href*="region=140000"]');
		expect(await w.page.locator('.panel[data-region="140000"]').innerText()).toContain('骆惠宁');

		await w.page.reload();
		await expect.poll(() => w.page.innerText('h1')).toBe(SEED_TITLE);
		expect(await w.page.locator('.panel[data-region="140000"]').count()).toBe(1);
		// Sent once, to be parsed: the reload read it from this browser.
		expect(w.posts).toStrictEqual(['/api/parse?name=article']);

		// Its statements' paragraphs in the article view, which reads it from this browser too.
		const source = w.page.locator('.panel a.source').first();
		const said = await w.page.locator('.panel .statements p').first().innerText();
		const hash = new URL((await source.getAttribute('href'))!, baseURL).hash;
		await source.click();
		await w.page.waitForURL((url) => url.pathname === '/source');
		await expect
			.poll(() => w.page.locator(hash).evaluate((p) => p.getBoundingClientRect().top))
			.toBeLessThan(200);
		expect(await w.page.locator(hash).innerText()).toContain(said);

		// Presented as any article is: its meetings one a step.
		const id = new URL(w.page.url()).searchParams.get('own')!;
		await w.page.goto(`${baseURL}/?own=${id}&mode=present&region=500000`);
		const progress = w.page.locator('.progress');
		await expect.poll(() => progress.innerText()).toBe('1 / 11 · 2019年9月8日 · 重庆');
		await w.page.keyboard.press('ArrowRight');
		await expect.poll(() => progress.innerText()).toBe('2 / 11 · 2019年9月8日 · 贵州');

		await w.page.goto(`${baseURL}/library`);
		const item = w.page.locator('.own-list li');
		await expect.poll(() => item.count()).toBe(1);
		expect(await item.locator('a').innerText()).toBe(SEED_TITLE);
		await item.locator('button').click();
		await expect.poll(() => item.count()).toBe(0);
		await w.page.reload();
		await waitForMark(w.page, STARTED_MARK);
		expect(await w.page.locator('.own-list li').count()).toBe(0);
		await done(w);
	});

	it('says so when the article it names is no longer in this browser', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(`${baseURL}/?own=own-0000000000000000`);
		await expect
			.poll(() => w.page.locator('.notices').innerText())
			.toContain('这个浏览器里没有这篇报道（可能已删除）。');
		await done(w);
	});

	it('takes a GBK file dropped on the form', async () => {
		const w = await library();
		const bytes = [...fixture('div-span-gbk.html')];
		await w.page.evaluate((bytes) => {
			const transfer = new DataTransfer();
			transfer.items.add(
				new File([new Uint8Array(bytes)], 'northwest.html', { type: 'text/html' })
			);
			const form = document.querySelector('form.own')!;
			form.dispatchEvent(
				new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
			);
		}, bytes);
		await w.page.click('form.own button[type=submit]');
		await w.page.waitForURL((url) => url.searchParams.has('own'));
		await expect.poll(() => w.page.innerText('h1')).toBe('西北华北多地部署开展第二批主题教育');
		expect(await mentioned(w)).toBe(4);
		expect(w.posts).toStrictEqual(['/api/parse?name=northwest.html']);
		await done(w);
	});

	it('gives the reason when the article has no meeting, and keeps nothing', async () => {
		const w = await library();
		await w.page.fill('#own-text', fixture('no-meeting.txt').toString('utf8'));
		await w.page.click('form.own button[type=submit]');
		const alert = w.page.locator('form.own [role=alert]');
		await alert.waitFor();
		expect(await alert.innerText()).toBe(
			'无法显示在地图上：no meeting: no paragraph starts with a date, a region and 召开'
		);
		expect(await w.page.locator('.own-list li').count()).toBe(0);

		await w.page.setInputFiles('#own-file', {
			name: 'big.txt',
			mimeType: 'text/plain',
			buffer: Buffer.alloc(1024 * 1024 + 1, 'a')
		});
		await w.page.click('form.own button[type=submit]');
		await expect.poll(() => alert.innerText()).toBe('超过 1 MB，无法解析。');
		await done(w);
	});

	it('is parsed and shown without script, and kept nowhere', async () => {
		const w = await library({ javaScriptEnabled: false });
		await w.page.setInputFiles('#own-file', {
			name: 'northwest.html',
			mimeType: 'text/html',
			buffer: fixture('div-span-gbk.html')
		});
		await w.page.click('form.own button[type=submit]');
		await w.page.waitForURL((url) => url.search.startsWith('?/own'));
		expect(await w.page.innerText('h1')).toBe('西北华北多地部署开展第二批主题教育');
		expect(await mentioned(w)).toBe(4);
		expect(await w.page.innerText('.notices')).toContain('没有脚本时它不会保存');
		await done(w);
	});
});
