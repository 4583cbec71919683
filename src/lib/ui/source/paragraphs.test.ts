import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../seed/types';
import { sourceParagraphs } from './paragraphs';

const meeting = (code: string, paragraphs: number[]) =>
	({ region: { code, name: code }, source: { paragraphs } }) as unknown as Meeting;

describe('sourceParagraphs', () => {
	it('numbers every paragraph by its index and ties each to the meeting it reports', () => {
		const report = {
			paragraphs: ['连日来，', '山西召开', '骆惠宁强调', '重庆召开', '（记者）'],
			meetings: [meeting('140000', [1, 2]), meeting('500000', [3])],
			diagnostics: [],
			lead: '连日来，'
		};
		expect(sourceParagraphs(report)).toStrictEqual([
			{ n: 0, text: '连日来，', lead: true, code: null, diagnostic: null },
			{ n: 1, text: '山西召开', lead: false, code: '140000', diagnostic: null },
			{ n: 2, text: '骆惠宁强调', lead: false, code: '140000', diagnostic: null },
			{ n: 3, text: '重庆召开', lead: false, code: '500000', diagnostic: null },
			{ n: 4, text: '（记者）', lead: false, code: null, diagnostic: null }
		]);
	});

	it('has no lead when the first paragraph is a meeting’s', () => {
		const report = {
			paragraphs: ['山西召开'],
			meetings: [meeting('140000', [0])],
			diagnostics: [],
			lead: ''
		};
		expect(sourceParagraphs(report).map((p) => p.lead)).toStrictEqual([false]);
	});

	it('says why a paragraph is not attributed, and leaves a byline out of the lead', () => {
		const report = {
			paragraphs: ['本报记者 张三', '连日来，', '山西召开', '此外，天津等地也召开会议。'],
			meetings: [meeting('140000', [2])],
			diagnostics: [{ paragraph: 3, reason: 'tells of meetings in 天津' }],
			lead: '连日来，'
		};
		expect(sourceParagraphs(report).map((p) => [p.lead, p.code, p.diagnostic])).toStrictEqual([
			[false, null, null],
			[true, null, null],
			[false, '140000', null],
			[false, null, 'tells of meetings in 天津']
		]);
	});

	it('gives a paragraph that tells two meetings to the first', () => {
		const report = {
			paragraphs: ['广东召开…。广西召开…'],
			meetings: [meeting('440000', [0]), meeting('450000', [0])],
			diagnostics: [],
			lead: ''
		};
		expect(sourceParagraphs(report)[0]?.code).toBe('440000');
	});
});
