import type { Meeting, Report } from '../seed/types';

/** A meeting of one of several articles, knowing which. */
export type CampaignMeeting = Meeting & Required<Pick<Meeting, 'article'>>;

/**
 * The meetings of several reports as one campaign: by day (undated last), then in the order the
 * reports were given and, within one, the article's own order. Each carries its article's id and
 * title; its paragraph numbers are its article's.
 */
export function campaignMeetings(reports: readonly Report[]): CampaignMeeting[] {
	const all = reports.flatMap((report) =>
		report.meetings.map((m) => ({ ...m, article: { id: report.id, title: report.title } }))
	);
	// Array.prototype.sort is stable: equal days keep the reports' and the articles' order.
	return all.sort((a, b) => {
		if (a.date === b.date) return 0;
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return a.date < b.date ? -1 : 1;
	});
}

/**
 * Several reports as one (`?reports=a,b,c`), so that every page that shows a report shows the
 * campaign as it is: the map, its panel, the timeline, the comparison and the presenter. Its
 * paragraphs are the articles' one after the other, each headed by its title, and every paragraph
 * number (statements, meetings' sources, diagnostics) is renumbered into them, so a statement's
 * link lands on its paragraph in the campaign's article view. Its lead lists the titles.
 */
export function campaignReport(reports: readonly Report[], title: string): Report {
	const paragraphs: string[] = [];
	const shifted = reports.map((report) => {
		paragraphs.push(report.title || report.id);
		const offset = paragraphs.length;
		paragraphs.push(...report.paragraphs);
		const at = (n: number) => n + offset;
		return {
			...report,
			meetings: report.meetings.map((m) => ({
				...m,
				statements: m.statements.map((s) => ({ ...s, paragraph: at(s.paragraph) })),
				source: { paragraphs: m.source.paragraphs.map(at) }
			})),
			diagnostics: report.diagnostics.map((d) => ({ ...d, paragraph: at(d.paragraph) }))
		};
	});
	return {
		id: reports.map((r) => r.id).join(','),
		title,
		lead: reports.map((r) => r.title || r.id).join('\n'),
		paragraphs,
		meetings: campaignMeetings(shifted),
		diagnostics: shifted.flatMap((r) => r.diagnostics),
		// Several articles have no one publication: an outlet they all share is still theirs.
		citation: {
			outlet:
				new Set(reports.map((r) => r.citation.outlet)).size === 1
					? reports[0]!.citation.outlet
					: null,
			published: null,
			url: null
		}
	};
}

/** The ids of a `reports=a,b,c` parameter (or several): trimmed, each once, at most `max`. */
export function campaignIds(value: string | readonly string[] | null, max = 50): string[] {
	const ids = [value ?? '']
		.flat()
		.flatMap((v) => v.split(','))
		.map((id) => id.trim())
		.filter((id) => id !== '');
	return [...new Set(ids)].slice(0, max);
}
