import { describe, expect, it } from 'vitest';
import { splitHeadline } from './headline';

describe('splitHeadline', () => {
	it.each([
		{
			name: 'puts the dash and what follows on a line of its own',
			title: '以为民谋利为民尽责的成效取信于民 ——山西、内蒙古部署开展第二批主题教育',
			expected: {
				main: '以为民谋利为民尽责的成效取信于民',
				sub: '——山西、内蒙古部署开展第二批主题教育'
			}
		},
		{
			name: 'keeps a headline without a subtitle whole',
			title: '各地部署开展主题教育',
			expected: { main: '各地部署开展主题教育', sub: '' }
		},
		{
			name: 'keeps a headline that starts with a dash whole',
			title: '——开头',
			expected: { main: '——开头', sub: '' }
		}
	])('$name', ({ title, expected }) => {
		expect(splitHeadline(title)).toStrictEqual(expected);
	});
});
