import { describe, expect, it } from 'vitest';
import { mapDocument, mapOnly } from './mapDocument';

const map = {
	viewBox: [0, 0, 200, 100] as [number, number, number, number],
	markup: '<g><path d="M0 0h10v10z" data-code="140000" style="fill:rgb(1, 2, 3)"/></g>'
};

describe('mapDocument', () => {
	const svg = mapDocument({
		title: '各地部署 <第二批> & 主题教育',
		subtitle: '山西 · 2019年9月10日',
		legend: [
			{ color: '#440154', text: '9月10日 · 5 个' },
			{ color: '#e2ded5', text: '文中未提及 · 23 个' }
		],
		credit: ['来源：人民日报，2019年9月11日', '地图：Apache ECharts 4.9.0（Apache-2.0）'],
		map,
		fontFamily: '"Noto Sans CJK SC", sans-serif'
	});

	it('is a standalone SVG file on white, its title in <title>, escaped', () => {
		expect(
			svg.startsWith(
				'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1200"'
			)
		).toBe(true);
		expect(svg).toContain('font-family="&quot;Noto Sans CJK SC&quot;, sans-serif"');
		expect(svg).toContain('<title>各地部署 &lt;第二批&gt; &amp; 主题教育</title>');
		expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
	});

	it('draws, top to bottom, the title, the province, the map in its own viewBox, the legend, the credit', () => {
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts).toStrictEqual([
			'各地部署 &lt;第二批&gt; &amp; 主题教育',
			'山西 · 2019年9月10日',
			'9月10日 · 5 个',
			'文中未提及 · 23 个',
			'来源：人民日报，2019年9月11日',
			'地图：Apache ECharts 4.9.0（Apache-2.0）'
		]);
		expect(svg).toContain(
			'<svg x="32" y="120.8" width="1136" height="568" viewBox="0 0 200 100" preserveAspectRatio="xMidYMid meet">' +
				map.markup +
				'</svg>'
		);
		expect([...svg.matchAll(/<rect [^>]*fill="([^"]+)" stroke/g)].map((m) => m[1])).toStrictEqual([
			'#440154',
			'#e2ded5'
		]);
	});
});

describe('mapOnly', () => {
	it('is the map alone at the size asked, in its own viewBox', () => {
		expect(mapOnly(map, 640, 480)).toBe(
			`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" viewBox="0 0 200 100" preserveAspectRatio="xMidYMid meet">${map.markup}</svg>`
		);
	});
});
