import { describe, expect, it } from 'vitest';
import { longDate, shortDate } from './format';

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
