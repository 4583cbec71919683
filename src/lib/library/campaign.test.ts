import { describe, expect, it } from 'vitest';
import type { Meeting, Report } from '../seed/types';
import { campaignIds, campaignMeetings, campaignReport } from './campaign';

const meeting = (code: string, date: string | null) =>
	({ region: { code, name: code }, date }) as Meeting;
const report = (id: string, ...meetings: Meeting[]) => ({ id, title: id, meetings }) as Report;

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
		expect(merged.map((m) => [m.article.id, m.region.code, m.date])).toStrictEqual([
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
		expect(a.meetings[0]).not.toHaveProperty('article');
	});
});

describe('campaignReport', () => {
	const full = (id: string, date: string, paragraph: number): Report => ({
		id,
		title: `标题${id}`,
		lead: '',
		paragraphs: [`${id}0`, `${id}1`, `${id}2`],
		meetings: [
			{
				region: { code: '140000', name: '山西' },
				date,
				meeting: '会议',
				official: null,
				statements: [{ verb: '指出', text: '话', paragraph, speaker: null }],
				source: { paragraphs: [paragraph] }
			}
		],
		diagnostics: [{ paragraph: 2, reason: 'why' }],
		citation: { outlet: '新华社', published: `${date}`, url: `https://example.com/${id}` }
	});

	it('is one report of every article: titles as its lead, paragraphs renumbered into its own', () => {
		const campaign = campaignReport([full('a', '2019-09-10', 1), full('b', '2019-09-09', 0)], 'T');
		expect(campaign).toStrictEqual({
			id: 'a,b',
			title: 'T',
			lead: '标题a\n标题b',
			paragraphs: ['标题a', 'a0', 'a1', 'a2', '标题b', 'b0', 'b1', 'b2'],
			meetings: [
				{
					...full('b', '2019-09-09', 0).meetings[0],
					statements: [{ verb: '指出', text: '话', paragraph: 5, speaker: null }],
					source: { paragraphs: [5] },
					article: { id: 'b', title: '标题b' }
				},
				{
					...full('a', '2019-09-10', 1).meetings[0],
					statements: [{ verb: '指出', text: '话', paragraph: 2, speaker: null }],
					source: { paragraphs: [2] },
					article: { id: 'a', title: '标题a' }
				}
			],
			diagnostics: [
				{ paragraph: 3, reason: 'why' },
				{ paragraph: 7, reason: 'why' }
			],
			citation: { outlet: '新华社', published: null, url: null }
		});
	});
});

describe('campaignIds', () => {
	it.each([
		{ value: null, expected: [] },
		{ value: 'a,b, c ,,a', expected: ['a', 'b', 'c'] },
		{ value: ['a,b', 'c', 'a'], expected: ['a', 'b', 'c'] },
		{ value: 'a,b,c,d', max: 2, expected: ['a', 'b'] }
	])('reads $value', ({ value, max, expected }) => {
		expect(campaignIds(value, max)).toStrictEqual(expected);
	});
});
