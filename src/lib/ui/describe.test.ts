import { describe, expect, it } from 'vitest';
import { mapDescription } from './describe';

describe('mapDescription', () => {
	it('names every colored region under its day, for readers who cannot see the colors', () => {
		const days = [
			{ date: '2019-09-08', color: '#000', ink: '#fff', codes: ['500000', '520000'] },
			{ date: '2019-09-12', color: '#111', ink: '#fff', codes: ['530000'] }
		];
		const names = { '500000': '重庆', '520000': '贵州', '530000': '云南' };
		expect(mapDescription(days, names, 34)).toBe(
			'中国34个省级行政区地图，其中3个按会议日期着色。9月8日：重庆、贵州；9月12日：云南。'
		);
	});
});

describe('mapDescription in English', () => {
	it('uses English dates and separators', () => {
		const days = [{ date: '2019-09-08', color: '#000', ink: '#fff', codes: ['500000', '520000'] }];
		expect(mapDescription(days, { '500000': 'Chongqing', '520000': 'Guizhou' }, 34, 'en')).toBe(
			'Map of China’s 34 provincial-level divisions; 2 are colored by meeting date. 8 Sep: Chongqing, Guizhou.'
		);
	});
});

describe('mapDescription with a province reported twice and an undated meeting', () => {
	it('counts a province once, and names it under each of its days', () => {
		const days = [
			{ date: '2020-02-03', color: '#000', ink: '#fff', codes: ['420000'] },
			{ date: null, color: '#111', ink: '#fff', codes: ['430000', '420000'] }
		];
		expect(mapDescription(days, { '420000': '湖北', '430000': '湖南' }, 34)).toBe(
			'中国34个省级行政区地图，其中2个按会议日期着色。2月3日：湖北；日期未注明：湖南、湖北。'
		);
	});
});
