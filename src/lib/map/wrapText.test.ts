import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

describe('wrapText', () => {
	it.each([
		{
			name: 'a short title stays one line',
			text: '各地召开会议',
			width: 10,
			lines: 3,
			expected: ['各地召开会议']
		},
		{
			name: 'CJK breaks between any two characters',
			text: '一二三四五六七八九十甲乙',
			width: 5,
			lines: 3,
			expected: ['一二三四五', '六七八九十', '甲乙']
		},
		{
			name: 'closing punctuation stays on the line it closes',
			text: '一二三四五。六七',
			width: 5,
			lines: 3,
			expected: ['一二三四五。', '六七']
		},
		{
			name: 'a number stays with its unit, and a dash is a whole em',
			text: '三个省份，2022年10月26日—27日。',
			width: 12,
			lines: 3,
			expected: ['三个省份，2022年10月', '26日—27日。']
		},
		{
			name: 'too long for its lines ends in …',
			text: '一二三四五六七八九十甲乙丙丁',
			width: 5,
			lines: 2,
			expected: ['一二三四五', '六七八九…']
		},
		{
			name: 'a Latin word moves to the next line whole',
			text: 'Provincial meetings on theme education',
			width: 6,
			lines: 4,
			expected: ['Provincial', 'meetings', 'on theme', 'education']
		}
	])('$name', ({ text, width, lines, expected }) => {
		expect(wrapText(text, width, lines)).toStrictEqual(expected);
	});
});
