/** The mark the benchmark and the browser tests wait for: every region drawn and clickable. */
export const READY_MARK = 'map:ready';

/** Marks readiness once per page, however many times the map mounts. */
export function markReady(
	perf: Pick<Performance, 'mark' | 'getEntriesByName'> = performance
): void {
	if (perf.getEntriesByName(READY_MARK).length === 0) perf.mark(READY_MARK);
}

/** The mark of the app having started (hydrated): the early map script has handed over. */
export const STARTED_MARK = 'app:started';
