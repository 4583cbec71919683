/**
 * The words that introduce what an official said (`骆惠宁强调，…`). The parser knows no other
 * verbs, so a new one in an article is added here and nowhere else.
 *
 * Order matters: at one position the first listed verb that fits wins, so a compound like
 * 强调指出 must come before its parts or the statement would start with 指出 and lose 强调.
 */
export const SPEECH_VERBS: readonly string[] = [
	'强调指出',
	'指出',
	'强调',
	'要求',
	'表示',
	'提出',
	'希望'
];

/** What may follow the verb before the quoted text starts: `指出，` or, less often, `指出：`. */
export const AFTER_VERB: readonly string[] = ['，', '：'];
