import type { Meeting, Official, Statement } from '../../seed/types';
import { byDate } from '../meetings';

/** A province's column: its meetings in date order, and all they said, in that order. */
export interface RegionColumn {
	code: string;
	meetings: Meeting[];
	statements: Statement[];
	/** Who leads its first meeting: statements by anyone else are marked with who said them. */
	lead: Official | null;
}

/** A column per province the article reports, in the order the article first reports them. */
export function regionColumns(meetings: readonly Meeting[]): RegionColumn[] {
	const codes = [...new Set(meetings.map((m) => m.region.code))];
	return codes.map((code) => {
		const own = byDate(meetings.filter((m) => m.region.code === code));
		return {
			code,
			meetings: own,
			statements: own.flatMap((m) => m.statements),
			lead: own[0]?.official ?? null
		};
	});
}

/** One row of the comparison: a speech verb, and what each province said with it. */
export interface VerbRow {
	verb: string;
	/** One cell per column, in the columns' order; a province that used the verb twice has two. */
	cells: Statement[][];
}

/**
 * The statements of several columns (meetings, or provinces' columns) lined up by verb (指出, 强调,
 * 要求 …), rows in the order the verbs first appear, reading the columns left to right.
 */
export function alignByVerb(meetings: readonly Pick<Meeting, 'statements'>[]): VerbRow[] {
	const verbs = [...new Set(meetings.flatMap((m) => m.statements.map((s) => s.verb)))];
	return verbs.map((verb) => ({
		verb,
		cells: meetings.map((m) => m.statements.filter((s) => s.verb === verb))
	}));
}
