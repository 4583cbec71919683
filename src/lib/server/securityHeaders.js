/**
 * Headers sent with every response: pages, JSON, scripts, styles and the prerendered shapes. Set by
 * hooks.server.ts on what SvelteKit renders and by scripts/adapter.js on the files adapter-node
 * serves by itself. Plain JavaScript, because the adapter loads it in Node without a build step.
 * (The page's Content-Security-Policy is SvelteKit's, configured in svelte.config.js.)
 */
export const SECURITY_HEADERS = Object.freeze({
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// frame-ancestors 'none' for browsers that predate CSP level 2.
	'X-Frame-Options': 'DENY'
});

/**
 * For responses that are not pages (JSON, errors): nothing in them may load or run anything, and
 * nobody may frame them. Pages get SvelteKit's policy instead.
 */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";
