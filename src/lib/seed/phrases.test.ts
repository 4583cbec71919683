import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from './parse.server';
import { phrasesOf, quotedPhrases, sharedPhrases } from './phrases';
import type { Meeting } from './types';

describe('quotedPhrases', () => {
	it.each([
		{
			name: 'finds every quoted phrase in order',
			text: '自觉增强“四个意识”、坚定“四个自信”、做到“两个维护”',
			expected: ['四个意识', '四个自信', '两个维护']
		},
		{
			name: 'splits quotes that touch',
			text: '防止“一刀切”“一锅煮”。',
			expected: ['一刀切', '一锅煮']
		},
		{
			name: 'keeps repeats, for counting',
			text: '“三服务”和“三服务”',
			expected: ['三服务', '三服务']
		},
		{ name: 'ignores a quote left open', text: '形成“回路，合力解决', expected: [] },
		{ name: 'ignores empty quotes', text: '“ ”与“”', expected: [] },
		{ name: 'has nothing to find in plain text', text: '坚持开门搞教育', expected: [] }
	])('$name', ({ text, expected }) => {
		expect(quotedPhrases(text)).toStrictEqual(expected);
	});
});

const meeting = (code: string, ...texts: string[]) =>
	({
		region: { code, name: code },
		statements: texts.map((text, i) => ({ verb: '指出', text, paragraph: i }))
	}) as unknown as Meeting;

describe('phrasesOf', () => {
	it('sorts by how many provinces used a phrase, then by how often, then by first use', () => {
		const report = {
			meetings: [
				meeting('A', '“甲甲”“乙乙”', '“乙乙”“丙丙”'),
				meeting('B', '“丙丙”“丁丁”'),
				meeting('C', '“丁丁”“丁丁”')
			]
		};
		expect(phrasesOf(report)).toStrictEqual([
			{ phrase: '丁丁', codes: ['B', 'C'], count: 3 },
			{ phrase: '丙丙', codes: ['A', 'B'], count: 2 },
			{ phrase: '乙乙', codes: ['A'], count: 2 },
			{ phrase: '甲甲', codes: ['A'], count: 1 }
		]);
	});

	it('leaves out single characters in quotes, which point at a word rather than quote a phrase', () => {
		const report = { meetings: [meeting('A', '要在“守”字上、“担”字上下功夫，“守初心”“A”“Ⅱ、”')] };
		expect(phrasesOf(report)).toStrictEqual([{ phrase: '守初心', codes: ['A'], count: 1 }]);
	});

	it('keeps no phrase of one character in the seed (its “守”“担”)', () => {
		const seed = new URL('../../../seeds/000_44db7bec739ae390.txt', import.meta.url);
		const phrases = phrasesOf(parseArticle(readFileSync(seed), { id: 's', file: 'seed' }));
		expect(phrases.filter((p) => [...p.phrase].length < 2)).toStrictEqual([]);
		expect(phrases.map((p) => p.phrase)).toContain('守初心');
	});

	it('counts the seed’s slogans by the provinces whose officials said them', () => {
		const seed = new URL('../../../seeds/000_44db7bec739ae390.txt', import.meta.url);
		const phrases = phrasesOf(parseArticle(readFileSync(seed), { id: 's', file: 'seed' }));
		expect(phrases.slice(0, 3)).toStrictEqual([
			{ phrase: '两个维护', codes: ['330000', '410000', '530000'], count: 3 },
			{ phrase: '一刀切', codes: ['330000', '350000', '500000'], count: 3 },
			{ phrase: '四个意识', codes: ['330000', '530000'], count: 2 }
		]);
	});
});

describe('sharedPhrases', () => {
	it('keeps the phrases at least two of the chosen provinces used', () => {
		const phrases = [
			{ phrase: '丁', codes: ['B', 'C'], count: 3 },
			{ phrase: '丙', codes: ['A', 'B'], count: 2 }
		];
		expect(sharedPhrases(phrases, ['A', 'C'])).toStrictEqual([]);
		expect(sharedPhrases(phrases, ['A', 'B', 'C'])).toStrictEqual(['丁', '丙']);
	});
});
