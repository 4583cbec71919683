const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Turns a seed's bytes into text. Seeds come as saved from the web: UTF-8 (sometimes with a BOM)
 * or GB18030 (the superset of GBK/GB2312 that older Chinese sites use), with any line endings.
 * UTF-8 is tried strictly first because GB18030 decodes almost any byte sequence without error,
 * so it can only be the fallback.
 */
export function decodeSeed(input: Uint8Array | string): string {
	let text: string;
	if (typeof input === 'string') {
		text = input;
	} else {
		const bytes = UTF8_BOM.every((b, i) => input[i] === b) ? input.subarray(3) : input;
		try {
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
		} catch {
			text = new TextDecoder('gb18030').decode(bytes);
		}
	}
	// A BOM can also survive as U+FEFF: in a string input, or GB18030's own BOM (84 31 95 33).
	if (text.startsWith('\uFEFF')) text = text.slice(1);
	return text.replace(/\r\n?/g, '\n');
}
