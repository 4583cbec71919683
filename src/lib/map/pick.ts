/** A region's box on screen, in CSS pixels. */
export interface ScreenBox {
	code: string;
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** How far (px) from a tiny region a pointer may be and still mean it: a finger is blunter. */
export const TOLERANCE = { mouse: 8, touch: 16 } as const;
/** Regions whose box is smaller than this on screen are hard to hit and get the tolerance. */
export const TINY = 32;

const distance = (b: ScreenBox, x: number, y: number) =>
	Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));
const area = (b: ScreenBox) => (b.x1 - b.x0) * (b.y1 - b.y0);

/**
 * The region a pointer at (x, y) means. `exact` is the one under it, if any; near a tiny region
 * (香港, 澳门, 上海 at the country's zoom) within `tolerance` the tiny one wins, the nearest
 * first, then the smallest, so 澳门 can be hit beside 珠海 and 香港 from the sea.
 */
export function pickRegion(
	x: number,
	y: number,
	exact: string | null,
	boxes: readonly ScreenBox[],
	tolerance: number
): string | null {
	const near = boxes.filter(
		(b) => Math.max(b.x1 - b.x0, b.y1 - b.y0) < TINY && distance(b, x, y) <= tolerance
	);
	// Inside a tiny region's own shape (北京 beside 天津, whose boxes overlap), it is that one.
	if (near.length === 0 || near.some((b) => b.code === exact)) return exact;
	near.sort((a, b) => distance(a, x, y) - distance(b, x, y) || area(a) - area(b));
	return near[0]!.code;
}

/** The tolerance for an event: wider for touch and pen, where nothing hovers to aim with. */
export function toleranceFor(event: Event): number {
	const type = (event as PointerEvent).pointerType;
	return type === 'touch' || type === 'pen' ? TOLERANCE.touch : TOLERANCE.mouse;
}
