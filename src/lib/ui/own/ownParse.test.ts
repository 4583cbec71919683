import { describe, expect, it } from 'vitest';
import { parseFailure } from './ownParse';

describe('parseFailure', () => {
	it.each([
		{
			name: 'asks for the text when none was sent',
			status: 400,
			body: null,
			lang: 'en' as const,
			expected: 'Paste the text or choose a file.'
		},
		{
			name: 'says an article over 1 MB is too large',
			status: 413,
			body: { message: 'x' },
			lang: 'zh' as const,
			expected: '超过 1 MB，无法解析。'
		},
		{
			name: 'gives the parser’s reason when there is no meeting',
			status: 422,
			body: { message: 'a.txt: no meeting found (no opening)', reason: 'no opening' },
			lang: 'en' as const,
			expected: 'Nothing to map: no opening'
		},
		{
			name: 'gives what the server said for anything else',
			status: 504,
			body: { message: 'the parse took more than 5 s' },
			lang: 'en' as const,
			expected: 'Could not parse it: the parse took more than 5 s'
		},
		{
			name: 'gives the status when the answer says nothing',
			status: 500,
			body: null,
			lang: 'en' as const,
			expected: 'Could not parse it: HTTP 500'
		}
	])('$name', ({ status, body, lang, expected }) => {
		expect(parseFailure(status, body, lang)).toBe(expected);
	});
});
