import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { READY_MARK, STARTED_MARK } from '../../src/lib/map/ready';
import { useBrowser, watchedPage } from './chromium';

const baseURL = inject('baseURL');

/**
 * A page of another origin (another port) that frames `src` of the app, as a newspaper's article
 * would: `/host?src=/embed`.
 */
let host: Server;
let hostURL: string;
beforeAll(async () => {
	host = createServer((req, res) => {
		const src = new URL(req.url ?? '/', 'http://host').searchParams.get('src') ?? '/embed';
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.end(
			`<!doctype html><title>An article</title><h1>An article</h1>` +
				`<iframe src="${baseURL}${src}" title="map" width="1000" height="600"></iframe>`
		);
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostURL = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => host.close(() => done())));

/** The frame of the app in the host's page, once it has loaded (or been refused). */
async function framed(page: Page, src: string): Promise<Frame> {
	await page.goto(`${hostURL}/host?src=${encodeURIComponent(src)}`, { waitUntil: 'load' });
	const frame = page.frames().find((f) => f !== page.mainFrame());
	if (!frame) throw new Error('the host page has no frame');
	return frame;
}

/** The first article's id, as the API lists it. */
async function firstId(): Promise<string> {
	const { reports } = (await (await fetch(`${baseURL}/api/reports`)).json()) as {
		reports: { id: string; title: string }[];
	};
	return reports[0]!.id;
}

/** The `<meta>` tags of a page, by property or name. */
async function metaOf(path: string): Promise<Record<string, string>> {
	const html = await (await fetch(baseURL + path)).text();
	const tags = html.match(/<meta [^>]*>/g) ?? [];
	return Object.fromEntries(
		tags.flatMap((tag) => {
			const key = /(?:property|name)="([^"]+)"/.exec(tag)?.[1];
			const value = /content="([^"]*)"/.exec(tag)?.[1];
			return key && value !== undefined ? [[key, value.replaceAll('&amp;', '&')]] : [];
		})
	);
}

/** A PNG's width and height, from its header (IHDR, the first chunk). */
function pngSize(bytes: Uint8Array) {
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the embed', () => {
	const browser = useBrowser();

	it('is framed by a page of another origin: the map draws and a click opens its panel', async () => {
		const w = await watchedPage(browser(), baseURL);
		const frame = await framed(w.page, '/embed');
		await frame.waitForFunction(
			([ready, started]) =>
				performance.getEntriesByName(ready!).length > 0 &&
				performance.getEntriesByName(started!).length > 0,
			[READY_MARK, STARTED_MARK]
		);
		// 新疆: the largest region, whose middle is its own.
		await frame.locator('.map path[data-code="650000"]').click();
		const panel = frame.locator('.panel[data-region="650000"]');
		await panel.waitFor();
		expect(await panel.locator('h2').first().textContent()).toContain('新疆');
		await frame.waitForURL(/region=650000/);
		// The credit opens the whole map on the same region, out of the frame.
		const open = frame.locator('footer.credit a');
		expect(await open.getAttribute('target')).toBe('_blank');
		expect(await open.getAttribute('href')).toMatch(/^\/\?report=[^&]+&region=650000$/);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('is the only page that may be framed: the map page in a frame is refused', async () => {
		const w = await watchedPage(browser(), baseURL);
		const frame = await framed(w.page, '/');
		expect(frame.url()).toMatch(/^chrome-error:/);
		expect(await frame.locator('svg.map').count()).toBe(0);
		await w.context.close();

		const embed = await fetch(`${baseURL}/embed`);
		expect(embed.headers.get('x-frame-options')).toBeNull();
		expect(embed.headers.get('content-security-policy')).toMatch(/, frame-ancestors \*$/);
		const map = await fetch(`${baseURL}/`);
		expect(map.headers.get('x-frame-options')).toBe('DENY');
		expect(map.headers.get('content-security-policy')).toMatch(/, frame-ancestors 'none'$/);
	});

	it('works without JavaScript: a region is a link that opens its panel', async () => {
		const w = await watchedPage(browser(), baseURL, { javaScriptEnabled: false });
		await w.page.goto(`${baseURL}/embed`);
		await w.page.locator('.map a[href="?region=650000"]').first().click();
		await w.page.waitForURL(/\/embed\?region=650000$/);
		await w.page.locator('.panel[data-region="650000"]').waitFor();
		expect(await w.page.locator('header.masthead').count()).toBe(0);
		await w.context.close();
	});

	it("gives the map page's 嵌入 button the code of an iframe on the region shown", async () => {
		const w = await watchedPage(browser(), baseURL, { javaScriptEnabled: false });
		const id = await firstId();
		await w.page.goto(`${baseURL}/?region=140000`);
		await w.page.locator('.embed-code summary').click();
		const code = await w.page.locator('.embed-code textarea').inputValue();
		expect(code).toBe(
			`<iframe src="${baseURL}/embed?report=${id}&amp;region=140000" title="会议地图" width="100%" ` +
				`height="600" style="border: 0" loading="lazy"></iframe>`
		);
		await w.context.close();
	});
});

describe('the embed without WebGL', () => {
	const browser = useBrowser(['--disable-3d-apis']);

	it('keeps the SVG map in the frame: reaching for it and clicking opens the panel', async () => {
		const w = await watchedPage(browser(), baseURL);
		const frame = await framed(w.page, '/embed');
		await frame.waitForFunction(
			([ready, started]) =>
				performance.getEntriesByName(ready!).length > 0 &&
				performance.getEntriesByName(started!).length > 0,
			[READY_MARK, STARTED_MARK]
		);
		await frame.locator('.map-view').hover({ position: { x: 4, y: 4 } });
		await frame.locator('.map path[data-code="650000"]').click();
		await frame.locator('.panel[data-region="650000"]').waitFor();
		expect(await frame.locator('.map-view').getAttribute('data-renderer')).not.toBe('webgl');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('a shared link', () => {
	it('has Open Graph and Twitter tags on every page, with the picture at an absolute URL', async () => {
		const id = await firstId();
		for (const path of ['/', '/source', '/compare', '/library', '/embed', `/?report=${id}`]) {
			const meta = await metaOf(path);
			expect(meta['og:title'], path).toMatch(/ · 会议地图$/);
			expect(meta['og:description'], path).toMatch(/^\d+ 个省份召开会议，\d{4}年/);
			expect(meta['og:image'], path).toMatch(
				new RegExp(`^${baseURL}/og/${id}\\.png\\?v=[\\w-]{16}$`)
			);
			expect(meta['twitter:card'], path).toBe('summary_large_image');
			expect(meta['twitter:image'], path).toBe(meta['og:image']);
			expect([meta['og:image:width'], meta['og:image:height']], path).toStrictEqual([
				'1200',
				'630'
			]);
		}
	});

	it('speaks the page language: an English page has an English description and picture', async () => {
		const meta = await metaOf('/?lang=en');
		expect(meta['og:title']).toMatch(/ · Meeting Map$/);
		expect(meta['og:description']).toMatch(/^Meetings in \d+ provinces, /);
		expect(meta['og:image']).toMatch(/\?v=[\w-]{16}&lang=en$/);
		const png = await fetch(meta['og:image']!);
		expect(png.headers.get('content-type')).toBe('image/png');
	});

	it('has a picture that is a 1200 × 630 PNG, kept for good under its version', async () => {
		const { 'og:image': image } = await metaOf('/');
		const response = await fetch(image!);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 8)]).toStrictEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		expect(pngSize(bytes)).toStrictEqual({ width: 1200, height: 630 });
		// Without its version it is the current picture, asked about each time.
		const current = await fetch(image!.replace(/\?v=.*$/, ''));
		expect(current.headers.get('cache-control')).toBe('no-cache');
	});
});

describe('caching', () => {
	it('gives a page, the API, a CSV and the picture an ETag, and a 304 to a request that has it', async () => {
		const id = await firstId();
		const { 'og:image': image } = await metaOf('/');
		const answers = [
			{ path: '/', cache: 'no-cache' },
			{ path: '/embed?region=140000', cache: 'no-cache' },
			{ path: '/api/reports', cache: 'no-cache' },
			{ path: `/api/reports/${id}`, cache: 'no-cache' },
			{ path: `/api/reports/${id}.csv`, cache: 'no-cache' },
			{ path: image!.slice(baseURL.length), cache: 'public, max-age=31536000, immutable' }
		];
		for (const { path, cache } of answers) {
			const first = await fetch(baseURL + path, { headers: { 'accept-encoding': 'br' } });
			const etag = first.headers.get('etag');
			expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
			expect(first.headers.get('cache-control'), path).toBe(cache);
			// The same validator however it is encoded.
			const plain = await fetch(baseURL + path, { headers: { 'accept-encoding': 'identity' } });
			expect(plain.headers.get('etag'), path).toBe(etag);
			const again = await fetch(baseURL + path, { headers: { 'if-none-match': etag! } });
			expect(again.status, path).toBe(304);
			expect(await again.text(), path).toBe('');
			expect(again.headers.get('etag'), path).toBe(etag);
		}
	});

	it('keeps hashed files for good and has the other files revalidated, with a 304 too', async () => {
		const html = await (await fetch(`${baseURL}/`)).text();
		const script = /\.(\/_app\/immutable\/[^"')\s]+\.js)/.exec(html)?.[1];
		for (const [path, cache] of [
			[script!, 'public,max-age=31536000,immutable'],
			['/favicon.svg', 'no-cache'],
			['/geo/provinces.json', 'no-cache']
		] as const) {
			const first = await fetch(baseURL + path);
			expect(first.headers.get('cache-control'), path).toBe(cache);
			const etag = first.headers.get('etag');
			const again = await fetch(baseURL + path, { headers: { 'if-none-match': etag! } });
			expect(again.status, path).toBe(304);
		}
	});
});
