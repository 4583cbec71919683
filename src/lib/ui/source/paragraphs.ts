import type { Report } from '../../seed/types';

/** One paragraph of the article as the source page shows it. */
export interface SourceParagraph {
	/** Its number: the index in `report.paragraphs`, the N of `#p-N` and of `Statement.paragraph`. */
	n: number;
	text: string;
	/** Before the first meeting: the reporter's lead (连日来，…). */
	lead: boolean;
	/** The province whose meeting it reports, if any. */
	code: string | null;
	/** Why the parser could not attribute it (Report.diagnostics), if it could not. */
	diagnostic: string | null;
}

/** Every paragraph in order, each with the meeting it belongs to, or why it belongs to none. */
export function sourceParagraphs(
	report: Pick<Report, 'paragraphs' | 'meetings' | 'diagnostics' | 'lead'>
): SourceParagraph[] {
	const owner = new Map<number, string>();
	for (const m of report.meetings) {
		// A paragraph that tells two meetings belongs to the first.
		for (const n of m.source.paragraphs) if (!owner.has(n)) owner.set(n, m.region.code);
	}
	const why = new Map(report.diagnostics.map((d) => [d.paragraph, d.reason]));
	const lead = new Set(report.lead ? report.lead.split('\n') : []);
	const first = Math.min(...owner.keys());
	return report.paragraphs.map((text, n) => ({
		n,
		text,
		lead: n < first && lead.has(text),
		code: owner.get(n) ?? null,
		diagnostic: why.get(n) ?? null
	}));
}
