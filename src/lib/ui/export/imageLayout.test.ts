import { describe, expect, it } from 'vitest';
import { imagePages, type ImageText } from './imageLayout';
import type { Font } from './textLayout';

const measure = (text: string, font: Font) => [...text].length * font.size;
const content: ImageText = {
	title: '以为民谋利为民尽责的成效取信于民——山西、内蒙古、浙江部署开展第二批主题教育',
	subtitle: '山西 · 2019年9月10日',
	continued: '（续）',
	credit: '来源：人民日报，2019年9月11日 · 地图：Apache ECharts 4.9.0（Apache-2.0）',
	blocks: [
		{ text: '省委书记骆惠宁', style: 'strong' },
		{ text: '要以为民谋利为民尽责的实际成效取信于民。', style: 'body' }
	]
};
const size = { width: 2560, height: 1440 };

describe('imagePages', () => {
	it('puts the title, the subtitle, the words and the credit on the image, none over the map', () => {
		const [page, ...more] = imagePages(content, size, measure, { max: 48, min: 36 });
		expect(more).toStrictEqual([]);
		const texts = page!.lines.map((l) => l.text);
		expect(texts.join('')).toBe(
			content.title +
				content.subtitle +
				'省委书记骆惠宁要以为民谋利为民尽责的实际成效取信于民。' +
				content.credit
		);
		for (const line of page!.lines) {
			expect(line.x + measure(line.text, line.font)).toBeLessThanOrEqual(size.width);
			expect(line.y).toBeLessThanOrEqual(size.height);
			const inMap =
				line.x < page!.map.x + page!.map.width &&
				line.y > page!.map.y &&
				line.y - line.font.size < page!.map.y + page!.map.height &&
				line.x + measure(line.text, line.font) > page!.map.x;
			expect(inMap).toBe(false);
		}
		// The credit is the last line, at the bottom.
		expect(page!.lines.at(-1)!.y).toBeGreaterThan(size.height * 0.95);
	});

	it('continues the words on a second image with the title, map and credit, marked continued', () => {
		const long = {
			...content,
			blocks: [{ text: '要抓落实。'.repeat(200), style: 'body' as const }]
		};
		const pages = imagePages(long, size, measure, { max: 48, min: 36 });
		expect(pages).toHaveLength(2);
		expect(pages.map((p) => p.lines.find((l) => l.text.startsWith('山西'))!.text)).toStrictEqual([
			'山西 · 2019年9月10日',
			'山西 · 2019年9月10日（续）'
		]);
		expect(pages.map((p) => p.lines.at(-1)!.text)).toStrictEqual([content.credit, content.credit]);
		const words = pages.flatMap((p) =>
			p.lines.filter((l) => l.font.size === 36 && l.font.weight === 400)
		);
		expect(words.map((l) => l.text).join('')).toBe('要抓落实。'.repeat(200));
	});
});
