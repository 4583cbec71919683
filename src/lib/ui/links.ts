/** The app's pages a link can go to. */
export type Page = '/' | '/source' | '/compare' | '/library' | '/embed';
type Href = Page | `${Page}?${string}` | `${Page}#${string}`;

/** What travels with every link between pages: the article (or campaign) read and the language. */
const KEPT = ['report', 'reports', 'own', 'lang'] as const;

/**
 * A link to `page` that keeps the current `report` and `lang`, with `set` on top (null removes a
 * parameter) and an optional `#hash`. Pass the result through `resolve()` for the base path.
 */
export function hrefTo(
	page: Page,
	current: URLSearchParams,
	set: Record<string, string | null> = {},
	hash = ''
): Href {
	const params = new URLSearchParams();
	for (const key of KEPT) {
		const value = current.get(key);
		if (value !== null) params.set(key, value);
	}
	for (const [key, value] of Object.entries(set)) {
		if (value === null) params.delete(key);
		else params.set(key, value);
	}
	// Commas stay readable in ?regions=140000,500000; URLSearchParams would write %2C.
	const query = params.toString().replaceAll('%2C', ',');
	return `${page}${query ? `?${query}` : ''}${hash ? `#${hash.replace(/^#/, '')}` : ''}` as Href;
}
