import { InlineShapes } from '../map/inlineShapes';
import { meetingDays } from '../map/color';
import { reportFor } from './reports';
import { svgMap } from './svgMap';

/**
 * What a page that draws an article's map loads (the map page, the embed): the report (or
 * campaign) its URL asks for, its days in their colors, and the shapes.
 */
export async function mapData(url: URL, isDataRequest: boolean) {
	const { report, missingReport, missingReports } = await reportFor(url);
	return {
		report,
		// Computed here: the page would otherwise ship d3's color ramps to compute five colors.
		days: meetingDays(report?.meetings ?? []),
		/** The requested report id when no report has it: the page says so. */
		missingReport,
		/** The ids of a campaign (`?reports=`) that no report has: the page names them. */
		missingReports,
		// A page load draws the paths into its SVG and sends them no second time (inlineShapes.ts).
		shapes: isDataRequest ? svgMap() : new InlineShapes(svgMap())
	};
}
