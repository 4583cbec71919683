import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../seed/parse.server';
import { romanize, romanizedNames } from './romanize.server';

describe('romanize (pinyin-pro, as installed)', () => {
	it.each([
		{ name: 'surname first, given name as one word', zh: '骆惠宁', en: 'Luo Huining' },
		{ name: '单 as a surname reads Shan, not Dan', zh: '单霁翔', en: 'Shan Jixiang' },
		{ name: '曾 as a surname reads Zeng, not Ceng', zh: '曾庆红', en: 'Zeng Qinghong' },
		{ name: '解 as a surname reads Xie, not Jie', zh: '解振华', en: 'Xie Zhenhua' },
		{ name: 'a compound surname stays one word', zh: '欧阳坚', en: 'Ouyang Jian' },
		{ name: 'an apostrophe keeps min and er apart', zh: '陈敏尔', en: "Chen Min'er" },
		{ name: 'ü is written as ü', zh: '吕世光', en: 'Lü Shiguang' },
		{
			name: 'a transliterated name keeps its parts',
			zh: '雪克来提·扎克尔',
			en: "Xuekelaiti Zhake'er"
		},
		{ name: 'a name in Latin letters is kept', zh: 'Carrie Lam', en: 'Carrie Lam' }
	])('$name: $zh → $en', ({ zh, en }) => {
		expect(romanize(zh)).toBe(en);
	});
});

describe('romanizedNames', () => {
	it('gives every official of the seed a name in pinyin', () => {
		const seed = new URL('../../../seeds/000_44db7bec739ae390.txt', import.meta.url);
		const report = parseArticle(readFileSync(seed), { id: 's', file: 'seed' });
		expect(romanizedNames([report])).toStrictEqual({
			骆惠宁: 'Luo Huining',
			李纪恒: 'Li Jiheng',
			车俊: 'Che Jun',
			于伟国: 'Yu Weiguo',
			王国生: 'Wang Guosheng',
			蒋超良: 'Jiang Chaoliang',
			鹿心社: 'Lu Xinshe',
			陈敏尔: "Chen Min'er",
			孙志刚: 'Sun Zhigang',
			陈豪: 'Chen Hao',
			陈全国: 'Chen Quanguo'
		});
	});
});
