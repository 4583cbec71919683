import { json } from '@sveltejs/kit';
import { campaignIds } from '$lib/library/campaign';
import { API_DEFAULTS, queryString, readQuery } from '$lib/library/query';
import { library, STARTING_WAIT_MS } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/**
 * The articles' summaries (id, title, outlet, published, dates, counts), a page at a time:
 * `?page=`, `?per=` (at most 200), `?sort=date|file`, `?order=asc|desc`, `?q=` (in titles); with
 * the totals, the links to the pages before and after, and the seeds left out. `?ids=a,b,c` gives
 * those articles' summaries instead, in that order (a campaign), and names the ids not found.
 */
export const GET: RequestHandler = async ({ url }) => {
	const lib = library();
	await lib.whenSettled(STARTING_WAIT_MS);
	const errors = lib.catalog.errors();
	const indexing = { settled: lib.settled };
	if (url.searchParams.has('ids')) {
		const ids = campaignIds(url.searchParams.get('ids'), 200);
		const reports = lib.catalog.summaries(ids);
		const found = new Set(reports.map((r) => r.id));
		return json({ reports, missing: ids.filter((id) => !found.has(id)), errors, indexing });
	}
	const query = readQuery(url.searchParams, API_DEFAULTS);
	const list = lib.catalog.list({ title: query.q, ...query });
	const link = (page: number) => `/api/reports${queryString(query, API_DEFAULTS, { page })}`;
	return json({
		reports: list.items,
		errors,
		total: list.total,
		page: list.page,
		per: list.per,
		pages: list.pages,
		next: list.page < list.pages ? link(list.page + 1) : null,
		prev: list.page > 1 ? link(list.page - 1) : null,
		indexing
	});
};
