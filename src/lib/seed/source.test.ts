import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSource } from './source';
import type { Report } from './types';

const dated = (...dates: (string | null)[]) => dates.map((date) => ({ date }));

describe('articleSource', () => {
	it.each([
		{
			name: 'reads a newspaper footer: the paper and the day',
			paragraphs: ['连日来，……', '《人民日报》（2022年10月29日 04 版）'],
			meetings: dated('2022-10-27'),
			expected: { outlet: '人民日报', published: '2022-10-29', url: null }
		},
		{
			name: 'reads a footer written with ASCII brackets and full-width digits',
			paragraphs: ['《江西日报》(２０２１年６月２日 01 版)'],
			meetings: dated('2021-06-01'),
			expected: { outlet: '江西日报', published: '2021-06-02', url: null }
		},
		{
			name: 'reads a 来源 line with a page time stamp',
			paragraphs: ['来源：新华社 2024-07-22 20:15:31', '新华社北京7月22日电（记者 周文）连日来'],
			meetings: dated('2024-07-19'),
			expected: { outlet: '新华社', published: '2024-07-22', url: null }
		},
		{
			name: 'reads a 来源 line that names the outlet only',
			paragraphs: ['正文。', '（来源：人民网－人民日报）'],
			meetings: dated('2024-07-19'),
			expected: { outlet: '人民网－人民日报', published: null, url: null }
		},
		{
			name: 'dates a dateline by the last meeting: the same year when the day comes after it',
			paragraphs: ['新华社北京3月8日电 各地召开会议。'],
			meetings: dated('2023-03-05', null, '2023-03-06'),
			expected: { outlet: '新华社', published: '2023-03-08', url: null }
		},
		{
			name: 'dates a dateline in January after December meetings in the next year',
			paragraphs: ['中新社广州1月3日电 各地召开会议。'],
			meetings: dated('2023-12-30'),
			expected: { outlet: '中新社', published: '2024-01-03', url: null }
		},
		{
			name: 'leaves a dateline undated when no meeting is',
			paragraphs: ['新华社北京3月8日电 各地召开会议。'],
			meetings: dated(null),
			expected: { outlet: '新华社', published: null, url: null }
		},
		{
			name: 'takes the day from 本报 but names no outlet for it',
			paragraphs: ['本报北京10月30日电 连日来……'],
			meetings: dated('2022-10-28'),
			expected: { outlet: null, published: '2022-10-30', url: null }
		},
		{
			name: 'prefers the footer to the dateline for both',
			paragraphs: ['本报北京10月30日电 连日来……', '《人民日报》（2022年10月31日 04 版）'],
			meetings: dated('2022-10-28'),
			expected: { outlet: '人民日报', published: '2022-10-31', url: null }
		},
		{
			name: 'ignores a dateline deep in the article, where it quotes another report',
			paragraphs: ['一', '二', '三', '四', '新华社北京3月8日电 ……'],
			meetings: dated('2023-03-05'),
			expected: { outlet: null, published: null, url: null }
		},
		{
			name: "takes the article's own dateline, with its year, not that of a dispatch it gathers",
			paragraphs: ['本报北京2023年11月2日电 各地召开会议。', '新华社济南11月1日电 山东召开会议。'],
			meetings: dated('2023-11-01'),
			expected: { outlet: null, published: '2023-11-02', url: null }
		},
		{
			name: 'reads the URL of a 原文链接 line, as written',
			paragraphs: ['正文。', '原文链接：https://www.example.cn/a/2024/0722/c1.html'],
			meetings: dated('2024-07-21'),
			expected: { outlet: null, published: null, url: 'https://www.example.cn/a/2024/0722/c1.html' }
		},
		{
			name: 'refuses a link that is not http(s)',
			paragraphs: ['链接: javascript:alert(1)', '链接：ftp://example.cn/a'],
			meetings: dated('2024-07-21'),
			expected: { outlet: null, published: null, url: null }
		},
		{
			name: 'refuses a footer day that is not on the calendar',
			paragraphs: ['《人民日报》（2022年2月30日 04 版）'],
			meetings: dated('2022-02-01'),
			expected: { outlet: '人民日报', published: null, url: null }
		},
		{
			name: 'finds nothing in an article that states neither',
			paragraphs: ['9月10日，山西召开会议。省委书记骆惠宁指出，要抓落实。'],
			meetings: dated('2019-09-10'),
			expected: { outlet: null, published: null, url: null }
		}
	])('$name', ({ paragraphs, meetings, expected }) => {
		expect(articleSource({ paragraphs, meetings } as Report)).toStrictEqual(expected);
	});

	it.each([
		{ name: 'xinhua-plain', expected: { outlet: '新华社', published: '2024-07-22', url: null } },
		{
			name: 'newspaper-page',
			expected: { outlet: '人民日报', published: '2022-10-28', url: null }
		},
		{ name: 'furniture', expected: { outlet: '江西日报', published: '2021-06-02', url: null } },
		{ name: 'dispatches', expected: { outlet: null, published: '2023-11-02', url: null } },
		{ name: 'seed-000', expected: { outlet: null, published: null, url: null } }
	])('reads the fixture $name as parsed, as its report cites it', ({ name, expected }) => {
		const url = new URL(`../../../tests/fixtures/${name}.expected.json`, import.meta.url);
		const report = JSON.parse(readFileSync(url, 'utf8')) as Report;
		expect(articleSource(report)).toStrictEqual(expected);
		expect(report.citation).toStrictEqual(expected);
	});
});
