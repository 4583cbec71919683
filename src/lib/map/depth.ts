type Point = [number, number];

/** Height of the horizontal bands the borders are sorted into, in map units. */
const BAND = 8;

/**
 * How deep a point lies inside a region made of polygons (each an outer ring and its holes): the
 * distance to the nearest border, negative outside. Rings may be open or closed. Distances beyond
 * `limit` come back as `limit` (with their sign): placing labels asks this thousands of times, and
 * only cares how near a border is when it is near, so only the borders in nearby bands are read.
 */
export function depthIn(
	polygons: readonly (readonly Point[])[][]
): (p: Point, limit?: number) => number {
	const segments: number[] = [];
	for (const ring of polygons.flat()) {
		for (let i = 0; i < ring.length; i++) {
			const [a, b] = [ring[i]!, ring[(i + 1) % ring.length]!];
			if (a[0] !== b[0] || a[1] !== b[1]) segments.push(a[0], a[1], b[0], b[1]);
		}
	}
	const seg = Float64Array.from(segments);
	const ys = segments.filter((_, i) => i % 2 === 1);
	const top = Math.min(...ys);
	const bands: number[][] = Array.from(
		{ length: Math.floor((Math.max(...ys) - top) / BAND) + 1 },
		() => []
	);
	for (let s = 0; s < seg.length; s += 4) {
		const [y0, y1] = [Math.min(seg[s + 1]!, seg[s + 3]!), Math.max(seg[s + 1]!, seg[s + 3]!)];
		for (let b = Math.floor((y0 - top) / BAND); b <= Math.floor((y1 - top) / BAND); b++) {
			bands[b]!.push(s);
		}
	}
	const bandOf = (y: number) => Math.floor((y - top) / BAND);

	return ([px, py], limit = Infinity) => {
		// Even–odd crossings of a ray to the right: holes and separate polygons need no special case.
		// Every border crossing the ray's height is in the ray's band, once.
		let inside = false;
		for (const s of bands[bandOf(py)] ?? []) {
			const ay = seg[s + 1]!;
			const by = seg[s + 3]!;
			if (ay > py === by > py) continue;
			const ax = seg[s]!;
			const bx = seg[s + 2]!;
			if (px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
		}
		let nearest = limit * limit;
		const first = Math.max(0, bandOf(py - limit));
		const last = Math.min(bands.length - 1, bandOf(py + limit));
		for (let b = first; b <= last; b++) {
			for (const s of bands[b]!) {
				const ax = seg[s]!;
				const ay = seg[s + 1]!;
				const dx = seg[s + 2]! - ax;
				const dy = seg[s + 3]! - ay;
				const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
				const ex = px - ax - t * dx;
				const ey = py - ay - t * dy;
				nearest = Math.min(nearest, ex * ex + ey * ey);
			}
		}
		const d = Math.sqrt(nearest);
		return inside ? d : -d;
	};
}
