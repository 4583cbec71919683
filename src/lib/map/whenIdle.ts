/**
 * Runs `task` once the browser is idle (at the latest after `timeout` ms, when given), or a moment
 * later where it cannot say: Safari has no requestIdleCallback.
 */
export function whenIdle(
	task: () => void,
	timeout?: number,
	win: Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>> = window
): void {
	if (typeof win.requestIdleCallback === 'function') {
		win.requestIdleCallback(() => task(), timeout === undefined ? undefined : { timeout });
	} else win.setTimeout(task, 50);
}
