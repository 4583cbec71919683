import { describe, expect, it } from 'vitest';
import type { Report } from '../seed/types';
import { listSource, pickReport } from './pickReport';

const report = (id: string) => ({ id }) as unknown as Report;
const [a, b] = [report('a'), report('b')];

describe('pickReport', () => {
	it.each([
		{
			name: 'shows the first report when none is asked for',
			reports: [a, b],
			query: '',
			expected: { report: a, missingReport: null }
		},
		{
			name: 'shows the report asked for by id',
			reports: [a, b],
			query: '?report=b',
			expected: { report: b, missingReport: null }
		},
		{
			name: 'falls back to the first and names the missing id',
			reports: [a, b],
			query: '?report=zz',
			expected: { report: a, missingReport: 'zz' }
		},
		{
			name: 'never treats the id as a path',
			reports: [a, b],
			query: '?report=../a',
			expected: { report: a, missingReport: '../a' }
		},
		{
			name: 'has nothing to show without reports',
			reports: [],
			query: '?report=a',
			expected: { report: null, missingReport: 'a' }
		}
	])('$name', async ({ reports, query, expected }) => {
		expect(await pickReport(listSource(reports), new URL('http://x/' + query))).toStrictEqual(
			expected
		);
	});
});
