/**
 * Moves map labels apart where their boxes would overlap, keeping each inside its own region
 * where it can: a label moves the least way that clears its neighbors, and leaves its region (for
 * a leader line to point back) only when nothing inside does. Deterministic: the same shapes give
 * the same places on every server.
 */
import { growBox as grow, moveBox, overlapArea, type Box } from './labelBox';

export type Point = [number, number];

export interface Placeable {
	code: string;
	/** The best place for the label: deep inside its region, or a callout's hand-placed spot. */
	at: Point;
	/** The label's box around its point (labelBox.ts). */
	box: Box;
	/**
	 * How far a point is inside the label's region: negative outside, 0 on the border. A callout,
	 * already out of its region, answers Infinity: anywhere near its spot will do.
	 */
	depth: (p: Point, limit?: number) => number;
	/** How much more each unit of moving costs than for other labels (a hand-placed callout's). */
	stiffness?: number;
}

export interface Placed {
	label: Point;
	/** Set when the label had to leave its region: where its leader line points. */
	anchor?: Point;
}

export interface Options {
	/** The map's frame: labels stay inside it. */
	frame: Box;
	/** Other things labels must not cover (the South China Sea inset). */
	obstacles?: Box[];
	/** How far a label may move, and the grid it moves on, in map units. */
	radius?: number;
	step?: number;
	/** The clear space kept between two labels, so that they read as two. */
	gap?: number;
}

/** Any overlap costs more than moving a long way; a bigger one costs more still. */
const OVERLAP = 400;
/**
 * Leaving the region, for a leader line, is worth it only to save this much moving; and only a
 * region much smaller than its label may leave it, one whose deepest point is nearer its border
 * than a quarter of the label's height (a leader line in a province looks lost).
 */
const OUTSIDE = 60;
/** A label point this near its region's border reads as the neighbor's (capped by the region's size). */
const MARGIN = 10;
const PASSES = 8;

const overlapCost = (area: number) => (area > 0 ? OVERLAP + area : 0);

/** How much of a box lies outside the frame: a label cut by the map's edge is half a label. */
const outsideArea = (box: Box, frame: Box) =>
	(box.x1 - box.x0) * (box.y1 - box.y0) - overlapArea(box, frame);

/** Grid offsets within `radius`, nearest first; ties in a fixed order so results never vary. */
function offsets(radius: number, step: number): { d: Point; length: number }[] {
	const n = Math.floor(radius / step);
	const out: { d: Point; length: number }[] = [];
	for (let i = -n; i <= n; i++) {
		for (let j = -n; j <= n; j++) {
			if (i * i + j * j <= n * n)
				out.push({ d: [i * step, j * step], length: Math.hypot(i, j) * step });
		}
	}
	return out.sort((a, b) => a.length - b.length || a.d[1] - b.d[1] || a.d[0] - b.d[0]);
}

interface Candidate {
	at: Point;
	/** The label's box there, grown by half the gap (two such boxes must not overlap). */
	padded: Box;
	/** What the spot costs on its own: distance, nearness to the border, leaving the region. */
	cost: number;
	outside: boolean;
}

/**
 * The spots a label may take, nearest first, each costed only when asked for: the search stops
 * at the first spot farther than the best cost found, so most labels cost one spot.
 */
function candidates(item: Placeable, grid: ReturnType<typeof offsets>, options: Options) {
	const room = item.depth(item.at);
	const margin = Math.min(MARGIN, 0.6 * Math.max(0, room));
	const mayLeave = 4 * room < item.box.y1 - item.box.y0;
	const half = (options.gap ?? 0) / 2;
	const memo: (Candidate | null | undefined)[] = Array.from(grid, () => undefined);
	const at = (k: number): Candidate | null => {
		const cached = memo[k];
		if (cached !== undefined) return cached;
		const [dx, dy] = grid[k]!.d;
		const p: Point = [item.at[0] + dx, item.at[1] + dy];
		const box = moveBox(item.box, p);
		const depth = item.depth(p, MARGIN);
		const outside = depth < 0;
		if (outside && !mayLeave) return (memo[k] = null);
		let cost =
			grid[k]!.length * (item.stiffness ?? 1) +
			Math.max(0, margin - depth) +
			(outside ? OUTSIDE : 0);
		cost += overlapCost(outsideArea(box, options.frame));
		for (const o of options.obstacles ?? []) cost += overlapCost(overlapArea(box, o));
		return (memo[k] = { at: p, padded: grow(box, half), cost, outside });
	};
	return { count: grid.length, at };
}

/**
 * Where each label goes. In a given order, each label chooses its cheapest spot given those placed
 * before it; then each in turn moves to its cheapest spot given all the others, until none moves.
 * Overlaps cost both labels alike, so every move lowers the total cost, and this ends. Which order
 * is best depends on the map, and a first choice can trap the rest, so two orders are tried and
 * the cheaper outcome kept: stiff labels first, then those with the least room (the smallest
 * regions); or the least room first, stiff or not.
 */
export function placeLabels(items: readonly Placeable[], options: Options): Record<string, Placed> {
	const radius = options.radius ?? 100;
	const grid = offsets(radius, options.step ?? 3);
	const spots = new Map(items.map((i) => [i.code, candidates(i, grid, options)]));
	const room = new Map(items.map((i) => [i.code, i.depth(i.at)]));
	const stiffness = (i: Placeable) => i.stiffness ?? 1;
	const byCode = (a: Placeable, b: Placeable) => (a.code < b.code ? -1 : 1);
	const byRoom = (a: Placeable, b: Placeable) => room.get(a.code)! - room.get(b.code)!;
	const orders = [
		(a: Placeable, b: Placeable) => stiffness(b) - stiffness(a) || byRoom(a, b) || byCode(a, b),
		(a: Placeable, b: Placeable) => byRoom(a, b) || byCode(a, b)
	].map((compare) => [...items].sort(compare));

	// Only labels that can reach each other can collide.
	const reach = (i: Placeable) => grow(moveBox(i.box, i.at), radius + (options.gap ?? 0));
	const neighbors = new Map(
		items.map((a) => [
			a.code,
			items.filter((b) => b !== a && overlapArea(reach(a), reach(b)) > 0).map((b) => b.code)
		])
	);

	function settle(order: Placeable[]) {
		const chosen = new Map<string, Candidate>();
		const costAt = (code: string, c: Candidate) => {
			let cost = c.cost;
			for (const other of neighbors.get(code)!) {
				const o = chosen.get(other);
				if (o) cost += overlapCost(overlapArea(c.padded, o.padded));
			}
			return cost;
		};
		for (let pass = 0; pass < PASSES; pass++) {
			let moved = false;
			for (const item of order) {
				const spot = spots.get(item.code)!;
				const current = chosen.get(item.code);
				let best = current;
				let bestCost = current ? costAt(item.code, current) : Infinity;
				for (let k = 0; k < spot.count && grid[k]!.length * stiffness(item) < bestCost; k++) {
					const c = spot.at(k);
					if (!c) continue;
					const cost = costAt(item.code, c);
					if (cost < bestCost) [best, bestCost] = [c, cost];
				}
				if (best !== current) {
					chosen.set(item.code, best!);
					moved = true;
				}
			}
			if (!moved) break;
		}
		// Each overlap is counted from both sides, as the moves saw it.
		const total = [...chosen].reduce((sum, [code, c]) => sum + costAt(code, c), 0);
		return { chosen, total };
	}

	const { chosen } = orders
		.map(settle)
		.reduce((best, next) => (next.total < best.total ? next : best));
	return Object.fromEntries(
		items.map((i) => {
			const c = chosen.get(i.code)!;
			return [i.code, c.outside ? { label: c.at, anchor: i.at } : { label: c.at }];
		})
	);
}
