import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { NON_PAGE_CSP, SECURITY_HEADERS } from '$lib/server/securityHeaders';

/** Security headers on every response, and the page's language from `?lang=`. */
export const handle: Handle = async ({ event, resolve }) => {
	// Prerendered files (the shapes) have no query string to read.
	const lang = !building && event.url.searchParams.get('lang') === 'en' ? 'en' : 'zh-Hans';
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	// Pages have SvelteKit's policy (svelte.config.js); JSON and errors get one allowing nothing.
	const html = response.headers.get('Content-Type')?.startsWith('text/html') ?? false;
	if (!html && !response.headers.has('Content-Security-Policy'))
		response.headers.set('Content-Security-Policy', NON_PAGE_CSP);
	return response;
};
