import type { Meeting, Statement } from '../../seed/types';

/** One row of the comparison: a speech verb, and what each province said with it. */
export interface VerbRow {
	verb: string;
	/** One cell per meeting, in the meetings' order; a province that used the verb twice has two. */
	cells: Statement[][];
}

/**
 * The statements of several meetings lined up by verb (指出, 强调, 要求 …), rows in the order the
 * verbs first appear, reading the meetings left to right.
 */
export function alignByVerb(meetings: readonly Meeting[]): VerbRow[] {
	const verbs = [...new Set(meetings.flatMap((m) => m.statements.map((s) => s.verb)))];
	return verbs.map((verb) => ({
		verb,
		cells: meetings.map((m) => m.statements.filter((s) => s.verb === verb))
	}));
}
