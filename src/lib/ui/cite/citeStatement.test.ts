import { describe, expect, it } from 'vitest';
import { citeStatement, publishedBy, type CitedStatement } from './citeStatement';

const statement: CitedStatement = {
	text: '要把思想统一到全会精神上来。',
	speaker: { title: '省委书记', name: '林建国' },
	region: '山东',
	date: '2023-11-01',
	citation: { outlet: '光明日报', published: '2023-11-03', url: 'https://news.example.cn/c_1.htm' },
	link: 'http://localhost:3000/source?report=front-matter#p-0'
};

describe('citeStatement', () => {
	it.each([
		{
			name: 'gives the words, who said them where and when, the outlet and day, and the links',
			statement,
			lang: 'zh' as const,
			expected:
				'“要把思想统一到全会精神上来。”\n——省委书记林建国，山东，2023年11月1日\n光明日报，2023年11月3日，https://news.example.cn/c_1.htm\nhttp://localhost:3000/source?report=front-matter#p-0'
		},
		{
			name: 'in English keeps the words and the speaker as written, the rest in English',
			statement: { ...statement, region: 'Shandong' },
			lang: 'en' as const,
			expected:
				'“要把思想统一到全会精神上来。”\n——省委书记林建国, Shandong, 1 November 2023\n光明日报, 3 November 2023, https://news.example.cn/c_1.htm\nhttp://localhost:3000/source?report=front-matter#p-0'
		},
		{
			name: 'gives the meeting as the speaker of what it resolved, and leaves out what is not known',
			statement: {
				...statement,
				speaker: null,
				date: null,
				citation: { outlet: null, published: null, url: null }
			},
			lang: 'zh' as const,
			expected:
				'“要把思想统一到全会精神上来。”\n——会议，山东，日期未注明\nhttp://localhost:3000/source?report=front-matter#p-0'
		}
	])('$name', ({ statement, lang, expected }) => {
		expect(citeStatement(statement, lang)).toBe(expected);
	});
});

describe('publishedBy', () => {
	it.each([
		{ citation: { outlet: '新华社', published: '2024-07-22' }, expected: '新华社，2024年7月22日' },
		{ citation: { outlet: null, published: '2023-11-02' }, expected: '2023年11月2日' },
		{ citation: { outlet: '人民网－人民日报', published: null }, expected: '人民网－人民日报' },
		{ citation: { outlet: null, published: null }, expected: null }
	])('says $expected', ({ citation, expected }) => {
		expect(publishedBy(citation, 'zh')).toBe(expected);
	});
});
