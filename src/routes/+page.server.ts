import { pickReport } from '$lib/server/pickReport';
import { getReports } from '$lib/server/reports';
import { svgMap } from '$lib/server/svgMap';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const { reports, errors } = getReports();
	const { report, missingReport } = pickReport(reports, url);
	return {
		report,
		reports: reports.map((r) => ({ id: r.id, title: r.title })),
		errors,
		/** The requested report id when no report has it: the page says so. */
		missingReport,
		shapes: svgMap()
	};
};
