import { HELD_START } from '$lib/map/early';

// SvelteKit's inline script that imports the app's modules and starts it: a block that sets the
// `__sveltekit_…` global and calls `kit.start(`. Its data (the whole report) is inside it.
const BOOTSTRAP = /<script>(\s*\{\s*__sveltekit_\w+\s*=[\s\S]*?kit\.start\([\s\S]*?)<\/script>/;

// The slot element itself (EarlyPanels.svelte), not the page's styles that name it.
const EARLY_SLOT = /<div\b[^>]*\sdata-early-slot[\s>=]/;

/**
 * Holds the app's start until the map is on screen: SvelteKit's bootstrap becomes an inert
 * `<script type="text/plain">`, which the early map script (map/early.ts) runs after the first
 * paint. Run where it is, the browser compiles its data and fetches the app's modules before that
 * paint, which then waits for them. Its text is kept byte for byte, so SvelteKit's CSP hash still
 * allows it. A page without the early map, or a bootstrap of another shape, is left as it is.
 */
export function holdAppStart(html: string): string {
	if (!EARLY_SLOT.test(html)) return html;
	return html.replace(
		BOOTSTRAP,
		(_, body: string) => `<script type="text/plain" ${HELD_START}>${body}</script>`
	);
}
