import { describe, expect, it } from 'vitest';
import type { Day } from '../map/color';
import { legendColumns, legendRange } from './legend';
import { shortDate } from './format';

const day = (date: string | null): Day => ({
	date,
	color: '#000000',
	ink: '#ffffff',
	codes: ['140000']
});

describe('legendColumns', () => {
	it.each([
		[2, 1],
		[3, 1],
		[4, 2],
		[6, 2],
		[8, 2],
		[9, 3],
		[15, 3]
	])('puts %i entries in %i columns', (entries, columns) => {
		expect(legendColumns(entries)).toBe(columns);
	});
});

describe('legendRange', () => {
	const zh = (iso: string) => shortDate(iso, 'zh');

	it('spans the first to the last day, in whatever order the days come', () => {
		const days = [day('2019-09-10'), day('2019-09-08'), day('2019-09-12')];
		expect(legendRange(days, zh)).toBe('9月8日–9月12日');
		expect(legendRange(days, (iso) => shortDate(iso, 'en'))).toBe('8 Sep–12 Sep');
	});

	it("runs from the first week's Monday to the last week's Sunday when days are weeks", () => {
		const weeks = [
			{ ...day('2019-09-09'), end: '2019-09-15' },
			{ ...day('2019-09-23'), end: '2019-09-29' }
		];
		expect(legendRange(weeks, zh)).toBe('9月9日–9月29日');
	});

	it('names a single day once, and no day as nothing', () => {
		expect(legendRange([day('2019-09-10')], zh)).toBe('9月10日');
		expect(legendRange([], zh)).toBeNull();
		expect(legendRange([day(null)], zh)).toBeNull();
		expect(legendRange([day('2019-09-10'), day(null)], zh)).toBe('9月10日');
	});
});
