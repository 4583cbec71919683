import { getReports } from '$lib/server/reports';
import { svgMap } from '$lib/server/svgMap';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const { reports, errors } = getReports();
	const wanted = url.searchParams.get('report');
	// Ids come from file names we read ourselves; a requested id is only ever looked up, never used
	// as a path.
	const chosen = wanted === null ? undefined : reports.find((r) => r.id === wanted);
	const report = chosen ?? reports[0] ?? null;
	return {
		report,
		reports: reports.map((r) => ({ id: r.id, title: r.title })),
		errors,
		/** The requested report id when no report has it: the page says so. */
		missingReport: wanted !== null && !chosen ? wanted : null,
		shapes: svgMap()
	};
};
