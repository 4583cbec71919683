import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { STARTED_MARK } from '../../src/lib/map/ready';
import { useBrowser, waitForMark, webglReady } from './chromium';

const baseURL = inject('baseURL');
// The WebGL map, drawn by SwiftShader on two cores, may take most of the default 30 s to appear.
const SLOW = 90_000;

interface Logged {
	page: Page;
	close: () => Promise<void>;
	/** Console errors and uncaught errors, each with the page it came from. */
	problems: string[];
}

/** A page whose console errors and uncaught errors are kept. */
async function logged(browser: Browser, options = {}): Promise<Logged> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`${page.url()}: console.error ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
	return { page, problems, close: () => context.close() };
}

/** Loads `path` and waits for its app to start and settle a moment. */
async function visit(page: Page, path: string) {
	await page.goto(baseURL + path);
	await waitForMark(page, STARTED_MARK);
	await page.waitForTimeout(300);
}

describe('no page logs an error', { timeout: SLOW }, () => {
	const browser = useBrowser();

	it('nor does the map page as it is used: WebGL, a province, a search, the keyboard', async () => {
		const l = await logged(browser());
		await visit(l.page, '/');
		await webglReady(l.page);
		await l.page.locator('.timeline button.region[data-code="140000"]').click();
		await l.page.locator('.panel[data-region="140000"]').waitFor();
		await l.page.keyboard.press('Escape');
		await l.page.locator('.search input, input[type="search"]').first().fill('一刀切');
		await l.page.locator('.skip').focus();
		await l.page.keyboard.press('Enter');
		for (const key of ['ArrowDown', 'ArrowRight', '+', '-', 'Enter']) {
			await l.page.keyboard.press(key);
		}
		await l.page.waitForTimeout(500);
		expect(l.problems).toStrictEqual([]);
		await l.close();
	});

	it.each([
		'/?lang=en',
		'/?region=140000',
		'/?region=nowhere',
		'/source',
		'/source?lang=en',
		'/compare',
		'/compare?regions=140000,500000',
		'/library',
		'/library?lang=en',
		'/library?q=' + encodeURIComponent('一刀切')
	])('%s', async (path) => {
		const l = await logged(browser());
		await visit(l.page, path);
		// Reaching for whatever map there is brings its WebGL map.
		await l.page.mouse.move(400, 400);
		await l.page.waitForTimeout(1500);
		expect(l.problems).toStrictEqual([]);
		await l.close();
	});

	it('nor does the presenter, stepping through, in both languages', async () => {
		const l = await logged(browser(), { viewport: { width: 1920, height: 1080 } });
		for (const path of ['/?mode=present', '/?mode=present&lang=en']) {
			await visit(l.page, path);
			for (const key of ['ArrowRight', 'ArrowRight', 'End', 'ArrowRight', '?', 'Escape']) {
				await l.page.keyboard.press(key);
				await l.page.waitForTimeout(200);
			}
		}
		expect(l.problems).toStrictEqual([]);
		await l.close();
	});

	it('nor does the presenter on a phone', async () => {
		const l = await logged(browser(), {
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		await visit(l.page, '/?mode=present&region=140000');
		await visit(l.page, '/');
		expect(l.problems).toStrictEqual([]);
		await l.close();
	});
});

describe('no page logs an error without WebGL', { timeout: SLOW }, () => {
	const browser = useBrowser(['--disable-3d-apis']);

	it.each(['/', '/?mode=present', '/?lang=en&region=500000'])('%s', async (path) => {
		const l = await logged(browser());
		await visit(l.page, path);
		await l.page.mouse.move(400, 400);
		await l.page.mouse.wheel(0, -300);
		await l.page.waitForTimeout(1500);
		expect(l.problems).toStrictEqual([]);
		await l.close();
	});
});
