import { createHash } from 'node:crypto';

/**
 * What a browser or a CDN may keep, by kind of answer. Pages and the API change whenever the
 * seeds folder does, which no cache can know: they may be kept but are asked about each time
 * (a 304 then costs a few headers, not the body). An image named by its content never changes.
 */
export const CACHE_CONTROL = {
	revalidate: 'no-cache',
	immutable: 'public, max-age=31536000, immutable'
} as const;

/**
 * A validator made from the body alone, so every copy of the server behind a load balancer gives
 * the same one for the same answer. Weak: the same page compressed with brotli, with gzip or not
 * at all (hooks.server.ts, scripts/server.js) is one representation, and `Vary: Accept-Encoding`
 * keeps the encodings apart in caches.
 */
export function etagOf(body: string | Uint8Array): string {
	return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for this header). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
	if (ifNoneMatch === null) return false;
	if (ifNoneMatch.trim() === '*') return true;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** The 304 for an answer whose validator the request already has: its headers, no body. */
export function notModified(headers: Headers): Response {
	const kept = new Headers(headers);
	for (const name of ['content-length', 'content-encoding', 'content-type']) kept.delete(name);
	return new Response(null, { status: 304, headers: kept });
}

/**
 * A successful GET answer with its validator and Cache-Control (`no-cache` unless the route chose
 * one), or a 304 when the request has that validator. Reads the body to hash it, so it is for
 * answers that are whole anyway (pages, JSON, CSV, images), not streams.
 */
export async function withValidator(request: Request, response: Response): Promise<Response> {
	if (request.method !== 'GET' || response.status !== 200 || !response.body) return response;
	const headers = new Headers(response.headers);
	if (!headers.has('cache-control')) headers.set('cache-control', CACHE_CONTROL.revalidate);
	const body = new Uint8Array(await response.arrayBuffer());
	if (!headers.has('etag')) headers.set('etag', etagOf(body));
	if (matchesEtag(request.headers.get('if-none-match'), headers.get('etag')!))
		return notModified(headers);
	return new Response(body, { status: response.status, headers });
}
