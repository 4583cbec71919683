import { describe, expect, it } from 'vitest';
import { StatedYear, isoDate, monthOf, nextDay, whenHeldAt } from '../../src/lib/seed/dates';

describe('whenHeldAt', () => {
	const cases = [
		{ text: '2019年9月10日，山西', parts: { year: 2019, month: 9, day: 10 }, length: 10 },
		{ text: '9月10日上午，山西', parts: { year: null, month: 9, day: 10 }, length: 7 },
		{ text: '3月5日至6日，河南', parts: { year: null, month: 3, day: 5 }, length: 7 },
		{ text: '3月12日—13日，安徽', parts: { year: null, month: 3, day: 12 }, length: 9 },
		{ text: '3月30日至4月2日，江西', parts: { year: null, month: 3, day: 30 }, length: 10 },
		{ text: '2019 年 9 月 10 日，山西', parts: { year: 2019, month: 9, day: 10 }, length: 15 },
		{ text: '日前，河北', parts: null, length: 2 },
		{ text: '近日，湖南', parts: null, length: 2 },
		{ text: '近期，江西', parts: null, length: 2 },
		{ text: '1日召开', parts: { year: null, month: null, day: 1 }, length: 2 }
	];
	it.each(cases)('reads $text as the first day, or as no day', ({ text, parts, length }) => {
		expect(whenHeldAt(text)).toStrictEqual({ parts, length });
	});

	it('reads only at the place it is asked, and not a date in the middle of a sentence', () => {
		expect(whenHeldAt('山西9月10日')).toBeUndefined();
		expect(whenHeldAt('山西9月10日', 2)).toStrictEqual({
			parts: { year: null, month: 9, day: 10 },
			length: 5
		});
		expect(whenHeldAt('连日来，各地')).toBeUndefined();
	});
});

describe('whenHeldAt, for words that point at another meeting’s day', () => {
	it('reads 同日 and 当天 as that day, 次日 as the day after', () => {
		expect(whenHeldAt('同日，浙江')).toStrictEqual({ parts: null, length: 2, relative: 'same' });
		expect(whenHeldAt('当天下午')).toStrictEqual({ parts: null, length: 2, relative: 'same' });
		expect(whenHeldAt('次日，浙江')).toStrictEqual({ parts: null, length: 2, relative: 'next' });
	});

	it('finds the day after, across a month and a year', () => {
		expect(nextDay('2023-10-31')).toBe('2023-11-01');
		expect(nextDay('2019-12-31')).toBe('2020-01-01');
	});

	it('gives a day-only date its dateline’s month, or the month before for a later day', () => {
		expect(monthOf(1, { month: 11, day: 1 })).toBe(11);
		expect(monthOf(31, { month: 11, day: 1 })).toBe(10);
		expect(monthOf(31, { month: 1, day: 2 })).toBe(12);
	});
});

describe('isoDate', () => {
	const cases = [
		{ parts: { year: 2019, month: 9, day: 10 }, year: undefined, expected: '2019-09-10' },
		{ parts: { year: null, month: 9, day: 10 }, year: 2019, expected: '2019-09-10' },
		{ parts: { year: 2019, month: 9, day: 10 }, year: 2020, expected: '2019-09-10' },
		{ parts: { year: 2020, month: 2, day: 29 }, year: undefined, expected: '2020-02-29' },
		{ parts: { year: null, month: 9, day: 10 }, year: undefined, expected: undefined },
		{ parts: { year: 2019, month: 2, day: 29 }, year: undefined, expected: undefined },
		{ parts: { year: 2019, month: 13, day: 1 }, year: undefined, expected: undefined },
		{ parts: { year: null, month: 9, day: 0 }, year: 2019, expected: undefined },
		{ parts: { year: 2019, month: null, day: 1 }, year: undefined, expected: undefined }
	];
	it.each(cases)('places $parts in $year as $expected', ({ parts, year, expected }) => {
		expect(isoDate(parts, year)).toBe(expected);
	});
});

describe('StatedYear', () => {
	const day = (month: number, d: number) => ({ year: null, month, day: d });

	it('takes the first year the article states, even after yearless dates', () => {
		const stated = new StatedYear(['9月9日，浙江…', '2019年9月10日，内蒙古…', '2020年1月1日']);
		expect(stated.yearOf(day(9, 9), 0)).toBe(2019);
		expect(stated.yearOf(day(9, 12), 2)).toBe(2019);
	});

	it('ignores years that are not part of a date, and reads a page time stamp', () => {
		expect(new StatedYear(['2019年是关键之年', '2018年9月1日']).yearOf(day(8, 1), 0)).toBe(2018);
		expect(new StatedYear(['来源：新华社 2024-07-22 20:15']).yearOf(day(7, 19), 1)).toBe(2024);
	});

	it('puts a later day of the year than a footer written after it in the year before', () => {
		const stated = new StatedYear(['12月30日，山西…', '《人民日报》（2020年1月2日 04 版）']);
		expect(stated.yearOf(day(12, 30), 0)).toBe(2019);
		expect(stated.yearOf(day(1, 1), 0)).toBe(2020);
	});

	it('has no year for an article that never states one', () => {
		expect(new StatedYear(['连日来，各地部署。', '9月10日，山西召开…']).yearOf(day(9, 10), 1)).toBe(
			undefined
		);
	});
});
