import { describe, expect, it } from 'vitest';
import { chosenRegions } from './choice';

const available = ['140000', '150000', '330000', '500000', '530000'];

describe('chosenRegions', () => {
	it.each([
		{
			name: 'reads nothing when nothing is asked',
			query: '',
			expected: { codes: [], unknown: [], dropped: [] }
		},
		{
			name: 'reads a comma list, in the order given',
			query: 'regions=500000,140000',
			expected: { codes: ['500000', '140000'], unknown: [], dropped: [] }
		},
		{
			name: 'reads the repeated parameter a form sends without JavaScript',
			query: 'regions=140000&regions=500000',
			expected: { codes: ['140000', '500000'], unknown: [], dropped: [] }
		},
		{
			name: 'accepts names and counts a province once',
			query: 'regions=山西,Chongqing,140000',
			expected: { codes: ['140000', '500000'], unknown: [], dropped: [] }
		},
		{
			name: 'sets aside what is no province of the article',
			query: 'regions=110000,火星,,140000',
			expected: { codes: ['140000'], unknown: ['110000', '火星'], dropped: [] }
		},
		{
			name: 'keeps the first four and names the rest',
			query: 'regions=140000,150000,330000,500000,530000',
			expected: {
				codes: ['140000', '150000', '330000', '500000'],
				unknown: [],
				dropped: ['530000']
			}
		}
	])('$name', ({ query, expected }) => {
		expect(chosenRegions(new URLSearchParams(query), available)).toStrictEqual(expected);
	});
});
