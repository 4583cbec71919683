export function isSpace(ch: string): boolean {
	// \s covers U+3000 (the full-width indent of Chinese paragraphs), NBSP and the BOM.
	return /\s/.test(ch) || ch === '\u200b';
}

/** Trims whitespace, full-width spaces included. A loop, not /\s+$/, which backtracks. */
export function trimText(s: string): string {
	let start = 0;
	let end = s.length;
	while (start < end && isSpace(s.charAt(start))) start++;
	while (end > start && isSpace(s.charAt(end - 1))) end--;
	return s.slice(start, end);
}
