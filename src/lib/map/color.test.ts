import { describe, expect, it } from 'vitest';
import type { Meeting } from '../seed/types';
import { NEUTRAL, contrast, fillsByCode, inkOn, meetingDays } from './color';

const meeting = (code: string, date: string) =>
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

describe('inkOn', () => {
	it('writes white on dark and near-black on light', () => {
		expect(inkOn('#440154')).toBe('#ffffff');
		expect(inkOn('#fde725')).not.toBe('#ffffff');
	});
});
