import { describe, expect, it } from 'vitest';
import { dayText, longDate, shortDate } from './format';

describe('dates as the article writes them', () => {
	it.each([
		['2019-09-10', '2019年9月10日', '9月10日'],
		['2020-12-01', '2020年12月1日', '12月1日']
	])('%s reads %s, or %s without the year', (iso, full, brief) => {
		expect(longDate(iso)).toBe(full);
		expect(shortDate(iso)).toBe(brief);
	});

	it('writes English dates day first', () => {
		expect([longDate('2019-09-08', 'en'), shortDate('2019-09-08', 'en')]).toStrictEqual([
			'8 September 2019',
			'8 Sep'
		]);
	});

	it('passes through what is not an ISO date rather than inventing one', () => {
		expect(longDate('someday')).toBe('someday');
	});
});

describe('dayText', () => {
	it.each([
		{ name: 'a day is its date', day: { date: '2019-09-10' }, zh: '9月10日', en: '10 Sep' },
		{
			name: 'a week within a month says the month once',
			day: { date: '2019-09-09', end: '2019-09-15' },
			zh: '9月9日–15日',
			en: '9–15 Sep'
		},
		{
			name: 'a week across two months names both',
			day: { date: '2019-09-30', end: '2019-10-06' },
			zh: '9月30日–10月6日',
			en: '30 Sep – 6 Oct'
		}
	])('$name', ({ day, zh, en }) => {
		expect([dayText(day), dayText(day, 'en')]).toStrictEqual([zh, en]);
	});

	it('gives the year once in the long form, as the overview writes it', () => {
		const week = { date: '2019-09-09', end: '2019-09-15' };
		expect([dayText(week, 'zh', true), dayText(week, 'en', true)]).toStrictEqual([
			'2019年9月9日–15日',
			'9–15 September 2019'
		]);
		const newYear = { date: '2019-12-30', end: '2020-01-05' };
		expect([dayText(newYear, 'zh', true), dayText(newYear, 'en', true)]).toStrictEqual([
			'2019年12月30日–2020年1月5日',
			'30 December 2019 – 5 January 2020'
		]);
	});
});
