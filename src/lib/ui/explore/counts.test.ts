import { describe, expect, it } from 'vitest';
import { matchLines, matchSummary } from './counts';
import type { Matches } from './matches';

const found: Matches = {
	needle: '一刀切',
	counts: { '500000': 2, '330000': 1 },
	codes: ['500000', '330000'],
	total: 3
};
const none: Matches = { needle: '乡村振兴', counts: {}, codes: [], total: 0 };

describe('matchLines', () => {
	it.each([
		{ name: 'counts in Chinese', lang: 'zh', expected: { '500000': '2 处', '330000': '1 处' } },
		{
			name: 'uses the singular in English for one match',
			lang: 'en',
			expected: { '500000': '2 matches', '330000': '1 match' }
		}
	] as const)('$name', ({ lang, expected }) => {
		expect(matchLines(found, lang)).toStrictEqual(expected);
	});

	it('adds no line when nothing is searched', () => {
		expect(matchLines(null, 'zh')).toStrictEqual({});
	});
});

describe('matchSummary', () => {
	it.each([
		{ name: 'sums up in Chinese', m: found, lang: 'zh', expected: '“一刀切”：3 处，2 个省份' },
		{
			name: 'sums up in English',
			m: found,
			lang: 'en',
			expected: '“一刀切”: 3 matches in 2 provinces'
		},
		{ name: 'says when nothing is found', m: none, lang: 'zh', expected: '没有找到“乡村振兴”。' }
	] as const)('$name', ({ m, lang, expected }) => {
		expect(matchSummary(m, m.needle, lang)).toBe(expected);
	});
});
