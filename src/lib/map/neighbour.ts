import type { MapShapes } from './shapes';

/** Which way an arrow key points, on the map as drawn (y grows downward). */
export type Direction = 'up' | 'down' | 'left' | 'right';

/** A region's point on the map: where it is, in map units. */
export interface Place {
	code: string;
	x: number;
	y: number;
	/** The regions it shares a border with, when known: the arrow keys prefer them. */
	neighbours?: readonly string[];
}

/** The arrow keys' directions, by `KeyboardEvent.key`. */
export const ARROWS: Readonly<Record<string, Direction>> = {
	ArrowUp: 'up',
	ArrowDown: 'down',
	ArrowLeft: 'left',
	ArrowRight: 'right'
};

const VECTORS: Record<Direction, readonly [number, number]> = {
	up: [0, -1],
	down: [0, 1],
	left: [-1, 0],
	right: [1, 0]
};

/**
 * How far off the arrow's line a region may lie and still be "that way": up to twice as far off
 * it as along it (some 63°), so 宁夏 is up from 陕西 although a little west of it.
 */
const CONE = 2;
/** A step off the arrow's line counts this many times a step along it. */
const ACROSS_WEIGHT = 2;

/** Each region's own point: a tiny region's (香港, 澳门) where it is, not where its name is. */
export function placesOf(shapes: Pick<MapShapes, 'regions'>): Place[] {
	return shapes.regions.map((r) => {
		const [x, y] = r.anchor ?? r.label;
		return { code: r.code, x, y, neighbours: r.neighbours };
	});
}

/**
 * The region an arrow key moves to from `from`: among those lying that way (within the cone),
 * the ones it shares a border with first (from 江西 down is 广东, not 香港 beyond it), then the
 * one closest along the arrow, a step aside costing twice a step ahead; ties go to the nearer.
 * Null where nothing lies that way (an edge of the country), or `from` is unknown.
 */
export function neighbourIn(
	places: readonly Place[],
	from: string,
	direction: Direction
): string | null {
	const origin = places.find((p) => p.code === from);
	if (!origin) return null;
	const [dx, dy] = VECTORS[direction];
	const bordering = new Set(origin.neighbours ?? []);
	let best: { code: string; score: number; distance: number; border: boolean } | null = null;
	for (const p of places) {
		if (p.code === from) continue;
		const [vx, vy] = [p.x - origin.x, p.y - origin.y];
		const along = vx * dx + vy * dy;
		const across = Math.abs(vx * dy - vy * dx);
		if (along <= 0 || across > CONE * along) continue;
		const score = along + ACROSS_WEIGHT * across;
		const distance = Math.hypot(vx, vy);
		const border = bordering.has(p.code);
		if (
			!best ||
			(border && !best.border) ||
			(border === best.border &&
				(score < best.score - 1e-9 ||
					(Math.abs(score - best.score) <= 1e-9 && distance < best.distance)))
		) {
			best = { code: p.code, score, distance, border };
		}
	}
	return best?.code ?? null;
}
