import { describe, expect, it } from 'vitest';
import { RESOLUTION_VERBS, SPEECH_VERBS } from '../seed/verbs';
import { glossTitle, glossVerb, nameIn, speakerIn, titleIn, verbIn } from './gloss';

describe('glossTitle', () => {
	it.each([
		{ zh: '省委书记', en: 'Party Secretary' },
		{ zh: '自治区党委书记', en: 'Party Secretary' },
		{ zh: '市委书记', en: 'Party Secretary' },
		{ zh: '省长', en: 'Governor' },
		{ zh: '市长', en: 'Mayor' },
		{ zh: '自治区主席', en: 'Chairman' },
		{ zh: '省委副书记', en: 'Deputy Party Secretary' },
		{
			zh: '省人大常委会主任',
			en: 'Chairman of the Provincial People’s Congress Standing Committee'
		},
		{ zh: '市政协主席', en: 'Chairman of the Municipal CPPCC Committee' }
	])('$zh is $en', ({ zh, en }) => {
		expect(glossTitle(zh)).toBe(en);
	});

	it('glosses a compound office piece by piece', () => {
		expect(glossTitle('省委书记、省人大常委会主任')).toBe(
			'Party Secretary and Chairman of the Provincial People’s Congress Standing Committee'
		);
		expect(glossTitle('自治区党委书记、自治区人大常委会主任、主题教育领导小组组长')).toBe(
			'Party Secretary, Chairman of the Regional People’s Congress Standing Committee, and Head of the Theme Education Leading Group'
		);
		expect(glossTitle('省委副书记兼省长')).toBe('Deputy Party Secretary and Governor');
	});

	it('keeps a piece no table knows as written rather than guess at it', () => {
		expect(glossTitle('省委书记、某某办公室主任')).toBe('Party Secretary and 某某办公室主任');
	});
});

describe('glossVerb', () => {
	it.each([
		{ zh: '指出', en: 'pointed out' },
		{ zh: '强调', en: 'stressed' },
		{ zh: '要求', en: 'called for' },
		{ zh: '表示', en: 'said' },
		{ zh: '提出', en: 'proposed' },
		{ zh: '希望', en: 'expressed the hope' },
		{ zh: '说', en: 'said' },
		{ zh: '强调指出', en: 'stressed, pointing out' }
	])('$zh is “$en”', ({ zh, en }) => {
		expect(glossVerb(zh)).toBe(en);
	});

	it('has a gloss for every verb the parser knows, so a new verb fails here by name', () => {
		expect(SPEECH_VERBS.filter((v) => glossVerb(v) === v)).toStrictEqual([]);
		expect(RESOLUTION_VERBS.filter((v) => glossVerb(v) === v)).toStrictEqual([]);
	});

	it('glosses an article reprinted in traditional characters as the same words', () => {
		expect(glossVerb('強調')).toBe(glossVerb('强调'));
		expect(glossVerb('說')).toBe('said');
		expect(glossTitle('省委書記')).toBe(glossTitle('省委书记'));
		expect(glossTitle('自治區黨委書記')).toBe(glossTitle('自治区党委书记'));
	});
});

describe('in the page’s language', () => {
	const romanized = { 骆惠宁: 'Luo Huining' };

	it('leaves the Chinese page as the article writes it', () => {
		expect([
			titleIn('省委书记', 'zh'),
			verbIn('指出', 'zh'),
			nameIn('骆惠宁', 'zh', romanized)
		]).toStrictEqual(['省委书记', '指出', '骆惠宁']);
	});

	it('glosses the English page, names in the pinyin the server gave', () => {
		expect([
			titleIn('省委书记', 'en'),
			verbIn('指出', 'en'),
			nameIn('骆惠宁', 'en', romanized)
		]).toStrictEqual(['Party Secretary', 'pointed out', 'Luo Huining']);
		expect(nameIn('车俊', 'en', romanized)).toBe('车俊');
	});

	it('names the speaker, or the meeting itself when no official is named', () => {
		const official = { name: '骆惠宁', title: '省委书记' };
		expect(speakerIn(official, 'zh')).toBe('省委书记骆惠宁');
		expect(speakerIn(official, 'en', romanized)).toBe('Party Secretary Luo Huining');
		expect([speakerIn(null, 'zh'), speakerIn(null, 'en')]).toStrictEqual(['会议', 'the meeting']);
	});
});
