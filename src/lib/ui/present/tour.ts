/** Seconds a tour may stay on a step (or on one screenful of a long statement). */
export const INTERVALS = [5, 8, 10, 15, 20, 30, 45, 60] as const;
export const DEFAULT_INTERVAL = 15;

/** The next longer (+1) or shorter (−1) interval, staying within the list. */
export function adjustInterval(current: number, direction: 1 | -1): number {
	const i = INTERVALS.findIndex((s) => s >= current);
	const at = i === -1 ? INTERVALS.length - 1 : i;
	const exact = INTERVALS[at] === current;
	const next = direction === 1 ? (exact ? at + 1 : at) : at - 1;
	return INTERVALS[Math.max(0, Math.min(INTERVALS.length - 1, next))]!;
}

/**
 * What one tick of the tour does: show the next screenful of a statement that does not fit, else
 * the next step; on the last step the tour is over. Nobody has to touch anything to read it all.
 */
export function tourTick(state: { last: boolean; moreBelow: boolean }): 'scroll' | 'next' | 'stop' {
	if (state.moreBelow) return 'scroll';
	return state.last ? 'stop' : 'next';
}
