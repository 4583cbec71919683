import type { Bounds } from '../../geo/mercator';

/**
 * The box the camera shows for a province: twice its size (`grow` of it added), and at least
 * `minSpan` degrees across, so the room sees its neighbors and where in China it lies.
 */
export function framed([[west, south], [east, north]]: Bounds, grow = 1, minSpan = 10): Bounds {
	const [cx, cy] = [(west + east) / 2, (south + north) / 2];
	const half = (span: number) => Math.max(span * (1 + grow), minSpan) / 2;
	const [hw, hh] = [half(east - west), half(north - south)];
	return [
		[cx - hw, cy - hh],
		[cx + hw, cy + hh]
	];
}
