import { describe, expect, it } from 'vitest';
import { mercator, unmercator, viewBoxOf } from './mercator';

describe('mercator', () => {
	it('puts lng/lat 0/0 in the middle of a 512·2^4 px world, as maplibre does at zoom 4', () => {
		expect(mercator([0, 0])).toStrictEqual([4096, 4096]);
	});

	it('grows y southwards, as screen coordinates do', () => {
		expect(mercator([110, 20])[1]).toBeGreaterThan(mercator([110, 40])[1]);
	});

	it('gives a viewBox whose corners are the projected bounds', () => {
		const [x, y, w, h] = viewBoxOf([
			[73, 18],
			[135, 54]
		]);
		expect([x, y]).toStrictEqual(mercator([73, 54]));
		expect([x + w, y + h]).toStrictEqual(mercator([135, 18]));
	});
});

describe('unmercator', () => {
	it('undoes mercator to within a millionth of a degree', () => {
		const [lng, lat] = unmercator(mercator([112.5, 37.8]));
		expect(lng).toBeCloseTo(112.5, 6);
		expect(lat).toBeCloseTo(37.8, 6);
	});
});
