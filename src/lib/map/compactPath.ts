/**
 * A d3-geo path context that writes small SVG paths: each ring simplified (Douglas–Peucker) to
 * `tolerance` map units, then written with relative coordinates at `digits` decimals. The server's
 * SVG map is most of the first page's bytes; this keeps it a fraction of d3's default output.
 */
type Pt = [number, number];

export class CompactPathContext {
	private parts: string[] = [];
	private ring: Pt[] = [];

	constructor(
		private tolerance = 0.4,
		private digits = 1
	) {}

	moveTo(x: number, y: number): void {
		this.flush(false);
		this.ring = [[x, y]];
	}

	lineTo(x: number, y: number): void {
		this.ring.push([x, y]);
	}

	closePath(): void {
		this.flush(true);
	}

	/** Points (e.g. label anchors) are not drawn by this map. */
	arc(): void {}

	/** d3 calls this before a geometry; rings start with moveTo, so nothing to do. */
	beginPath(): void {}

	/** The path so far, and a fresh start. */
	result(): string {
		this.flush(false);
		const d = this.parts.join('');
		this.parts = [];
		return d;
	}

	private flush(closed: boolean): void {
		const ring = this.ring;
		this.ring = [];
		if (ring.length === 0) return;
		const kept = simplify(ring, this.tolerance);
		// A ring simplified below a triangle would draw nothing; keep it as it was.
		const pts = closed && kept.length < 3 ? ring : kept;
		const f = 10 ** this.digits;
		let [px, py] = [Math.round(pts[0]![0] * f), Math.round(pts[0]![1] * f)];
		let d = `M${num(px / f)} ${num(py / f)}`;
		let first = true;
		for (const [x, y] of pts.slice(1)) {
			const [qx, qy] = [Math.round(x * f), Math.round(y * f)];
			if (qx === px && qy === py) continue;
			const pair = join(num((qx - px) / f), num((qy - py) / f));
			d += first ? 'l' + pair.trimStart() : pair;
			first = false;
			[px, py] = [qx, qy];
		}
		this.parts.push(d + (closed ? 'z' : ''));
	}
}

/** A number as short as SVG allows: no leading zero, no trailing zeros. */
export function num(n: number): string {
	const s = String(Math.round(n * 1e6) / 1e6);
	return s.replace(/^(-?)0\./, '$1.');
}

/** Two numbers with the fewest separators SVG accepts (a minus sign separates by itself). */
function join(a: string, b: string): string {
	const lead = a.startsWith('-') ? a : ' ' + a;
	return lead + (b.startsWith('-') ? b : ' ' + b);
}

/** Douglas–Peucker, iterative so a long coastline cannot overflow the stack. */
export function simplify(points: readonly Pt[], tolerance: number): Pt[] {
	if (points.length <= 2) return points.slice();
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	const t2 = tolerance * tolerance;
	while (stack.length) {
		const [a, b] = stack.pop()!;
		let [max, index] = [0, -1];
		for (let i = a + 1; i < b; i++) {
			const d = segmentDistance2(points[i]!, points[a]!, points[b]!);
			if (d > max) [max, index] = [d, i];
		}
		if (index !== -1 && max > t2) {
			keep[index] = 1;
			stack.push([a, index], [index, b]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

function segmentDistance2([x, y]: Pt, [x0, y0]: Pt, [x1, y1]: Pt): number {
	let [dx, dy] = [x1 - x0, y1 - y0];
	if (dx !== 0 || dy !== 0) {
		const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
		[x0, y0] = [x0 + t * dx, y0 + t * dy];
	}
	[dx, dy] = [x - x0, y - y0];
	return dx * dx + dy * dy;
}
