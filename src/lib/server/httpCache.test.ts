import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, etagOf, matchesEtag, withValidator } from './httpCache';

const get = (headers: Record<string, string> = {}) =>
	new Request('http://localhost/api/reports', { headers });

describe('etagOf', () => {
	it('is weak, the same for the same body as text or bytes, and differs for another body', () => {
		const tag = etagOf('{"a":1}');
		expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
		expect(etagOf(new TextEncoder().encode('{"a":1}'))).toBe(tag);
		expect(etagOf('{"a":2}')).not.toBe(tag);
	});
});

describe('matchesEtag', () => {
	const tag = 'W/"abc"';
	it.each([
		{ name: 'no header', header: null, expected: false },
		{ name: 'the same tag', header: 'W/"abc"', expected: true },
		{ name: 'the strong form of the tag (weak comparison)', header: '"abc"', expected: true },
		{ name: 'one of a list', header: '"x", W/"abc"', expected: true },
		{ name: 'any (*)', header: '*', expected: true },
		{ name: 'another tag', header: 'W/"abd"', expected: false }
	])('$name: $expected', ({ header, expected }) => {
		expect(matchesEtag(header, tag)).toBe(expected);
	});
});

describe('withValidator', () => {
	it('gives a 200 its ETag and no-cache, and keeps the body', async () => {
		const response = await withValidator(get(), new Response('{"a":1}'));
		expect(response.status).toBe(200);
		expect(response.headers.get('etag')).toBe(etagOf('{"a":1}'));
		expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL.revalidate);
		expect(await response.text()).toBe('{"a":1}');
	});

	it('answers a request that has the ETag with a 304 and no body, keeping the validators', async () => {
		const response = await withValidator(
			get({ 'if-none-match': etagOf('{"a":1}') }),
			new Response('{"a":1}', { headers: { 'content-type': 'application/json' } })
		);
		expect(response.status).toBe(304);
		expect(await response.text()).toBe('');
		expect(response.headers.get('etag')).toBe(etagOf('{"a":1}'));
		expect(response.headers.get('content-type')).toBeNull();
	});

	it("keeps a route's own Cache-Control and ETag", async () => {
		const own = new Response('png', {
			headers: { 'cache-control': CACHE_CONTROL.immutable, etag: '"v1"' }
		});
		const response = await withValidator(get({ 'if-none-match': '"v1"' }), own);
		expect(response.status).toBe(304);
		expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL.immutable);
	});

	it('leaves errors and other methods alone', async () => {
		const missing = new Response('no', { status: 404 });
		expect(await withValidator(get(), missing)).toBe(missing);
		const post = new Request('http://localhost/api/parse', { method: 'POST' });
		const parsed = new Response('{}');
		expect(await withValidator(post, parsed)).toBe(parsed);
	});
});
