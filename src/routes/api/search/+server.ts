import { json } from '@sveltejs/kit';
import { API_DEFAULTS, queryString, readQuery } from '$lib/library/query';
import { library, STARTING_WAIT_MS } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/**
 * Every sentence of every statement that contains `?q=` (the index: server/library/catalog.ts),
 * `?page=` and `?per=` at a time, with the time the search took in Server-Timing.
 */
export const GET: RequestHandler = async ({ url }) => {
	const lib = library();
	await lib.whenSettled(STARTING_WAIT_MS);
	const query = readQuery(url.searchParams, API_DEFAULTS);
	const started = performance.now();
	const found = lib.catalog.search(query.q, query.page, query.per);
	const took = performance.now() - started;
	const link = (page: number) => `/api/search${queryString(query, API_DEFAULTS, { page })}`;
	return json(
		{
			q: query.q,
			...found,
			next: found.page < found.pages ? link(found.page + 1) : null,
			prev: found.page > 1 ? link(found.page - 1) : null
		},
		{ headers: { 'Server-Timing': `search;dur=${took.toFixed(1)}` } }
	);
};
