import {
	PAGE_DEFAULTS,
	queryString,
	readQuery,
	type LibraryQuery,
	type Sort,
	type Order
} from '../../library/query';
import type { Hit } from '../../library/lists';

/**
 * The library page's state is its URL (`?q=`, `?sort=`, `?order=`, `?page=`, `?hits=`, `?lang=`);
 * this reads it and writes every link the page has, so that each works without script and the
 * router takes them over with it.
 */
export class LibraryLinks {
	readonly query: LibraryQuery;
	readonly #lang: string | null;

	constructor(params: URLSearchParams) {
		this.query = readQuery(params, PAGE_DEFAULTS);
		this.#lang = params.get('lang');
	}

	#library(changes: Partial<LibraryQuery>): string {
		return `/library${queryString(this.query, PAGE_DEFAULTS, changes, { lang: this.#lang })}`;
	}

	/** This list in another order, from its first page. */
	sorted(sort: Sort, order: Order): string {
		return this.#library({ sort, order, page: 1 });
	}

	isSorted(sort: Sort, order: Order): boolean {
		return this.query.sort === sort && (sort === 'file' || this.query.order === order);
	}

	/** Page `n` of the articles. */
	page(n: number): string {
		return this.#library({ page: n });
	}

	/** Page `n` of the statements found. */
	hits(n: number): string {
		return this.#library({ hits: n });
	}

	/** The article on the map. */
	article(id: string): string {
		return this.#map({ report: id });
	}

	/** The sentence found, on the map: its province open and the words marked. */
	hit(hit: Pick<Hit, 'article' | 'region'>): string {
		return this.#map({ report: hit.article, region: hit.region, q: this.query.q });
	}

	#map(params: Record<string, string>): string {
		const search = new URLSearchParams(params);
		if (this.#lang) search.set('lang', this.#lang);
		return `/?${search}`;
	}
}

/** The article's JSON and CSV, to save. */
export const downloads = (id: string) => ({
	json: `/api/reports/${encodeURIComponent(id)}?download`,
	csv: `/api/reports/${encodeURIComponent(id)}.csv`
});
