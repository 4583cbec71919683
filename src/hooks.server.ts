import { building } from '$app/environment';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { frameAncestors, NON_PAGE_CSP, securityHeaders } from '$lib/server/securityHeaders';
import { PageCache, type CachedPage } from '$lib/server/pageCache';
import {
	CACHE_CONTROL,
	etagOf,
	matchesEtag,
	notModified,
	withValidator
} from '$lib/server/httpCache';
import { encode, pickEncoding } from '$lib/server/encodedPage';
import { htmlLang, langOf } from '$lib/ui/i18n';
import { library } from '$lib/server/reports';
import { svgMap } from '$lib/server/svgMap';

const pages = new PageCache(64);

/** The seeds and the SVG map (its label placement takes a moment) before the first request. */
export const init: ServerInit = () => {
	if (building) return;
	library();
	svgMap();
};

/**
 * Security headers on every response, the page's language from `?lang=`, rendered pages kept for
 * their next request, and a validator (ETag) and Cache-Control on every answer (httpCache.ts).
 */
export const handle: Handle = async ({ event, resolve }) => {
	// Pages are rendered once per URL (pageCache.ts) and version of the seeds (a page made from
	// articles since changed is not sent again); a long, one-off URL is not kept.
	// (Prerendering may not read the query string at all.)
	const key = building ? '' : `${library().version} ${event.url.pathname}${event.url.search}`;
	const cacheable =
		!building && event.request.method === 'GET' && !event.isDataRequest && key.length <= 512;
	const hit = cacheable ? pages.get(key) : undefined;
	if (hit) return cachedResponse(hit, event.request.headers);

	// Prerendered files (the shapes) have no query string to read.
	const lang = building ? htmlLang('zh') : htmlLang(langOf(event.url.searchParams));
	const response = await resolve(event, {
		// No module preloads on the map page: they would share the network with the page itself,
		// which is what the first paint waits for, and the app hydrates only after that paint.
		preload: ({ type }) => type !== 'js' || event.route.id !== '/',
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	const path = event.url.pathname;
	for (const [name, value] of Object.entries(securityHeaders(path)))
		response.headers.set(name, value);
	// Pages have SvelteKit's policy (svelte.config.js) and one on who may frame them; JSON and
	// errors get one allowing nothing.
	const html = response.headers.get('Content-Type')?.startsWith('text/html') ?? false;
	if (html) response.headers.append('Content-Security-Policy', frameAncestors(path));
	else if (!response.headers.has('Content-Security-Policy'))
		response.headers.set('Content-Security-Policy', NON_PAGE_CSP);
	if (cacheable && html && response.status === 200) {
		const body = await response.text();
		response.headers.set('Cache-Control', CACHE_CONTROL.revalidate);
		response.headers.set('ETag', etagOf(body));
		const page: CachedPage = { body, headers: [...response.headers] };
		pages.set(key, page);
		// Compressed once, off the request: later requests get it in one piece, the strongest way.
		encode(body).then(
			(encoded) => (page.encoded = encoded),
			(error: unknown) => console.error(`Could not compress the page ${key}:`, error)
		);
		return cachedResponse(page, event.request.headers);
	}
	return withValidator(event.request, response);
};

/**
 * A cached page: a 304 if the request has it already, else compressed ahead of time if the request
 * accepts it (the server's compression then leaves it alone), else as it is.
 */
function cachedResponse(page: CachedPage, request: Headers): Response {
	const headers = new Headers(page.headers);
	headers.append('Vary', 'Accept-Encoding');
	if (matchesEtag(request.get('if-none-match'), headers.get('etag')!)) return notModified(headers);
	const encoding = page.encoded && pickEncoding(request.get('accept-encoding'));
	if (!page.encoded || !encoding) return new Response(page.body, { headers });
	headers.set('Content-Encoding', encoding);
	headers.set('Content-Length', String(page.encoded[encoding].length));
	return new Response(page.encoded[encoding], { headers });
}
