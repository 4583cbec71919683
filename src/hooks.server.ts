import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';

/** Security headers on every response, and the page's language from `?lang=`. */
export const handle: Handle = async ({ event, resolve }) => {
	// Prerendered files (the shapes) have no query string to read.
	const lang = !building && event.url.searchParams.get('lang') === 'en' ? 'en' : 'zh-Hans';
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};
