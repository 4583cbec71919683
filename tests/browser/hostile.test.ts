import { request } from 'node:http';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { shownValue } from '../../src/lib/ui/shownValue';
import { launch, mapReady, watchedPage } from './chromium';
import { listEntry } from './listEntry';

const baseURL = inject('baseURL');

/** GET with the path sent exactly as written: fetch would resolve `..` before sending it. */
function rawGet(path: string, accept = '*/*'): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request(`${baseURL}${path}`, { path, headers: { accept } }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

const HOSTILE = [
	{ name: 'a script tag', value: '<script>alert(1)</script>' },
	{ name: 'an image with onerror', value: '<img src=x onerror=alert(1)>' },
	{ name: 'a path out of the seeds folder', value: '../../etc/passwd' },
	{ name: 'a NUL', value: '\u0000' },
	{ name: 'a right-to-left override', value: '\u202egnp.exe' },
	{ name: 'a lone percent sign', value: '%' },
	{ name: '6000 characters', value: 'a'.repeat(6000) }
];

describe('?region= and ?report= with values no page has', () => {
	it.each(HOSTILE)('answer 200 with the map and a notice for $name', async ({ value }) => {
		for (const [param, notice] of [
			['region', `没有找到省份“${shownValue(value)}”。`],
			['report', `没有名为“${shownValue(value)}”的报道，显示的是第一篇。`]
		] as const) {
			const response = await fetch(`${baseURL}/?${param}=${encodeURIComponent(value)}`);
			expect(response.status).toBe(200);
			const html = await response.text();
			// Svelte escapes `<` and `&` in text; the notice is in the page as text, not markup.
			const escaped = notice.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
			expect(html).toContain(`>${escaped}</p>`);
			expect(html).not.toContain('<script>alert');
			expect(html).not.toContain('<img src=x');
			expect(html.match(/<path [^>]*data-code=/g)).toHaveLength(34);
		}
	});

	it('answers a request line too long for the server with 431, not a server error', async () => {
		const response = await fetch(`${baseURL}/?region=${'a'.repeat(20_000)}`);
		expect(response.status).toBe(431);
	});

	it('answers malformed percent-encoding in the query with the map, in the path with 400', async () => {
		const query = await fetch(`${baseURL}/?region=%E0%A4%A&report=%ZZ`);
		expect(query.status).toBe(200);
		expect((await rawGet('/%E0%A4%A')).status).toBe(400);
	});

	it('shows the notices as text in the browser, with the map working and nothing run', async () => {
		const browser: Browser = await launch(['--disable-3d-apis']);
		try {
			const w = await watchedPage(browser, baseURL);
			const dialogs: string[] = [];
			w.page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			const region = '<img src=x onerror=alert(1)>\u0000';
			const report = '../../etc/passwd';
			await w.page.goto(
				`${baseURL}/?region=${encodeURIComponent(region)}&report=${encodeURIComponent(report)}`
			);
			await mapReady(w.page);
			expect(await w.page.locator('.notices p').allInnerTexts()).toStrictEqual([
				`没有名为“../../etc/passwd”的报道，显示的是第一篇。`,
				`没有找到省份“<img src=x onerror=alert(1)>␀”。`
			]);
			expect(await w.page.locator('img[src="x"]').count()).toBe(0);
			// The first report is shown, and its provinces still open.
			await listEntry(w.page, '山西').click();
			await w.page.locator('.panel[data-region="140000"]').waitFor();
			expect(dialogs).toStrictEqual([]);
			expect(w.errors).toStrictEqual([]);
			await w.context.close();
		} finally {
			await browser.close();
		}
	});
});

describe('the reports API and the files with hostile paths', () => {
	it.each([
		'/api/reports/unknown',
		'/api/reports/..%2f..%2fetc%2fpasswd',
		'/api/reports/%2e%2e%2f%2e%2e%2fpackage.json',
		'/api/reports/%00',
		'/api/reports/%3Cscript%3E',
		`/api/reports/${'a'.repeat(5000)}`
	])('%s is a 404 that names no file', async (path) => {
		const { status, body } = await rawGet(path, 'application/json');
		expect(status).toBe(404);
		expect(JSON.parse(body)).toStrictEqual({
			message: `No report with id ${JSON.stringify(decodeURIComponent(path.slice(13)))}`
		});
	});

	it.each([
		'/_app/../../package.json',
		'/_app/immutable/..%2f..%2f..%2fpackage.json',
		'/..%2f..%2fetc%2fpasswd',
		'/geo/..%2f..%2f..%2fpackage.json',
		'/%2e%2e/%2e%2e/etc/passwd'
	])('%s serves nothing from outside the app', async (path) => {
		const { status, body } = await rawGet(path);
		expect([400, 404]).toContain(status);
		expect(body).not.toContain('"name": "meeting-map"');
		expect(body).not.toContain('root:');
	});
});
