import { describe, expect, it } from 'vitest';
import { weekSpans } from './weeks';

/** `n` consecutive dates from `first`. */
const run = (first: string, n: number) =>
	Array.from({ length: n }, (_, i) =>
		new Date(Date.parse(first) + i * 86_400_000).toISOString().slice(0, 10)
	);

describe('weekSpans', () => {
	it('groups dates into their calendar weeks, Monday to Sunday', () => {
		// 2019-09-08 is a Sunday: it closes the week before 9 September's.
		expect(weekSpans(['2019-09-08', '2019-09-09', '2019-09-15', '2019-09-16'], 10)).toStrictEqual([
			{ start: '2019-09-02', end: '2019-09-08', dates: ['2019-09-08'] },
			{ start: '2019-09-09', end: '2019-09-15', dates: ['2019-09-09', '2019-09-15'] },
			{ start: '2019-09-16', end: '2019-09-22', dates: ['2019-09-16'] }
		]);
	});

	it('makes no span of a week without meetings', () => {
		expect(weekSpans(['2019-09-02', '2019-09-30'], 10).map((s) => s.start)).toStrictEqual([
			'2019-09-02',
			'2019-09-30'
		]);
	});

	it('takes eleven days in a row as two weeks and a day', () => {
		expect(weekSpans(run('2019-09-02', 11), 10).map((s) => s.dates.length)).toStrictEqual([7, 4]);
	});

	it('runs weeks together when there are still more than the maximum: 12 weeks as 6 fortnights', () => {
		const mondays = Array.from({ length: 12 }, (_, i) => run('2019-09-02', 7 * i + 1).at(-1)!);
		const spans = weekSpans(mondays, 10);
		expect(spans).toHaveLength(6);
		expect(spans[0]).toStrictEqual({
			start: '2019-09-02',
			end: '2019-09-15',
			dates: ['2019-09-02', '2019-09-09']
		});
		expect(spans.at(-1)!.end).toBe('2019-11-24');
	});

	it('gives nothing for no dates', () => {
		expect(weekSpans([], 10)).toStrictEqual([]);
	});
});
