import { describe, expect, it } from 'vitest';
import { depthIn } from './depth';
import { moveBox, overlapArea, type Box } from './labelBox';
import { placeLabels, type Placeable, type Point } from './placeLabels';

const rect = (x0: number, y0: number, x1: number, y1: number): Point[] => [
	[x0, y0],
	[x1, y0],
	[x1, y1],
	[x0, y1]
];
/** A label box 60 wide, 40 tall, centered on its point. */
const BOX: Box = { x0: -30, y0: -20, x1: 30, y1: 20 };
const FRAME: Box = { x0: -1000, y0: -1000, x1: 1000, y1: 1000 };

function region(code: string, ring: Point[], at: Point): Placeable {
	return { code, at, box: BOX, depth: depthIn([[ring]]) };
}

const gapBetween = (a: Box, b: Box) => Math.max(a.x0 - b.x1, b.x0 - a.x1, a.y0 - b.y1, b.y0 - a.y1);

describe('placeLabels', () => {
	it('leaves labels that do not overlap where they are', () => {
		const placed = placeLabels(
			[
				region('a', rect(0, 0, 200, 200), [100, 100]),
				region('b', rect(200, 0, 400, 200), [300, 100])
			],
			{ frame: FRAME }
		);
		expect(placed).toStrictEqual({ a: { label: [100, 100] }, b: { label: [300, 100] } });
	});

	// Two tall regions side by side, their best points only 30 apart: the labels must part.
	const a = region('a', rect(0, 0, 100, 300), [85, 150]);
	const b = region('b', rect(100, 0, 400, 300), [115, 150]);

	it('moves overlapping labels apart, keeping the gap, each in its own region', () => {
		const placed = placeLabels([a, b], { frame: FRAME, gap: 8 });
		const [pa, pb] = [placed.a!, placed.b!];
		expect(gapBetween(moveBox(BOX, pa.label), moveBox(BOX, pb.label))).toBeGreaterThanOrEqual(8);
		expect(a.depth(pa.label)).toBeGreaterThan(0);
		expect(b.depth(pb.label)).toBeGreaterThan(0);
		expect(pa.anchor).toBeUndefined();
		expect(pb.anchor).toBeUndefined();
	});

	it('moves the label with more room around it, the larger region’s, more', () => {
		const placed = placeLabels([a, b], { frame: FRAME, gap: 8 });
		const moved = (p: Placeable) =>
			Math.hypot(placed[p.code]!.label[0] - p.at[0], placed[p.code]!.label[1] - p.at[1]);
		expect(moved(b)).toBeGreaterThan(moved(a));
	});

	it('gives the same places whatever the order of the labels', () => {
		const once = placeLabels([a, b], { frame: FRAME, gap: 8 });
		expect(placeLabels([b, a], { frame: FRAME, gap: 8 })).toStrictEqual(once);
		expect(placeLabels([a, b], { frame: FRAME, gap: 8 })).toStrictEqual(once);
	});

	it('lets a small region keep its spot, and moves a large one’s label within it', () => {
		const small = region('small', rect(190, 140, 210, 160), [200, 150]);
		const large = region('large', rect(0, 0, 400, 300), [200, 150]);
		const placed = placeLabels([large, small], { frame: FRAME, gap: 8 });
		const [s, l] = [moveBox(BOX, placed.small!.label), moveBox(BOX, placed.large!.label)];
		expect(gapBetween(s, l)).toBeGreaterThanOrEqual(8);
		expect(placed.small).toStrictEqual({ label: [200, 150] });
		expect(placed.large!.anchor).toBeUndefined();
		expect(large.depth(placed.large!.label)).toBeGreaterThan(0);
	});

	it('takes a label out of a region too small for it, with a leader line to its point', () => {
		// Two regions 16 units wide, far smaller than a label, side by side: no spot in either
		// clears the other's label.
		const p = region('p', rect(0, 0, 16, 16), [8, 8]);
		const q = region('q', rect(16, 0, 32, 16), [24, 8]);
		const placed = placeLabels([p, q], { frame: FRAME, gap: 8 });
		expect(placed.p).toStrictEqual({ label: [8, 8] });
		expect(placed.q!.anchor).toStrictEqual([24, 8]);
		expect(q.depth(placed.q!.label)).toBeLessThan(0);
		expect(
			gapBetween(moveBox(BOX, placed.p!.label), moveBox(BOX, placed.q!.label))
		).toBeGreaterThanOrEqual(8);
	});

	it('keeps the label of a region large enough to hold it inside that region', () => {
		const left = region('left', rect(0, 0, 40, 40), [20, 20]);
		const right = region('right', rect(40, 0, 80, 40), [45, 20]);
		const placed = placeLabels([left, right], { frame: FRAME, gap: 8 });
		for (const r of [left, right]) {
			expect(placed[r.code]!.anchor).toBeUndefined();
			expect(r.depth(placed[r.code]!.label)).toBeGreaterThanOrEqual(0);
		}
	});

	it('keeps labels inside the frame and off obstacles', () => {
		const edge = region('edge', rect(-100, 0, 400, 300), [10, 150]);
		const frame = { x0: 0, y0: 0, x1: 400, y1: 300 };
		const obstacle = { x0: 30, y0: 100, x1: 90, y1: 200 };
		const placed = placeLabels([edge], { frame, obstacles: [obstacle] });
		const box = moveBox(BOX, placed.edge!.label);
		expect(box.x0).toBeGreaterThanOrEqual(0);
		expect(overlapArea(box, obstacle)).toBe(0);
	});

	it('moves a stiff label (a hand-placed callout) less than others', () => {
		const callout: Placeable = {
			code: 'c',
			at: [100, 100],
			box: BOX,
			depth: () => Infinity,
			stiffness: 3
		};
		const other = region('o', rect(0, 0, 400, 300), [120, 100]);
		const placed = placeLabels([callout, other], { frame: FRAME, gap: 8 });
		expect(placed.c).toStrictEqual({ label: [100, 100] });
		expect(placed.o!.label).not.toStrictEqual([120, 100]);
	});
});
