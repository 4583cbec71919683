import type { Encoded } from './encodedPage';

/**
 * Rendered pages by URL. A page is a function of its URL and the seeds, and the seeds' library has
 * a version that changes with them (reports.ts: hooks.server.ts keys pages by both), so a page
 * rendered once can be sent again as it is: the map page renders in milliseconds (its SVG map, its
 * side column), a cached one in well under one: a click on the map before the app has started (a
 * link, ?region=…) is answered from here.
 */
export interface CachedPage {
	body: string;
	headers: [string, string][];
	/** The body compressed, once that is done (encodedPage.ts). */
	encoded?: Encoded;
}

/** Kept least recently used last: also what the share images are kept in (shareImage.ts). */
export class PageCache<T = CachedPage> {
	readonly #pages = new Map<string, T>();

	constructor(
		/** How many pages to keep; the least recently used goes first. */
		readonly size: number
	) {}

	get(key: string): T | undefined {
		const page = this.#pages.get(key);
		if (page) {
			// Most recently used last, so the first key is the one to drop.
			this.#pages.delete(key);
			this.#pages.set(key, page);
		}
		return page;
	}

	set(key: string, page: T): void {
		this.#pages.delete(key);
		this.#pages.set(key, page);
		if (this.#pages.size > this.size) this.#pages.delete(this.#pages.keys().next().value!);
	}

	delete(key: string): void {
		this.#pages.delete(key);
	}
}
