import type { Meeting } from '../../seed/types';
import { peopleOf } from '../meetings';

/** What a search or a phrase found: the text to mark, and how often each province says it. */
export interface Matches {
	/** The exact text marked in the panel; the counts are of it. */
	needle: string;
	/** Occurrences by region code, only for regions with at least one. */
	counts: Record<string, number>;
	/** The regions with occurrences, in the article's order. */
	codes: string[];
	total: number;
}

/** Non-overlapping occurrences of `needle` in `text`, as <mark> would show them. */
export function countOccurrences(text: string, needle: string): number {
	if (needle === '') return 0;
	let n = 0;
	for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
	return n;
}

function collect(
	meetings: readonly Meeting[],
	needle: string,
	texts: (m: Meeting) => string[]
): Matches {
	const counts: Record<string, number> = {};
	for (const m of meetings) {
		const n = texts(m).reduce((sum, text) => sum + countOccurrences(text, needle), 0);
		if (n > 0) counts[m.region.code] = (counts[m.region.code] ?? 0) + n;
	}
	// Not Object.keys(counts): it puts numeric-looking keys (codes) in numeric order.
	const codes = [...new Set(meetings.map((m) => m.region.code))].filter((c) => c in counts);
	return { needle, counts, codes, total: codes.reduce((sum, c) => sum + counts[c]!, 0) };
}

/**
 * A plain substring search over everything the panel shows of a meeting: its name, the titles and
 * names of everyone who speaks, and every statement. Chinese has no spaces between words, so the query is not
 * split; only its ends are trimmed. Null for an empty query.
 */
export function searchMeetings(meetings: readonly Meeting[], query: string): Matches | null {
	const needle = query.trim();
	if (needle === '') return null;
	return collect(meetings, needle, (m) => [
		m.meeting,
		...peopleOf(m).flatMap((p) => [p.title, p.name]),
		...m.statements.map((s) => s.text)
	]);
}

/**
 * Where the officials quote `phrase`. Only the quoted form counts (“守”, not every 守 of
 * 守初心), and only in statements, as phrasesOf counts it.
 */
export function phraseMatches(meetings: readonly Meeting[], phrase: string): Matches | null {
	if (phrase.trim() === '') return null;
	return collect(meetings, `“${phrase}”`, (m) => m.statements.map((s) => s.text));
}
