import type { Report } from '../seed/types';

/**
 * What the library lists of an article, without its text: small enough to send a thousand of.
 * The library's own type, not part of the Report interface.
 */
export interface ReportSummary {
	id: string;
	title: string;
	/** The paper or agency, when the article names it (Report.citation). */
	outlet: string | null;
	/** The day it was published, 'YYYY-MM-DD', when the article says. */
	published: string | null;
	/** The days its meetings cover: the first, the last, and how many distinct days. */
	dates: { first: string | null; last: string | null; days: number };
	counts: {
		/** Provincial-level divisions with a meeting. */
		regions: number;
		meetings: number;
		statements: number;
		/** Meetings the article gives no day for (近日 …). */
		undated: number;
		/** Paragraphs the parser could not attribute (Report.diagnostics). */
		unattributed: number;
	};
}

export function summarize(report: Report): ReportSummary {
	const days = [...new Set(report.meetings.flatMap((m) => (m.date === null ? [] : [m.date])))];
	days.sort();
	return {
		id: report.id,
		title: report.title,
		outlet: report.citation.outlet,
		published: report.citation.published,
		dates: { first: days[0] ?? null, last: days.at(-1) ?? null, days: days.length },
		counts: {
			regions: new Set(report.meetings.map((m) => m.region.code)).size,
			meetings: report.meetings.length,
			statements: report.meetings.reduce((n, m) => n + m.statements.length, 0),
			undated: report.meetings.filter((m) => m.date === null).length,
			unattributed: report.diagnostics.length
		}
	};
}

/**
 * The day an article is sorted by: when it was published, else its last meeting (it cannot have
 * been published before), else none (sorted last).
 */
export const sortDate = (s: Pick<ReportSummary, 'published' | 'dates'>): string | null =>
	s.published ?? s.dates.last;
