import type { Report } from '../seed/types';

export interface Picked {
	/** The report asked for, else the first one, else null when there is none. */
	report: Report | null;
	/** The requested report id when no report has it: the page says so. */
	missingReport: string | null;
}

/**
 * The report a page shows for its URL: `?report=<id>`, else the first. Every page that shows one
 * report picks it here, so a link that keeps `report` lands on the same article everywhere.
 */
export function pickReport(reports: readonly Report[], url: URL): Picked {
	const wanted = url.searchParams.get('report');
	// Ids come from file names we read ourselves; a requested id is only ever looked up, never used
	// as a path.
	const chosen = wanted === null ? undefined : reports.find((r) => r.id === wanted);
	return {
		report: chosen ?? reports[0] ?? null,
		missingReport: wanted !== null && !chosen ? wanted : null
	};
}
