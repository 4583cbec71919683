import { describe, expect, it } from 'vitest';
import type { Meeting, Report } from '../seed/types';
import { campaignIds, campaignMeetings } from './campaign';

const meeting = (code: string, date: string | null) =>
	({ region: { code, name: code }, date }) as Meeting;
const report = (id: string, ...meetings: Meeting[]) => ({ id, meetings }) as Report;

describe('campaignMeetings', () => {
	it('orders every meeting by day, undated last, keeping the reports and articles order on a tie', () => {
		const merged = campaignMeetings([
			report(
				'a',
				meeting('140000', '2019-09-10'),
				meeting('150000', null),
				meeting('330000', '2019-09-09')
			),
			report('b', meeting('140000', '2019-09-09'), meeting('500000', null))
		]);
		expect(merged.map((m) => [m.report, m.region.code, m.date])).toStrictEqual([
			['a', '330000', '2019-09-09'],
			['b', '140000', '2019-09-09'],
			['a', '140000', '2019-09-10'],
			['a', '150000', null],
			['b', '500000', null]
		]);
	});

	it('leaves the reports as they were', () => {
		const a = report('a', meeting('140000', '2019-09-10'));
		campaignMeetings([a]);
		expect(a.meetings[0]).not.toHaveProperty('report');
	});
});

describe('campaignIds', () => {
	it.each([
		{ value: null, expected: [] },
		{ value: 'a,b, c ,,a', expected: ['a', 'b', 'c'] },
		{ value: 'a,b,c,d', max: 2, expected: ['a', 'b'] }
	])('reads $value', ({ value, max, expected }) => {
		expect(campaignIds(value, max)).toStrictEqual(expected);
	});
});
