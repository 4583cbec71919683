/**
 * Headers sent with every response: pages, JSON, scripts, styles and the prerendered shapes. Set by
 * hooks.server.ts on what SvelteKit renders and by scripts/adapter.js on the files adapter-node
 * serves by itself. Plain JavaScript, because the adapter loads it in Node without a build step.
 * (The page's Content-Security-Policy is SvelteKit's, configured in svelte.config.js, less its
 * frame-ancestors, which depends on the page: `frameAncestors`.)
 */
export const SECURITY_HEADERS = Object.freeze({
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// frame-ancestors 'none' for browsers that predate CSP level 2.
	'X-Frame-Options': 'DENY'
});

/** The one page other sites may frame: the map made for their articles (routes/embed). */
export const EMBED_PATH = '/embed';

/** @param {string} pathname */
export const mayBeFramed = (pathname) => pathname === EMBED_PATH;

/**
 * The security headers for a path: the embed may be framed by any site, so it goes without
 * X-Frame-Options (whose only values refuse some framing); its policy says who may frame it.
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function securityHeaders(pathname) {
	if (!mayBeFramed(pathname)) return SECURITY_HEADERS;
	return Object.fromEntries(
		Object.entries(SECURITY_HEADERS).filter(([name]) => name !== 'X-Frame-Options')
	);
}

/**
 * A page's policy on framing, sent as a policy of its own beside SvelteKit's (a response may
 * carry several; each is enforced): SvelteKit's configuration is one for every page.
 * @param {string} pathname
 */
export const frameAncestors = (pathname) =>
	mayBeFramed(pathname) ? 'frame-ancestors *' : "frame-ancestors 'none'";

/**
 * For responses that are not pages (JSON, errors): nothing in them may load or run anything, and
 * nobody may frame them. Pages get SvelteKit's policy instead.
 */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";
