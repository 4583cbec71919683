import { describe, expect, it } from 'vitest';
import { fitText, wrap, type Font, type TextBlock } from './textLayout';

/** Every character one em wide: lines are easy to count by hand. */
const measure = (text: string, font: Font) => [...text].length * font.size;
const body: Font = { size: 10, weight: 400 };

describe('wrap', () => {
	it.each([
		{
			name: 'breaks Chinese anywhere, at the box’s width',
			text: '要把思想统一到全会精神上来',
			width: 50,
			expected: ['要把思想统', '一到全会精', '神上来']
		},
		{
			name: 'lets a closing mark hang past the end rather than start a line',
			text: '要把思想统一。到全会',
			width: 60,
			expected: ['要把思想统一。', '到全会']
		},
		{
			name: 'takes an opening mark down to the line of what it opens',
			text: '增强四个意识坚定“四个自信”',
			width: 90,
			expected: ['增强四个意识坚定', '“四个自信”']
		},
		{
			name: 'keeps a Latin word or number whole when it fits a line of its own',
			text: '共计2023年 Apache ECharts',
			width: 80,
			expected: ['共计2023年', 'Apache', 'ECharts']
		},
		{
			name: 'cuts a URL longer than the box where the box ends',
			text: 'https://a.cn/xyz',
			width: 60,
			expected: ['https:', '//a.cn', '/xyz']
		}
	])('$name', ({ text, width, expected }) => {
		expect(wrap(text, width, body, measure)).toStrictEqual(expected);
	});
});

describe('fitText', () => {
	const blocks: TextBlock[] = [
		{ text: '山西', style: 'heading' },
		{ text: '省委书记骆惠宁', style: 'strong' },
		{ text: '要以为民谋利为民尽责的实际成效取信于民。'.repeat(3), style: 'body' }
	];
	const box = { x: 100, y: 50, width: 200, height: 300 };
	const words = (lines: { text: string }[]) => lines.map((l) => l.text).join('');

	it('sets the words at the largest size at which they fit, every line whole and in the box', () => {
		const { size, pages } = fitText(blocks, box, measure, { max: 30, min: 10 });
		expect(pages).toHaveLength(1);
		expect(size).toBe(20);
		expect(words(pages[0]!)).toBe(blocks.map((b) => b.text).join(''));
		for (const line of pages[0]!) {
			expect(measure(line.text.replace(/。$/, ''), line.font)).toBeLessThanOrEqual(box.width);
			expect(line.y).toBeLessThanOrEqual(box.y + box.height);
		}
	});

	it('continues on a second page, never cutting a line, what does not fit at the smallest size', () => {
		const long: TextBlock[] = [...blocks, { text: '要抓落实。'.repeat(40), style: 'body' }];
		const { size, pages } = fitText(long, box, measure, { max: 30, min: 14 });
		expect(size).toBe(14);
		expect(pages.length).toBe(2);
		expect(words(pages.flat())).toBe(long.map((b) => b.text).join(''));
		for (const page of pages) {
			const last = page.at(-1)!;
			// The last line's box ends inside the box: its baseline plus the line's lower part.
			expect(last.y + last.font.size * 0.4).toBeLessThanOrEqual(box.y + box.height);
			expect(page[0]!.y).toBeGreaterThan(box.y);
		}
	});
});
