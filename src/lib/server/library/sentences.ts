import { sentenceStarts } from '../../seed/sentences';
import type { Report } from '../../seed/types';

/** One sentence of one statement, as the search index keeps it. */
export interface SentenceRow {
	meeting: number;
	statement: number;
	region: string;
	date: string | null;
	speakerTitle: string | null;
	speakerName: string | null;
	text: string;
}

/**
 * Every statement of a report cut into its sentences (the parser's own cut: a quotation stays
 * whole), so that a search hit shows the sentence that says it rather than a whole paragraph.
 */
export function sentenceRows(report: Pick<Report, 'meetings'>): SentenceRow[] {
	const rows: SentenceRow[] = [];
	report.meetings.forEach((meeting, m) => {
		meeting.statements.forEach((statement, s) => {
			const starts = sentenceStarts(statement.text);
			starts.forEach((start, i) => {
				const text = statement.text.slice(start, starts[i + 1] ?? statement.text.length).trim();
				if (text === '') return;
				rows.push({
					meeting: m,
					statement: s,
					region: meeting.region.code,
					date: meeting.date,
					speakerTitle: statement.speaker?.title ?? null,
					speakerName: statement.speaker?.name ?? null,
					text
				});
			});
		});
	});
	return rows;
}
