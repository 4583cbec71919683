/**
 * How wide a character is set, in ems, in a CJK sans face: Han, kana, full-width forms and what
 * such a face sets full width (the dash, the ellipsis, the middle dot) a whole em, the rest (Latin, digits, half-width punctuation) about half, which Noto Sans CJK's proportional
 * Latin averages. An estimate: the share image has no layout engine to ask.
 */
export function emWidth(char: string): number {
	return /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff60\u3000-\u303f\u2014\u2026\u00b7]/u.test(
		char
	)
		? 1
		: 0.56;
}

const CLOSING = /[。，、；：！？）」』》〉】”’.,;:!?)]/u;
const UNITS = /[年月日号个]/u;

/**
 * `text` in lines of at most `width` ems, at most `lines` of them, the last ending in … when the
 * text goes on. Breaks anywhere between characters (as CJK text does), but not inside a Latin word
 * or number (nor between a number and its unit: 27日), nor before closing punctuation.
 */
export function wrapText(text: string, width: number, lines: number): string[] {
	const out: string[] = [];
	let line = '';
	let used = 0;
	const chars = [...text.trim()];
	for (let i = 0; i < chars.length; i++) {
		const char = chars[i]!;
		const w = emWidth(char);
		// Closing punctuation stays on its line, past the edge if need be, as CJK typesetting does.
		if (used + w > width && !CLOSING.test(char)) {
			// A word or number goes to the next line whole, and a number with the unit after it.
			const run = /[A-Za-z0-9]+$/.exec(line)?.[0] ?? '';
			const keeps = /[A-Za-z0-9]/.test(char) || (UNITS.test(char) && /\d$/.test(line));
			const carried = keeps && run.length < line.length ? run : '';
			out.push(line.slice(0, line.length - carried.length).trimEnd());
			line = carried;
			used = [...carried].reduce((s, c) => s + emWidth(c), 0);
			if (out.length === lines) return ellipsis(out, width);
		}
		if (line === '' && char === ' ') continue;
		line += char;
		used += w;
	}
	if (line) out.push(line);
	return out;
}

/** The last line shortened to end in … within `width` ems. */
function ellipsis(lines: string[], width: number): string[] {
	const chars = [...lines.at(-1)!];
	while (chars.reduce((s, c) => s + emWidth(c), 0) + 1 > width) chars.pop();
	return [...lines.slice(0, -1), chars.join('').trimEnd() + '…'];
}
