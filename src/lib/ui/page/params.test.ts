import { describe, expect, it } from 'vitest';
import { hrefWith, type ParamChanges } from './params';

describe('hrefWith', () => {
	it.each<{ name: string; query: string; changes: ParamChanges; expected: string }>([
		{
			name: 'sets a parameter, keeping the others in their order',
			query: 'lang=en&q=x',
			changes: { region: '140000' },
			expected: '?lang=en&q=x&region=140000'
		},
		{
			name: 'replaces a parameter in its place',
			query: 'region=140000&lang=en',
			changes: { region: '500000' },
			expected: '?region=500000&lang=en'
		},
		{
			name: 'removes a parameter set to null',
			query: 'lang=en&region=140000',
			changes: { lang: null },
			expected: '?region=140000'
		},
		{
			name: 'links to the page itself when no parameter is left',
			query: 'lang=en',
			changes: { lang: null },
			expected: './'
		}
	])('$name', ({ query, changes, expected }) => {
		expect(hrefWith(new URLSearchParams(query), changes)).toBe(expected);
	});
});
