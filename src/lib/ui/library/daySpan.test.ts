import { describe, expect, it } from 'vitest';
import { dayCount, daySpan } from './daySpan';

describe('daySpan', () => {
	it.each([
		{
			first: '2019-09-08',
			last: '2019-09-12',
			zh: '2019年9月8日—12日',
			en: '8 September 2019—12 Sep'
		},
		{
			first: '2019-09-28',
			last: '2019-10-02',
			zh: '2019年9月28日—10月2日',
			en: '28 September 2019—2 Oct'
		},
		{
			first: '2019-12-30',
			last: '2020-01-02',
			zh: '2019年12月30日—2020年1月2日',
			en: '30 December 2019—2 January 2020'
		},
		{ first: '2019-09-10', last: '2019-09-10', zh: '2019年9月10日', en: '10 September 2019' },
		{ first: null, last: null, zh: '日期未注明', en: 'Date not given' }
	])('writes $first to $last as $zh', ({ first, last, zh, en }) => {
		const dates = { first, last, days: 0 };
		expect([daySpan(dates, 'zh'), daySpan(dates, 'en')]).toStrictEqual([zh, en]);
	});
});

describe('dayCount', () => {
	it('counts days in either language', () => {
		expect([dayCount(1, 'en'), dayCount(5, 'en'), dayCount(5, 'zh')]).toStrictEqual([
			'1 day',
			'5 days',
			'5 天'
		]);
	});
});
