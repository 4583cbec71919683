import type { Meeting, Official, Statement } from '../seed/types';

/**
 * Meetings in date order, the undated after the dated; meetings of one day in the article's
 * order (the sort is stable).
 */
export function byDate<T extends Pick<Meeting, 'date'>>(meetings: readonly T[]): T[] {
	return [...meetings].sort((a, b) =>
		a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1
	);
}

/** A province's meetings, in date order: a province the article reports twice has two. */
export function meetingsOf(meetings: readonly Meeting[], code: string | null): Meeting[] {
	return byDate(meetings.filter((m) => m.region.code === code));
}

/** A statement with whether the word has just passed to its speaker (show who speaks). */
export interface Turn {
	statement: Statement;
	/** True for the first statement, and whenever the speaker is another than before. */
	newSpeaker: boolean;
}

/** A meeting's statements, each marked where the speaker changes. */
export function turnsOf(meeting: Pick<Meeting, 'statements'>): Turn[] {
	return meeting.statements.map((statement, i) => ({
		statement,
		newSpeaker: i === 0 || !sameSpeaker(meeting.statements[i - 1]?.speaker, statement.speaker)
	}));
}

const sameSpeaker = (a: Official | null | undefined, b: Official | null): boolean =>
	a === b || (a != null && b !== null && a.name === b.name);

/** Whether the meeting's leading official is introduced but never speaks (主持会议): shown apart. */
export function silentOfficial(meeting: Pick<Meeting, 'official' | 'statements'>): Official | null {
	const { official } = meeting;
	if (!official) return null;
	return meeting.statements.some((s) => s.speaker?.name === official.name) ? null : official;
}

/** Everyone a meeting names: its leading official, then each other speaker, once each. */
export function peopleOf(meeting: Pick<Meeting, 'official' | 'statements'>): Official[] {
	const people = meeting.official ? [meeting.official] : [];
	for (const { speaker } of meeting.statements) {
		if (speaker && !people.some((p) => p.name === speaker.name)) people.push(speaker);
	}
	return people;
}
