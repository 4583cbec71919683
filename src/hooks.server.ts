import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { NON_PAGE_CSP, SECURITY_HEADERS } from '$lib/server/securityHeaders';
import { EARLY_SCRIPT, EARLY_SCRIPT_SOURCE, allowScript } from '$lib/server/earlyScript';

/**
 * Security headers on every response, the page's language from `?lang=`, and the early map script
 * (map/early.ts) with the hash that lets it run.
 */
export const handle: Handle = async ({ event, resolve }) => {
	// Prerendered files (the shapes) have no query string to read.
	const lang = !building && event.url.searchParams.get('lang') === 'en' ? 'en' : 'zh-Hans';
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%lang%', lang)
				.replace('%early.script%', () => `<script>${EARLY_SCRIPT}</script>`)
	});
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	// Pages have SvelteKit's policy (svelte.config.js); JSON and errors get one allowing nothing.
	const html = response.headers.get('Content-Type')?.startsWith('text/html') ?? false;
	const csp = response.headers.get('Content-Security-Policy');
	if (html && csp)
		response.headers.set('Content-Security-Policy', allowScript(csp, EARLY_SCRIPT_SOURCE));
	if (!html && !response.headers.has('Content-Security-Policy'))
		response.headers.set('Content-Security-Policy', NON_PAGE_CSP);
	return response;
};
