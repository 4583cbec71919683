import type { Report } from '../seed/types';

export interface Picked {
	/** The report asked for, else the first one, else null when there is none. */
	report: Report | null;
	/** The requested report id when no report has it: the page says so. */
	missingReport: string | null;
}

/** Where pages get reports from: the library (server/library/library.ts), or a list in tests. */
export interface ReportSource {
	report(id: string): Promise<Report | undefined>;
	firstId(): Promise<string | undefined>;
}

/**
 * The report a page shows for its URL: `?report=<id>`, else the first. Every page that shows one
 * report picks it here, so a link that keeps `report` lands on the same article everywhere.
 */
export async function pickReport(source: ReportSource, url: URL): Promise<Picked> {
	const wanted = url.searchParams.get('report');
	// Ids come from file names we read ourselves; a requested id is only ever looked up, never used
	// as a path.
	const chosen = wanted === null ? undefined : await source.report(wanted);
	if (chosen) return { report: chosen, missingReport: null };
	const first = await source.firstId();
	return {
		report: (first === undefined ? undefined : await source.report(first)) ?? null,
		missingReport: wanted
	};
}

/** A source over reports in memory, in their order. */
export const listSource = (reports: readonly Report[]): ReportSource => ({
	report: async (id) => reports.find((r) => r.id === id),
	firstId: async () => reports[0]?.id
});
