/**
 * Runs `task` once the next frame has been drawn: a click's visible answer goes first, and work the
 * user does not see (history, the router's page state) after it. Returns a function that cancels
 * it.
 */
export function afterNextPaint(
	task: () => void,
	win: Pick<Window, 'requestAnimationFrame' | 'setTimeout'> = window
): () => void {
	let cancelled = false;
	// A frame's animation callbacks run before it is drawn; a task queued from one runs after.
	win.requestAnimationFrame(() => win.setTimeout(() => cancelled || task(), 0));
	return () => (cancelled = true);
}
