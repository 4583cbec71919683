import type { Box } from './labelBox';

/**
 * The bounding box of a path as CompactPathContext writes it: subpaths of an absolute `M x y`
 * then relative `l dx dy …` steps. The server sends the inset as such a path; labels keep clear of
 * its box.
 */
export function pathBox(d: string): Box {
	const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
	for (const sub of d.split('M').slice(1)) {
		const n = (sub.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		let [x, y] = [0, 0];
		for (let i = 0; i + 1 < n.length; i += 2) {
			[x, y] = i === 0 ? [n[0]!, n[1]!] : [x + n[i]!, y + n[i + 1]!];
			[box.x0, box.y0] = [Math.min(box.x0, x), Math.min(box.y0, y)];
			[box.x1, box.y1] = [Math.max(box.x1, x), Math.max(box.y1, y)];
		}
	}
	return box;
}
