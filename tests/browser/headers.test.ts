import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage, webglReady } from './chromium';
import { listEntry } from './listEntry';

const baseURL = inject('baseURL');

/** `a b; c d e` → { a: ['b'], c: ['d', 'e'] }. */
function directives(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]) => [name, values])
	);
}

/** The policies of a header that carries several (`policy, policy`), each as its directives. */
const policies = (header: string | null) => (header ?? '').split(',').map(directives);

/** A script of the built client, as the page loads it. */
async function staticAsset(): Promise<string> {
	const html = await (await fetch(baseURL + '/')).text();
	// Linked (<link>, <script src>) or imported by the start script, always relative: `./_app/…`.
	const src = /\.(\/_app\/immutable\/[^"')\s]+\.js)/.exec(html)?.[1];
	if (!src) throw new Error('the page links no script of the client build');
	return src;
}

const EVERYWHERE = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY'
};

describe('security headers', () => {
	it('are on the page, the API, a client script, a prerendered file and a static file', async () => {
		const paths = ['/', '/api/reports', await staticAsset(), '/geo/provinces.json', '/favicon.svg'];
		for (const path of paths) {
			const response = await fetch(baseURL + path);
			expect(response.status, path).toBe(200);
			const got = Object.fromEntries(
				Object.keys(EVERYWHERE).map((h) => [h, response.headers.get(h)])
			);
			expect(got, path).toStrictEqual(EVERYWHERE);
		}
	});

	it("give the page a policy that allows no inline or eval'd script, no framing, no blob: worker", async () => {
		const response = await fetch(baseURL + '/');
		const [policy = {}, framing] = policies(response.headers.get('content-security-policy'));
		const [self, ...hashes] = policy['script-src'] ?? [];
		expect(self).toBe("'self'");
		expect(hashes.length).toBeGreaterThan(0);
		for (const hash of hashes) expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
		expect(policy['default-src']).toStrictEqual(["'self'"]);
		expect(policy['worker-src']).toStrictEqual(["'self'"]);
		expect(policy['object-src']).toStrictEqual(["'none'"]);
		expect(policy['base-uri']).toStrictEqual(["'self'"]);
		// Who may frame a page is a policy of its own, the page's (the embed may be framed).
		expect(policy['frame-ancestors']).toBeUndefined();
		expect(framing).toStrictEqual({ 'frame-ancestors': ["'none'"] });
	});

	it('give JSON a policy that allows nothing', async () => {
		for (const path of ['/api/reports', '/api/reports/unknown']) {
			const response = await fetch(baseURL + path);
			expect(response.headers.get('content-security-policy'), path).toBe(
				"default-src 'none'; frame-ancestors 'none'"
			);
		}
	});
});

describe('the content security policy in the browser', () => {
	const browser = useBrowser();

	it('lets the WebGL map and its worker run without a single violation', async () => {
		const w = await watchedPage(browser(), baseURL);
		const reported: string[] = [];
		w.page.on('console', (m) => {
			if (m.text().includes('Content Security Policy')) reported.push(m.text());
		});
		await w.page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (e) =>
				seen.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		await w.page.goto(baseURL + '/');
		await webglReady(w.page);
		// A click runs the whole path: canvas, worker-built tiles, the page's own scripts.
		await listEntry(w.page, '山西').click();
		await w.page.locator('.panel[data-region="140000"]').waitFor();

		const workers = w.page.workers().map((worker) => worker.url());
		expect(workers.length).toBeGreaterThan(0);
		for (const url of workers) expect(url.startsWith(`${baseURL}/_app/immutable/`)).toBe(true);
		const violations = await w.page.evaluate(
			() => (window as unknown as { cspViolations: string[] }).cspViolations
		);
		expect(violations).toStrictEqual([]);
		expect(reported).toStrictEqual([]);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
