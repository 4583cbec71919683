import { findRegion } from '../../geo/regions';
import type { Meeting } from '../../seed/types';
import { byDate } from '../meetings';

/** One step of a presentation: the article's title, a meeting, or all provinces at once. */
export type Step =
	| { kind: 'title' }
	| { kind: 'meeting'; meeting: Meeting; /** 1-based, for "3 / 11". */ n: number }
	| { kind: 'overview' };

/**
 * The title, then the meetings in date order (a day's meetings in the article's order, the
 * undated at the end), then the overview. A province reported twice has a step for each meeting.
 */
export function presentSteps(meetings: readonly Meeting[]): Step[] {
	const ordered = byDate(meetings);
	return [
		{ kind: 'title' },
		...ordered.map((meeting, i) => ({ kind: 'meeting' as const, meeting, n: i + 1 })),
		{ kind: 'overview' }
	];
}

/** The meeting steps of `region` (a code or a name, as the map page takes it), in order. */
function meetingSteps(steps: readonly Step[], region: string | null): number[] {
	const code = region === null ? undefined : findRegion(region)?.code;
	return steps.flatMap((s, i) =>
		s.kind === 'meeting' && s.meeting.region.code === code ? [i] : []
	);
}

/**
 * The step the URL names: `step=overview`, else the meeting of `region` (a code; `step=2` for its
 * second meeting, when the article reports it twice), else the title. A region the article does
 * not report has no step of its own: the title, to start from.
 */
export function stepIndex(
	steps: readonly Step[],
	params: { region: string | null; step: string | null }
): number {
	if (params.step === 'overview') return steps.length - 1;
	const ofRegion = meetingSteps(steps, params.region);
	const nth = Math.max(1, Math.floor(Number(params.step)) || 1);
	return ofRegion[Math.min(nth, ofRegion.length) - 1] ?? 0;
}

/**
 * The `region` the URL asks for when it names no meeting (no such province, or one the article
 * does not report), for the presenter to say so rather than quietly show the title; else null.
 */
export function missingRegion(
	steps: readonly Step[],
	params: { region: string | null; step: string | null }
): string | null {
	if (params.region === null || params.step === 'overview') return null;
	return meetingSteps(steps, params.region).length === 0 ? params.region : null;
}

/** The URL parameters of a step; the others are cleared so a bookmark names one step. */
export function stepParams(
	step: Step,
	steps: readonly Step[] = [step]
): { region: string | null; step: string | null } {
	if (step.kind === 'meeting') {
		const code = step.meeting.region.code;
		const before = steps.filter(
			(s) => s.kind === 'meeting' && s.meeting.region.code === code && s.n < step.n
		).length;
		return { region: code, step: before > 0 ? String(before + 1) : null };
	}
	return { region: null, step: step.kind === 'overview' ? 'overview' : null };
}

/** Where a move lands: next/previous step, or the first/last meeting (Home/End); never outside. */
export function moveTo(
	steps: readonly Step[],
	from: number,
	move: 'next' | 'prev' | 'first' | 'last'
): number {
	const meetings = steps.length - 2;
	if (move === 'first' || move === 'last')
		return meetings > 0 ? (move === 'first' ? 1 : meetings) : from;
	const target = from + (move === 'next' ? 1 : -1);
	return Math.max(0, Math.min(steps.length - 1, target));
}
