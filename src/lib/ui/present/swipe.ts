import type { Attachment } from 'svelte/attachments';

/** How far a finger must travel sideways, in CSS pixels, for a swipe. */
export const SWIPE_DISTANCE = 50;

/**
 * The step a touch moving by (dx, dy) asks for: a swipe to the left is the next step (1), to the
 * right the previous (−1), as pages turn; one too short, or more up or down than sideways (reading
 * on in a long statement), is none.
 */
export function swipeStep(dx: number, dy: number): 1 | -1 | null {
	if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return null;
	return dx < 0 ? 1 : -1;
}

/**
 * Steps on a finger's swipe across the element, except where it starts on the map (`.map-view`),
 * whose drag pans it. The element keeps vertical scrolling (touch-action: pan-y), so the browser
 * takes a vertical gesture as a scroll and cancels the pointer.
 */
export const swipe =
	(onstep: (direction: 1 | -1) => void): Attachment<HTMLElement> =>
	(el) => {
		let start: { id: number; x: number; y: number } | null = null;
		const down = (e: PointerEvent) => {
			const onMap = (e.target as Element).closest('.map-view');
			start =
				e.pointerType === 'touch' && !onMap
					? { id: e.pointerId, x: e.clientX, y: e.clientY }
					: null;
		};
		const up = (e: PointerEvent) => {
			if (start?.id !== e.pointerId) return;
			const step = swipeStep(e.clientX - start.x, e.clientY - start.y);
			start = null;
			if (step) onstep(step);
		};
		const cancel = () => (start = null);
		el.addEventListener('pointerdown', down);
		el.addEventListener('pointerup', up);
		el.addEventListener('pointercancel', cancel);
		return () => {
			el.removeEventListener('pointerdown', down);
			el.removeEventListener('pointerup', up);
			el.removeEventListener('pointercancel', cancel);
		};
	};
