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
			expected: { report: a, missingReport: null, missingReports: [] }
		},
		{
			name: 'shows the report asked for by id',
			reports: [a, b],
			query: '?report=b',
			expected: { report: b, missingReport: null, missingReports: [] }
		},
		{
			name: 'falls back to the first and names the missing id',
			reports: [a, b],
			query: '?report=zz',
			expected: { report: a, missingReport: 'zz', missingReports: [] }
		},
		{
			name: 'never treats the id as a path',
			reports: [a, b],
			query: '?report=../a',
			expected: { report: a, missingReport: '../a', missingReports: [] }
		},
		{
			name: 'has nothing to show without reports',
			reports: [],
			query: '?report=a',
			expected: { report: null, missingReport: 'a', missingReports: [] }
		}
	])('$name', async ({ reports, query, expected }) => {
		expect(await pickReport(listSource(reports), new URL('http://x/' + query))).toStrictEqual(
			expected
		);
	});

	it('shows several reports as one campaign, and names the ids no report has', async () => {
		const full = (id: string): Report => ({
			id,
			title: id,
			lead: '',
			paragraphs: [],
			meetings: [],
			diagnostics: [],
			citation: { outlet: null, published: null, url: null }
		});
		const picked = await pickReport(
			listSource([full('a'), full('b'), full('c')]),
			new URL('http://x/?reports=c,zz&reports=a&report=b'),
			(n) => `${n} articles`
		);
		expect([picked.report?.id, picked.report?.title, picked.missingReports]).toStrictEqual([
			'c,a',
			'2 articles',
			['zz']
		]);
	});

	it.each([
		{
			query: '?reports=b,zz',
			expected: { report: b, missingReport: null, missingReports: ['zz'] }
		},
		{ query: '?reports=zz', expected: { report: a, missingReport: null, missingReports: ['zz'] } }
	])(
		'shows a campaign of one article found as that article ($query)',
		async ({ query, expected }) => {
			expect(await pickReport(listSource([a, b]), new URL('http://x/' + query))).toStrictEqual(
				expected
			);
		}
	);
});
