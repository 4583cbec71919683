/**
 * Where a card next to the pointer goes: below and right of it, clear of the cursor, flipped to
 * the other side where it would leave the window, and never off its top or left edge.
 */
export function placeCard(
	pointer: { x: number; y: number },
	card: { width: number; height: number },
	view: { width: number; height: number },
	gap = 14
): { left: number; top: number } {
	const right = pointer.x + gap;
	const below = pointer.y + gap;
	const left = right + card.width <= view.width ? right : pointer.x - gap - card.width;
	const top = below + card.height <= view.height ? below : pointer.y - gap - card.height;
	return { left: Math.max(0, left), top: Math.max(0, top) };
}
