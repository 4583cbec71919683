/** What shows a user reaching for the map: a mouse moving over it, a touch, a wheel, focus. */
export const INTENT_EVENTS = ['pointermove', 'pointerdown', 'wheel', 'focusin'] as const;

/**
 * Calls `then` once, at the first sign of intent on `el`; returns what removes the listeners
 * (for a component's cleanup) should it come first.
 */
export function onIntent(
	el: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
	then: () => void
): () => void {
	const stop = () => {
		for (const type of INTENT_EVENTS) el.removeEventListener(type, fire);
	};
	function fire() {
		stop();
		then();
	}
	for (const type of INTENT_EVENTS) el.addEventListener(type, fire, { passive: true });
	return stop;
}
