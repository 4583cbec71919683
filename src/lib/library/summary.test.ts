import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../seed/types';
import { sortDate, summarize } from './summary';

const fixture = (name: string) =>
	JSON.parse(
		readFileSync(new URL(`../../../tests/fixtures/${name}.expected.json`, import.meta.url), 'utf8')
	) as Report;

describe('summarize', () => {
	it.each([
		{
			name: 'counts the seed: eleven provinces over five days, nothing left unattributed',
			fixture: 'seed-000',
			expected: {
				id: '000_44db7bec739ae390',
				title:
					'以为民谋利为民尽责的成效取信于民 ——山西、内蒙古、浙江、福建、河南、湖北、广西、重庆、贵州、云南、新疆部署开展第二批主题教育',
				outlet: null,
				published: null,
				dates: { first: '2019-09-08', last: '2019-09-12', days: 5 },
				counts: { regions: 11, meetings: 11, statements: 24, undated: 0, unattributed: 0 }
			}
		},
		{
			name: 'names the outlet and the day of a wire copy, and counts an undated meeting apart',
			fixture: 'xinhua-plain',
			expected: {
				id: 'xinhua-plain',
				title: '各地认真传达学习全会精神',
				outlet: '新华社',
				published: '2024-07-22',
				dates: { first: '2024-07-19', last: '2024-07-21', days: 3 },
				counts: { regions: 4, meetings: 4, statements: 9, undated: 1, unattributed: 4 }
			}
		},
		{
			name: 'gives no days for an article whose meetings are all undated',
			fixture: 'undated',
			expected: {
				id: 'undated',
				title: '多地部署安全生产工作',
				outlet: null,
				published: null,
				dates: { first: null, last: null, days: 0 },
				counts: { regions: 5, meetings: 5, statements: 5, undated: 5, unattributed: 2 }
			}
		}
	])('$name', ({ fixture: name, expected }) => {
		expect(summarize(fixture(name))).toStrictEqual(expected);
	});
});

describe('sortDate', () => {
	it.each([
		{
			name: 'is the publication day',
			published: '2024-07-22',
			last: '2024-07-21',
			expected: '2024-07-22'
		},
		{
			name: 'falls back to the last meeting',
			published: null,
			last: '2024-07-21',
			expected: '2024-07-21'
		},
		{
			name: 'is null for an article with no day at all',
			published: null,
			last: null,
			expected: null
		}
	])('$name', ({ published, last, expected }) => {
		expect(sortDate({ published, dates: { first: null, last, days: 0 } })).toBe(expected);
	});
});
