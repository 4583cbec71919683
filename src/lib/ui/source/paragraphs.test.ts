import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../seed/types';
import { sourceParagraphs } from './paragraphs';

const meeting = (code: string, paragraphs: number[]) =>
	({ region: { code, name: code }, source: { paragraphs } }) as unknown as Meeting;

describe('sourceParagraphs', () => {
	it('numbers every paragraph by its index and ties each to the meeting it reports', () => {
		const report = {
			paragraphs: ['连日来，', '山西召开', '骆惠宁强调', '重庆召开', '（记者）'],
			meetings: [meeting('140000', [1, 2]), meeting('500000', [3])]
		};
		expect(sourceParagraphs(report)).toStrictEqual([
			{ n: 0, text: '连日来，', lead: true, code: null },
			{ n: 1, text: '山西召开', lead: false, code: '140000' },
			{ n: 2, text: '骆惠宁强调', lead: false, code: '140000' },
			{ n: 3, text: '重庆召开', lead: false, code: '500000' },
			{ n: 4, text: '（记者）', lead: false, code: null }
		]);
	});

	it('has no lead when the first paragraph is a meeting’s', () => {
		const report = { paragraphs: ['山西召开'], meetings: [meeting('140000', [0])] };
		expect(sourceParagraphs(report).map((p) => p.lead)).toStrictEqual([false]);
	});

	it('calls all of an article without meetings its lead, as the parser would', () => {
		const report = { paragraphs: ['一', '二'], meetings: [] };
		expect(sourceParagraphs(report).map((p) => [p.lead, p.code])).toStrictEqual([
			[true, null],
			[true, null]
		]);
	});
});
