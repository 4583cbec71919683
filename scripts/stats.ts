/** The bench's statistics: medians, and how far the ratio of two can be trusted. */

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A small seeded generator (mulberry32): the same runs give the same interval. */
function seededRandom(seed: number): () => number {
	let t = seed >>> 0;
	return () => {
		t = (t + 0x6d2b79f5) >>> 0;
		let r = Math.imul(t ^ (t >>> 15), 1 | t);
		r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
		return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * An interval for median(a) / median(b): a percentile bootstrap, each page's runs drawn again
 * with replacement. Single loads here vary by a third, and the machine's load moves one page more
 * than the other, so a ratio near a target passes in one run of the bench and fails in the next;
 * the interval says how near is near.
 */
export function medianRatioInterval(
	a: number[],
	b: number[],
	{ level = 0.9, resamples = 2000, seed = 1 } = {}
): [number, number] {
	if (!a.length || !b.length) throw new Error('medianRatioInterval: no runs');
	const next = seededRandom(seed);
	const draw = (xs: number[]) => xs.map(() => xs[Math.floor(next() * xs.length)]!);
	const ratios = Array.from({ length: resamples }, () => median(draw(a)) / median(draw(b))).sort(
		(x, y) => x - y
	);
	const at = (q: number) =>
		ratios[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))]!;
	return [at((1 - level) / 2), at((1 + level) / 2)];
}
