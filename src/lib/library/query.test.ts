import { describe, expect, it } from 'vitest';
import { API_DEFAULTS, PAGE_DEFAULTS, queryString, readQuery } from './query';

const read = (search: string, defaults = PAGE_DEFAULTS) =>
	readQuery(new URLSearchParams(search), defaults);

describe('readQuery', () => {
	it.each([
		{
			name: 'gives the page its defaults: newest first',
			search: '',
			expected: { q: '', sort: 'date', order: 'desc', page: 1, hits: 1, per: 100 }
		},
		{
			name: 'reads every parameter, trimming the words searched for',
			search: 'q=%20一刀切%20&sort=file&order=asc&page=3&hits=2&per=20',
			expected: { q: '一刀切', sort: 'file', order: 'asc', page: 3, hits: 2, per: 20 }
		},
		{
			name: 'takes what it does not understand as the default',
			search: 'sort=title&order=up&page=-1&hits=1.5&per=0',
			expected: { q: '', sort: 'date', order: 'desc', page: 1, hits: 1, per: 100 }
		},
		{
			name: 'caps how many to a page',
			search: 'per=5000',
			expected: { q: '', sort: 'date', order: 'desc', page: 1, hits: 1, per: 100 }
		}
	])('$name', ({ search, expected }) => {
		expect(read(search)).toStrictEqual(expected);
	});

	it('gives the API its own defaults and cap', () => {
		expect(read('per=5000', API_DEFAULTS)).toStrictEqual({
			q: '',
			sort: 'file',
			order: 'asc',
			page: 1,
			hits: 1,
			per: 200
		});
	});
});

describe('queryString', () => {
	it.each([
		{ name: 'is empty for the defaults', search: '', changes: {}, expected: '' },
		{
			name: 'leaves out the defaults and keeps the rest',
			search: 'q=一刀切&sort=file',
			changes: { page: 2 },
			expected: '?q=%E4%B8%80%E5%88%80%E5%88%87&sort=file&page=2'
		},
		{
			name: 'drops a parameter changed back to its default',
			search: 'order=asc&page=4',
			changes: { order: 'desc', page: 1 },
			expected: ''
		}
	] as const)('$name', ({ search, changes, expected }) => {
		expect(queryString(read(search), PAGE_DEFAULTS, changes)).toBe(expected);
	});

	it('carries the language', () => {
		expect(queryString(read(''), PAGE_DEFAULTS, { hits: 2 }, { lang: 'en', x: null })).toBe(
			'?hits=2&lang=en'
		);
	});
});
