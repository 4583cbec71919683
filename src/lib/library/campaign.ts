import type { Meeting, Report } from '../seed/types';

/** A meeting of one of several articles, knowing which. */
export interface CampaignMeeting extends Meeting {
	/** The id of the report it comes from. */
	report: string;
}

/**
 * The meetings of several reports as one campaign: by day (undated last), then in the order the
 * reports were given and, within one, the article's own order. What a map of several articles
 * colors and steps through (`?reports=a,b,c`, to come).
 */
export function campaignMeetings(reports: readonly Report[]): CampaignMeeting[] {
	const all = reports.flatMap((report) =>
		report.meetings.map((m) => ({ ...m, report: report.id }))
	);
	// Array.prototype.sort is stable: equal days keep the reports' and the articles' order.
	return all.sort((a, b) => {
		if (a.date === b.date) return 0;
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return a.date < b.date ? -1 : 1;
	});
}

/** The ids of a `reports=a,b,c` parameter: trimmed, each once, at most `max`. */
export function campaignIds(value: string | null, max = 50): string[] {
	const ids = (value ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
	return [...new Set(ids)].slice(0, max);
}
