import { findRegion } from '../../geo/regions';
import type { Meeting } from '../../seed/types';

/** One step of a presentation: the article's title, a meeting, or all provinces at once. */
export type Step =
	| { kind: 'title' }
	| { kind: 'meeting'; meeting: Meeting; /** 1-based, for "3 / 11". */ n: number }
	| { kind: 'overview' };

/**
 * The title, then the meetings in date order (a day's meetings in the article's order: the sort
 * is stable), then the overview.
 */
export function presentSteps(meetings: readonly Meeting[]): Step[] {
	const ordered = [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	return [
		{ kind: 'title' },
		...ordered.map((meeting, i) => ({ kind: 'meeting' as const, meeting, n: i + 1 })),
		{ kind: 'overview' }
	];
}

/** The meeting step of `region` (a code or a name, as the map page takes it), or -1. */
const meetingStep = (steps: readonly Step[], region: string | null) => {
	const code = region === null ? undefined : findRegion(region)?.code;
	return steps.findIndex((s) => s.kind === 'meeting' && s.meeting.region.code === code);
};

/**
 * The step the URL names: `step=overview`, else the meeting of `region`, else the title. A region
 * the article does not report has no step of its own: the title, to start from.
 */
export function stepIndex(
	steps: readonly Step[],
	params: { region: string | null; step: string | null }
): number {
	if (params.step === 'overview') return steps.length - 1;
	return Math.max(0, meetingStep(steps, params.region));
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
	return meetingStep(steps, params.region) === -1 ? params.region : null;
}

/** The URL parameters of a step; the others are cleared so a bookmark names one step. */
export function stepParams(step: Step): { region: string | null; step: string | null } {
	if (step.kind === 'meeting') return { region: step.meeting.region.code, step: null };
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
