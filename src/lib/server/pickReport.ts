import { campaignIds, campaignReport } from '../library/campaign';
import type { Report } from '../seed/types';

export interface Picked {
	/** The report asked for, else the first one, else null when there is none. */
	report: Report | null;
	/** The requested report id when no report has it: the page says so. */
	missingReport: string | null;
	/** The ids of a campaign (`?reports=`) that no report has: the page names them. */
	missingReports: string[];
}

/** Where pages get reports from: the library (server/library/library.ts), or a list in tests. */
export interface ReportSource {
	report(id: string): Promise<Report | undefined>;
	firstId(): Promise<string | undefined>;
}

/**
 * The report a page shows for its URL: `?reports=a,b,c` (several articles as one, titled
 * `campaignTitle(n)`; `?reports=a&reports=b` too, as a form sends it), else `?report=<id>`, else
 * the first; with `?own=`, none (the reader's own article, which only their browser has). Every page that shows a report picks it here, so a link that keeps `report` and
 * `reports` lands on the same article or campaign everywhere. A campaign of which one article is
 * found is that article.
 */
export async function pickReport(
	source: ReportSource,
	url: URL,
	campaignTitle: (n: number) => string = (n) => `${n}`
): Promise<Picked> {
	// The reader's own article is in their browser, never here: the page reads it (ui/own/).
	if (url.searchParams.has('own')) return { report: null, missingReport: null, missingReports: [] };
	const ids = campaignIds(url.searchParams.getAll('reports'));
	if (ids.length) {
		const found = await Promise.all(ids.map((id) => source.report(id)));
		const reports = found.filter((r): r is Report => r !== undefined);
		const missingReports = ids.filter((_, i) => found[i] === undefined);
		if (reports.length > 1)
			return {
				report: campaignReport(reports, campaignTitle(reports.length)),
				missingReport: null,
				missingReports
			};
		if (reports.length === 1) return { report: reports[0]!, missingReport: null, missingReports };
		return { ...(await pickOne(source, null)), missingReports };
	}
	return { ...(await pickOne(source, url.searchParams.get('report'))), missingReports: [] };
}

async function pickOne(
	source: ReportSource,
	wanted: string | null
): Promise<Omit<Picked, 'missingReports'>> {
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
