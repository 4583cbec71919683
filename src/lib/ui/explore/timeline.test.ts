import { describe, expect, it } from 'vitest';
import type { Day } from '../../map/color';
import { timelineColumns } from './timeline';

const day = (date: string | null, codes: string[]): Day => ({
	date,
	color: '#440154',
	ink: '#fff',
	codes
});

describe('timelineColumns', () => {
	it('gives every meeting day a column of one width, filling the width', () => {
		const columns = timelineColumns([
			day('2019-09-08', ['500000']),
			day('2019-09-09', ['330000']),
			day('2019-09-10', ['140000'])
		]);
		expect(columns.map((c) => c.day.date)).toStrictEqual([
			'2019-09-08',
			'2019-09-09',
			'2019-09-10'
		]);
		expect(new Set(columns.map((c) => c.width.toFixed(6))).size).toBe(1);
		expect(columns[0]!.offset).toBeCloseTo(0);
		const total = columns.reduce((sum, c) => sum + c.offset + c.width, 0);
		expect(total).toBeCloseTo(100);
	});

	it('counts the days without a meeting between two meeting days', () => {
		const columns = timelineColumns([
			day('2019-09-08', ['500000']),
			day('2019-09-09', ['330000']),
			day('2019-09-12', ['530000'])
		]);
		expect(columns.map((c) => c.gap)).toStrictEqual([0, 0, 2]);
	});

	it('counts the gap from the end of a week when days are grouped into weeks', () => {
		const columns = timelineColumns([
			{ ...day('2019-09-02', ['500000']), end: '2019-09-08' },
			{ ...day('2019-09-09', ['330000']), end: '2019-09-15' },
			{ ...day('2019-09-30', ['530000']), end: '2019-10-06' }
		]);
		expect(columns.map((c) => c.gap)).toStrictEqual([0, 0, 14]);
	});

	it('has no columns for an article without meetings', () => {
		expect(timelineColumns([])).toStrictEqual([]);
	});

	it('puts the undated meetings last, in a column of their own, with no gap counted', () => {
		const columns = timelineColumns([day('2020-02-03', ['420000']), day(null, ['430000'])]);
		expect(columns.map((c) => [c.day.date, c.gap])).toStrictEqual([
			['2020-02-03', 0],
			[null, 0]
		]);
		expect(columns[0]!.width).toBeCloseTo(columns[1]!.width);
	});
});
