import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './frontMatter';

describe('readFrontMatter', () => {
	it.each([
		{
			name: 'leaves an article without front matter as it is',
			text: '标题\n---\n正文。',
			expected: { stated: {}, rejected: [], rest: '标题\n---\n正文。' }
		},
		{
			name: 'reads Chinese keys, full-width colons, a 年月日 date and 《》 around the outlet',
			text: '---\n来源：《人民日报》\n日期：2022年10月29日\n链接: https://a.cn/x?id=1\n---\n标题\n正文。',
			expected: {
				stated: { outlet: '人民日报', published: '2022-10-29', url: 'https://a.cn/x?id=1' },
				rejected: [],
				rest: '标题\n正文。'
			}
		},
		{
			name: 'skips blank lines and keeps a line it cannot read, with its line number',
			text: '---\n\noutlet 新华社\n---\n标题',
			expected: {
				stated: {},
				rejected: [
					{
						text: 'outlet 新华社',
						reason: 'front matter line 3: not a "key: value" line; kept as article text'
					}
				],
				rest: '标题'
			}
		},
		{
			name: 'takes a fence that is never closed for text, with why',
			text: '---\n标题\n正文。',
			expected: {
				stated: {},
				rejected: [
					{
						text: '---',
						reason:
							'front matter line 1: a --- with no closing --- in the next 20 lines; read as article text'
					}
				],
				rest: '标题\n正文。'
			}
		}
	])('$name', ({ text, expected }) => {
		expect(readFrontMatter(text)).toStrictEqual(expected);
	});
});
