import { describe, expect, it } from 'vitest';
import { median, medianRatioInterval } from '../../scripts/stats';

describe('median', () => {
	it('is the middle run, or the mean of the two middle runs', () => {
		expect(median([300, 100, 200])).toBe(200);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});

describe('medianRatioInterval', () => {
	it('is a single point when no run differs from another', () => {
		expect(medianRatioInterval([280, 280, 280], [560, 560, 560])).toStrictEqual([0.5, 0.5]);
	});

	it('brackets the ratio of the medians, and widens with the runs’ spread', () => {
		const app = [250, 260, 270, 280, 290, 300, 310, 320, 330];
		const echarts = app.map((x) => x * 2);
		const [lo, hi] = medianRatioInterval(app, echarts);
		expect(lo).toBeLessThan(0.5);
		expect(hi).toBeGreaterThan(0.5);
		// Resampled medians stay within the runs: at most the slowest app over the fastest ECharts.
		expect(lo).toBeGreaterThanOrEqual(250 / 660);
		expect(hi).toBeLessThanOrEqual(330 / 500);
		const tight = app.map((x) => 290 + (x - 290) / 10);
		const [tlo, thi] = medianRatioInterval(tight, echarts);
		expect(thi - tlo).toBeLessThan(hi - lo);
	});

	it('gives the same interval for the same runs', () => {
		const a = [281, 300, 262, 340, 275, 290, 310];
		const b = [560, 610, 480, 590, 530, 600, 575];
		expect(medianRatioInterval(a, b)).toStrictEqual(medianRatioInterval(a, b));
	});

	it('refuses a page with no runs', () => {
		expect(() => medianRatioInterval([], [1])).toThrow('no runs');
	});
});
