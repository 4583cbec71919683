import { json } from '@sveltejs/kit';
import { campaignIds, campaignMeetings } from '$lib/library/campaign';
import { library } from '$lib/server/reports';
import type { Report } from '$lib/seed/types';
import type { RequestHandler } from './$types';

/**
 * Several articles as one campaign (`?reports=a,b,c`, at most 50): their summaries, and every
 * meeting of them in date order, each with its report's id; the ids not found are named.
 */
export const GET: RequestHandler = async ({ url }) => {
	const lib = library();
	const ids = campaignIds(url.searchParams.getAll('reports'));
	const found = await Promise.all(ids.map((id) => lib.report(id)));
	const reports = found.filter((r): r is Report => r !== undefined);
	return json({
		reports: lib.catalog.summaries(reports.map((r) => r.id)),
		meetings: campaignMeetings(reports),
		missing: ids.filter((_, i) => found[i] === undefined)
	});
};
