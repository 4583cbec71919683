import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { READY_MARK, STARTED_MARK } from '../../src/lib/map/ready';
import { afterAll, beforeAll, expect } from 'vitest';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/opt/google/chrome/chrome'
];

/** The system Chromium: CHROME_PATH, else /usr/bin/chromium, else an installed Chrome. */
export function chromePath(): string {
	const path = process.env.CHROME_PATH || CANDIDATES.find((p) => existsSync(p));
	if (!path || !existsSync(path)) {
		throw new Error(
			'No Chromium found for the browser tests. Install one (Debian: `apt-get install chromium ' +
				'fonts-noto-cjk`) or set CHROME_PATH to a Chrome or Chromium executable.'
		);
	}
	return path;
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: chromePath(),
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu-sandbox',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			// Debian's wrapper forces GPU rasterization, which without a GPU is slow software raster;
			// WebGL itself works headless without forcing ANGLE onto SwiftShader (which costs ~3 s).
			'--disable-gpu-rasterization',
			...extraArgs
		]
	});
}

/**
 * A Chromium for the tests of this file, or of the describe block it is called in: launched before
 * them and closed after. A getter, as the browser only exists once they have begun.
 */
export function useBrowser(extraArgs: string[] = []): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launch(extraArgs);
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('useBrowser(): no browser outside the tests it was set up for');
		return browser;
	};
}

export interface Watched {
	context: BrowserContext;
	page: Page;
	/** Uncaught errors in the page. */
	errors: string[];
	/** Requests to any origin other than the app's. */
	offsite: string[];
}

/** A page that records page errors and any request that leaves the app's origin. */
export async function watchedPage(
	browser: Browser,
	baseURL: string,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<Watched> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	const offsite: string[] = [];
	const origin = new URL(baseURL).origin;
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			offsite.push(url);
	});
	return { context, page, errors, offsite };
}

/** A watched page (watchedPage) that has loaded `path` of `baseURL`. */
export async function openPage(
	browser: Browser,
	baseURL: string,
	path: string,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<Watched> {
	const w = await watchedPage(browser, baseURL, options);
	await w.page.goto(baseURL + path);
	return w;
}

/** Closes a watched page once it is known to have had no error and asked nothing of another origin. */
export async function closeClean(w: Watched): Promise<void> {
	expect(w.errors).toStrictEqual([]);
	expect(w.offsite).toStrictEqual([]);
	await w.context.close();
}

/**
 * Waits for the app's `map:ready` mark (every region drawn in its color: the SVG map's regions are
 * links, clickable from then) and for `app:started` (hydrated, which it does on its own after the
 * first paint): these tests are about the app; hydration.test.ts is about the page before it.
 */
export async function mapReady(page: Page): Promise<void> {
	await waitForMark(page, READY_MARK);
	await waitForMark(page, STARTED_MARK);
}

/** Waits for the page to have the performance mark `mark` (map/ready.ts). */
export async function waitForMark(page: Page, mark: string): Promise<void> {
	await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark);
}

/**
 * Once the app has started, moves the mouse onto the map as a user reaching for it would: into a
 * corner, over no region. The map page loads maplibre then (MapView's `loadWebgl`).
 */
export async function reachForMap(page: Page): Promise<void> {
	await mapReady(page);
	await page.locator('.map-view').hover({ position: { x: 4, y: 4 } });
}

/** Waits until the WebGL map has taken over from the SVG map, reaching for it first. */
export async function webglReady(page: Page): Promise<void> {
	await reachForMap(page);
	await page.waitForSelector('.map-view[data-renderer="webgl"]', { timeout: 20_000 });
}
