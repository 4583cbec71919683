import { describe, expect, it } from 'vitest';
import { SHOWN_LENGTH, shownValue } from './shownValue';

describe('shownValue', () => {
	it.each([
		{ name: 'keeps a short value as it is', value: '山西省', shown: '山西省' },
		{ name: 'keeps markup as text', value: '<script>x</script>', shown: '<script>x</script>' },
		{ name: 'shows NUL, tab and newline as symbols', value: 'a\u0000b\tc\n', shown: 'a␀b␉c␊' },
		{ name: 'shows DEL and C1 controls', value: 'a\u007fb\u0085', shown: 'a␡b\ufffd' },
		{ name: 'neutralizes a right-to-left override', value: 'ab\u202ecd', shown: 'ab\ufffdcd' },
		{
			name: 'cuts a long value at whole characters',
			value: '𠮷'.repeat(SHOWN_LENGTH + 1),
			shown: `${'𠮷'.repeat(SHOWN_LENGTH)}…`
		},
		{
			name: 'does not cut a value of exactly the limit',
			value: 'a'.repeat(40),
			shown: 'a'.repeat(40)
		}
	])('$name', ({ value, shown }) => {
		expect(shownValue(value)).toBe(shown);
	});
});
