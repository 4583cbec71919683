import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../seed/types';
import { slideText } from './slideText';

const meeting: Meeting = {
	region: { code: '140000', name: '山西' },
	date: '2019-09-10',
	meeting: '主题教育部署会议',
	official: { title: '省委书记', name: '骆惠宁' },
	source: { paragraphs: [1, 2] },
	statements: [
		{
			verb: '指出',
			text: '要取信于民。',
			paragraph: 1,
			speaker: { title: '省委书记', name: '骆惠宁' }
		},
		{
			verb: '强调',
			text: '要抓落实。',
			paragraph: 1,
			speaker: { title: '省委书记', name: '骆惠宁' }
		},
		{ verb: '要求', text: '要防止“一刀切”。', paragraph: 2, speaker: null }
	]
};
const names = { '140000': '山西', '150000': '内蒙古' };
const days = [
	{ date: '2019-09-10', color: '#440154', ink: '#ffffff', codes: ['140000', '150000'] }
];

describe('slideText', () => {
	it('gives a meeting’s province and day, then its words as written, each speaker once per turn', () => {
		expect(
			slideText({ kind: 'meeting', meeting, n: 1 }, { lead: '' }, days, names, 'zh')
		).toStrictEqual({
			subtitle: '山西 · 2019年9月10日',
			blocks: [
				{ text: '主题教育部署会议', style: 'note' },
				{ text: '省委书记骆惠宁', style: 'strong' },
				{ text: '指出　要取信于民。', style: 'body' },
				{ text: '强调　要抓落实。', style: 'body' },
				{ text: '会议', style: 'strong' },
				{ text: '要求　要防止“一刀切”。', style: 'body' }
			]
		});
	});

	it('gives the title step the lead, and the overview each day’s provinces', () => {
		expect(
			slideText({ kind: 'title' }, { lead: '连日来，各地部署。\n第二段。' }, days, names, 'zh')
		).toStrictEqual({
			subtitle: '开篇',
			blocks: [
				{ text: '连日来，各地部署。', style: 'body' },
				{ text: '第二段。', style: 'body' }
			]
		});
		expect(slideText({ kind: 'overview' }, { lead: '' }, days, names, 'zh').blocks).toStrictEqual([
			{ text: '9月10日：山西、内蒙古', style: 'body' }
		]);
	});
});
