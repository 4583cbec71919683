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
}

/** Every paragraph in order, each with the meeting it belongs to. */
export function sourceParagraphs(
	report: Pick<Report, 'paragraphs' | 'meetings'>
): SourceParagraph[] {
	const owner = new Map<number, string>();
	for (const m of report.meetings) {
		for (const n of m.source.paragraphs) owner.set(n, m.region.code);
	}
	const first = Math.min(...owner.keys());
	return report.paragraphs.map((text, n) => ({
		n,
		text,
		lead: n < first,
		code: owner.get(n) ?? null
	}));
}
