/**
 * Where focus goes when the region panel closes (Esc, its × button): back where it was before
 * the panel took it (the map, a province in the list, a timeline chip), never to the page's body.
 */

/** What `returnTarget` needs of an element; the DOM's Element has it. */
export interface Focusable {
	readonly isConnected: boolean;
	getAttribute(name: string): string | null;
	readonly tagName: string;
}

/**
 * The element to focus: `remembered` while it is still in the page; else, for a link the panel
 * replaced (the region list gives way to the panel and comes back new), the page's link to the
 * same place in `root`; else `fallback` (the map).
 */
export function returnTarget<E extends Focusable>(
	remembered: E | null,
	root: { querySelectorAll(selector: string): Iterable<E> },
	fallback: () => E | null
): E | null {
	if (remembered?.isConnected) return remembered;
	const href = remembered?.tagName === 'A' ? remembered.getAttribute('href') : null;
	if (href !== null && href !== undefined) {
		for (const a of root.querySelectorAll('a[href]')) {
			if (a.getAttribute('href') === href) return a;
		}
	}
	return fallback();
}
