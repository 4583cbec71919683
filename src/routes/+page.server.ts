import { redirect } from '@sveltejs/kit';
import { library, reportFor } from '$lib/server/reports';
import { svgMap } from '$lib/server/svgMap';
import { InlineShapes } from '$lib/map/inlineShapes';
import { meetingDays } from '$lib/map/color';
import { campaignIds } from '$lib/library/campaign';
import type { PageServerLoad } from './$types';

/** How many other articles the header offers: the page's weight must not grow with the library. */
const RECENT = 5;

export const load: PageServerLoad = async ({ url, isDataRequest }) => {
	// The library's form sends ?reports=a&reports=b: one comma-separated value, as links keep it.
	const chosen = url.searchParams.getAll('reports');
	if (chosen.length > 1) {
		const canonical = new URL(url);
		canonical.searchParams.set('reports', campaignIds(chosen).join(','));
		redirect(303, `${canonical.pathname}${canonical.search.replaceAll('%2C', ',')}`);
	}
	const { report, missingReport, missingReports } = await reportFor(url);
	const lib = library();
	const recent = lib.catalog.list({ sort: 'date', order: 'desc', per: RECENT });
	return {
		report,
		// Computed here: the page would otherwise ship d3's color ramps to compute five colors.
		days: meetingDays(report?.meetings ?? []),
		/** The latest few articles and how many there are: the header's way to the others. */
		articles: {
			recent: recent.items.map(({ id, title }) => ({ id, title })),
			total: recent.total
		},
		errors: lib.catalog.errors(),
		/** The requested report id when no report has it: the page says so. */
		missingReport,
		missingReports,
		// A page load draws the paths into its SVG and sends them no second time (inlineShapes.ts).
		shapes: isDataRequest ? svgMap() : new InlineShapes(svgMap())
	};
};
