/** The sizes of a scrolling box, as the DOM gives them. */
export interface ScrollBox {
	scrollTop: number;
	clientHeight: number;
	scrollHeight: number;
}

/** True when part of the box's content is still below its bottom edge (a pixel of slack). */
export function moreBelow(box: ScrollBox): boolean {
	return box.scrollTop + box.clientHeight < box.scrollHeight - 1;
}

/**
 * Where ↓ (+1) or ↑ (−1) scrolls a long statement: a screenful, less `overlap` pixels (about two
 * lines) repeated at the top, so the room never loses its place between screens.
 */
export function pageTop(box: ScrollBox, direction: 1 | -1, overlap: number): number {
	const step = Math.max(box.clientHeight - overlap, box.clientHeight / 2);
	const max = Math.max(0, box.scrollHeight - box.clientHeight);
	return Math.max(0, Math.min(max, box.scrollTop + direction * step));
}
