import { describe, expect, it } from 'vitest';
import { findArticleYear, leadingDate, parseDate } from '../../src/lib/seed/dates';
import { ParseError } from '../../src/lib/seed/errors';

describe('parseDate', () => {
	const cases = [
		{ text: '2019年9月10日', year: undefined, expected: '2019-09-10' },
		{ text: '9月10日', year: 2019, expected: '2019-09-10' },
		{ text: '2019年9月10日', year: 2020, expected: '2019-09-10' },
		{ text: '1月2日，山西召开…', year: 2020, expected: '2020-01-02' },
		{ text: '２０１９年９月８日', year: undefined, expected: '2019-09-08' },
		{ text: '2020年2月29日', year: undefined, expected: '2020-02-29' },
		{ text: '9月10日', year: undefined, expected: undefined },
		{ text: '2019年2月29日', year: undefined, expected: undefined },
		{ text: '2019年13月1日', year: undefined, expected: undefined },
		{ text: '9月0日', year: 2019, expected: undefined },
		{ text: '近日', year: 2019, expected: undefined }
	];
	it.each(cases)('reads $text (default year $year) as $expected', ({ text, year, expected }) => {
		expect(parseDate(text, year)).toBe(expected);
	});
});

describe('leadingDate', () => {
	it('says how long the date is, so the parser knows where the sentence goes on', () => {
		expect(leadingDate('2019年9月10日，山西')).toStrictEqual({
			parts: { year: 2019, month: 9, day: 10 },
			length: 10
		});
		expect(leadingDate('山西9月10日')).toBeUndefined();
	});
});

describe('findArticleYear', () => {
	it('takes the first year stated in a date, even after yearless dates', () => {
		expect(findArticleYear(['9月9日，浙江…', '2019年9月10日，内蒙古…', '2020年1月1日'], 'f')).toBe(
			2019
		);
	});

	it('ignores years that are not part of a date', () => {
		expect(findArticleYear(['2019年是关键之年', '2018年9月1日'], 'f')).toBe(2018);
	});

	it('is undefined for an article without dates', () => {
		expect(findArticleYear(['连日来，各地部署。'], 'f')).toBeUndefined();
	});

	it('fails, naming the paragraph, when a date has no year and none is stated', () => {
		const run = () => findArticleYear(['连日来…', '9月10日，山西召开…'], 'seeds/x.txt');
		expect(run).toThrow(ParseError);
		expect(run).toThrow('seeds/x.txt, paragraph 1: a date has no year');
	});
});
