import { describe, expect, it } from 'vitest';
import { fileName } from './download';

describe('fileName', () => {
	it.each([
		{
			name: 'names the app and the step',
			parts: ['会议地图', '重庆'],
			expected: '会议地图-重庆.png'
		},
		{
			name: 'keeps file systems happy',
			parts: ['Meeting Map', 'a/b'],
			expected: 'Meeting_Map-a_b.png'
		},
		{ name: 'drops an empty part', parts: ['会议地图', '', ''], expected: '会议地图.png' },
		{
			name: 'numbers the images of one step',
			parts: ['会议地图', '山西', '2'],
			expected: '会议地图-山西-2.png'
		}
	])('$name', ({ parts, expected }) => {
		expect(fileName(parts, 'png')).toBe(expected);
	});
});
