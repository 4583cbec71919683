/**
 * The words that give what someone said (`骆惠宁强调，…`), in their simplified form (traditional
 * text is matched through matching.ts). The parser knows no other verbs, so a new one in an
 * article is added here and nowhere else. At one position the longest verb that fits wins, so a
 * compound like 强调指出 is read whole, never as 强调 and a text starting 指出.
 */
export const SPEECH_VERBS: readonly string[] = [
	'强调指出',
	'明确指出',
	'深刻指出',
	'明确要求',
	'明确提出',
	'指出',
	'强调',
	'要求',
	'表示',
	'提出',
	'希望',
	'认为',
	'说'
];

/** What a meeting itself does in the same way (会议认为，…), besides the speech verbs. */
export const RESOLUTION_VERBS: readonly string[] = ['号召', '决定', '明确'];

/** What may follow the verb before the text starts: `指出，` or `指出：`. */
export const AFTER_VERB: readonly string[] = ['，', '：'];

/** The verbs `verbs` that start at `at` in `text`, longest first, with what follows checked. */
export function verbAt(text: string, at: number, verbs: readonly string[]): string | undefined {
	let found: string | undefined;
	for (const verb of verbs) {
		if ((!found || verb.length > found.length) && text.startsWith(verb, at)) {
			if (AFTER_VERB.includes(text.charAt(at + verb.length))) found = verb;
		}
	}
	return found;
}
