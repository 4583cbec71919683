import { pickReport } from '$lib/server/pickReport';
import { library } from '$lib/server/reports';
import { svgMap } from '$lib/server/svgMap';
import { InlineShapes } from '$lib/map/inlineShapes';
import { meetingDays } from '$lib/map/color';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, isDataRequest }) => {
	const { report, missingReport } = await pickReport(library(), url);
	return {
		report,
		// Computed here: the page would otherwise ship d3's color ramps to compute five colors.
		days: meetingDays(report?.meetings ?? []),
		reports: library().catalog.titles(),
		errors: library().catalog.errors(),
		/** The requested report id when no report has it: the page says so. */
		missingReport,
		// A page load draws the paths into its SVG and sends them no second time (inlineShapes.ts).
		shapes: isDataRequest ? svgMap() : new InlineShapes(svgMap())
	};
};
