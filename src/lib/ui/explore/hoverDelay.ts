/** About the longest wait that still reads as at once (0.1 s). */
export const HOVER_DELAY = 100;

/**
 * The hover card's timing: the first card waits until the pointer has been over the regions for
 * `ms`, then the card follows it at once until it leaves them. A pointer crossing the map on its
 * way to a click does not flash a card on the projector, and a click made as the pointer arrives
 * opens its panel without the card's work in the same frame.
 */
export function hoverDelay<T>(
	apply: (hover: T | null) => void,
	ms = HOVER_DELAY
): { set: (hover: T | null) => void; cancel: () => void } {
	let shown = false;
	let latest: T | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const cancel = () => {
		clearTimeout(timer);
		timer = undefined;
	};
	return {
		set(hover) {
			latest = hover;
			if (hover === null) {
				cancel();
				if (shown) apply(null);
				shown = false;
			} else if (shown) {
				apply(hover);
			} else {
				timer ??= setTimeout(() => {
					timer = undefined;
					shown = true;
					apply(latest);
				}, ms);
			}
		},
		cancel
	};
}
