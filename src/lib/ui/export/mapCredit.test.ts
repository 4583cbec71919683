import { describe, expect, it } from 'vitest';
import { exportCredit } from './mapCredit';

describe('exportCredit', () => {
	it.each([
		{
			name: 'names the outlet, the day and the address, then the map data',
			citation: { outlet: '光明日报', published: '2023-11-03', url: 'https://a.cn/1' },
			lang: 'zh' as const,
			expected: [
				'来源：光明日报，2023年11月3日，https://a.cn/1',
				'地图：Apache ECharts 4.9.0（Apache-2.0）'
			]
		},
		{
			name: 'in English',
			citation: { outlet: '新华社', published: '2024-07-22', url: null },
			lang: 'en' as const,
			expected: ['Source: 新华社, 22 July 2024', 'Map: Apache ECharts 4.9.0（Apache-2.0）']
		},
		{
			name: 'gives the map data alone when the article says nothing of itself',
			citation: { outlet: null, published: null, url: null },
			lang: 'zh' as const,
			expected: ['地图：Apache ECharts 4.9.0（Apache-2.0）']
		}
	])('$name', ({ citation, lang, expected }) => {
		expect(exportCredit(citation, lang)).toStrictEqual(expected);
	});
});
