/** Longest part of a value from the URL a notice repeats; a 6 000-character value says no more. */
export const SHOWN_LENGTH = 40;

// C0 and C1 controls and DEL render as nothing (U+0000 is even dropped by the HTML parser), and
// bidirectional controls can reorder the notice around them: so neither is shown as it is.
const CONTROL = /\p{Cc}/gu;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A value from the URL (`?region=`, `?report=`) as a notice quotes it: controls as visible
 * symbols (NUL as ␀), bidirectional controls as �, and cut to SHOWN_LENGTH characters with ….
 * Text only: the page still renders it escaped.
 */
export function shownValue(value: string): string {
	const visible = value
		.replace(CONTROL, (c) => {
			const code = c.charCodeAt(0);
			if (code < 0x20) return String.fromCharCode(0x2400 + code);
			return code === 0x7f ? '\u2421' : '\ufffd';
		})
		.replace(BIDI, '\ufffd');
	const chars = [...visible];
	return chars.length > SHOWN_LENGTH ? `${chars.slice(0, SHOWN_LENGTH).join('')}…` : visible;
}
