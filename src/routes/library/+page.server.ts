import { PAGE_DEFAULTS, readQuery } from '$lib/library/query';
import { library, STARTING_WAIT_MS } from '$lib/server/reports';
import type { PageServerLoad } from './$types';

/** Statements found, to a page. */
const HITS_PER_PAGE = 50;

/**
 * Every article, a page at a time, in the order asked for; with `?q=`, the articles whose title
 * has it and every sentence of every statement that does (the index: server/library/).
 */
export const load: PageServerLoad = async ({ url, setHeaders }) => {
	const lib = library();
	await lib.whenSettled(STARTING_WAIT_MS);
	const query = readQuery(url.searchParams, PAGE_DEFAULTS);
	const articles = lib.catalog.list({ title: query.q, ...query });
	const started = performance.now();
	const hits = query.q ? lib.catalog.search(query.q, query.hits, HITS_PER_PAGE) : null;
	if (hits)
		setHeaders({ 'Server-Timing': `search;dur=${(performance.now() - started).toFixed(1)}` });
	return {
		articles,
		hits,
		/** Every article in the library, whatever the search. */
		total: query.q ? lib.catalog.list({ per: 1 }).total : articles.total,
		errors: lib.catalog.errors(),
		settled: lib.settled
	};
};
