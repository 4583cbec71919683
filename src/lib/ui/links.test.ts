import { describe, expect, it } from 'vitest';
import { hrefTo, type Page } from './links';

interface Case {
	name: string;
	page: Page;
	query: string;
	set?: Record<string, string | null>;
	hash?: string;
	expected: string;
}

describe('hrefTo', () => {
	it.each<Case>([
		{
			name: 'links plainly when there is nothing to keep',
			page: '/source',
			query: '',
			expected: '/source'
		},
		{
			name: 'keeps the article and the language, and drops the rest',
			page: '/source',
			query: 'region=140000&report=a&lang=en&x=1',
			expected: '/source?report=a&lang=en'
		},
		{
			name: 'sets parameters on top, keeping commas readable',
			page: '/compare',
			query: 'report=a',
			set: { regions: '140000,500000' },
			expected: '/compare?report=a&regions=140000,500000'
		},
		{
			name: 'removes a parameter set to null',
			page: '/',
			query: 'lang=en',
			set: { lang: null },
			expected: '/'
		},
		{
			name: 'adds the hash last',
			page: '/source',
			query: 'report=a',
			hash: 'p-3',
			expected: '/source?report=a#p-3'
		},
		{
			name: 'encodes what needs encoding',
			page: '/',
			query: 'report=a b&lang=en',
			set: { region: '山西' },
			expected: '/?report=a+b&lang=en&region=%E5%B1%B1%E8%A5%BF'
		}
	])('$name', ({ page, query, set, hash, expected }) => {
		expect(hrefTo(page, new URLSearchParams(query), set, hash)).toBe(expected);
	});
});
