import { describe, expect, it } from 'vitest';
import type { Meeting } from '../seed/types';
import { NEUTRAL, UNDATED, contrast, dayOf, fillsByCode, inkOn, meetingDays } from './color';

const meeting = (code: string, date: string | null) =>
	({ region: { code, name: code }, date }) as unknown as Meeting;

describe('meetingDays', () => {
	const days = meetingDays([
		meeting('140000', '2019-09-10'),
		meeting('500000', '2019-09-08'),
		meeting('150000', '2019-09-10'),
		meeting('650000', '2019-09-11')
	]);

	it('lists each day once, in date order, with its regions in article order', () => {
		expect(days.map((d) => [d.date, d.codes])).toStrictEqual([
			['2019-09-08', ['500000']],
			['2019-09-10', ['140000', '150000']],
			['2019-09-11', ['650000']]
		]);
	});

	it('gives every day its own color, none of them the neutral of unmentioned regions', () => {
		const colors = days.map((d) => d.color);
		expect(new Set(colors).size).toBe(3);
		expect(colors).not.toContain(NEUTRAL);
	});

	it('picks label ink that keeps 4.5:1 contrast on every day color', () => {
		for (const d of days) expect(contrast(d.color, d.ink)).toBeGreaterThanOrEqual(4.5);
	});

	it('maps every mentioned region code to its day color', () => {
		expect(fillsByCode(days)).toStrictEqual({
			'500000': days[0]!.color,
			'140000': days[1]!.color,
			'150000': days[1]!.color,
			'650000': days[2]!.color
		});
	});
});

describe('meetingDays with a province reported twice, and undated meetings', () => {
	const days = meetingDays([
		meeting('420000', '2020-02-10'),
		meeting('430000', null),
		meeting('420000', '2020-02-03'),
		meeting('440000', '2020-02-10'),
		meeting('420000', null)
	]);

	it('puts the province on both its days, and the undated meetings last, in a group of their own', () => {
		expect(days.map((d) => [d.date, d.codes])).toStrictEqual([
			['2020-02-03', ['420000']],
			['2020-02-10', ['420000', '440000']],
			[null, ['430000', '420000']]
		]);
		expect(days[2]?.color).toBe(UNDATED);
	});

	it('colors a province by its earliest meeting, and one known only undated by the undated swatch', () => {
		expect(fillsByCode(days)).toStrictEqual({
			'420000': days[0]!.color,
			'440000': days[1]!.color,
			'430000': UNDATED
		});
		expect(dayOf(days, '420000')?.date).toBe('2020-02-03');
		expect(dayOf(days, '430000')?.date).toBeNull();
		expect(dayOf(days, null)).toBeUndefined();
	});

	it('never gives the undated a day’s color, nor one that reads as the neutral', () => {
		expect(days.slice(0, -1).map((d) => d.color)).not.toContain(UNDATED);
		expect(contrast(UNDATED, NEUTRAL)).toBeGreaterThan(1.5);
	});
});

describe('inkOn', () => {
	it('writes white on dark and near-black on light', () => {
		expect(inkOn('#440154')).toBe('#ffffff');
		expect(inkOn('#fde725')).not.toBe('#ffffff');
	});
});
