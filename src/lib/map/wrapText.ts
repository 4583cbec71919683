/**
 * How wide a character is set, in ems, in a CJK sans face: Han, kana and full-width forms a whole
 * em, the rest (Latin, digits, half-width punctuation) about half, which Noto Sans CJK's proportional
 * Latin averages. An estimate: the share image has no layout engine to ask.
 */
export function emWidth(char: string): number {
	return /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff60\u3000-\u303f]/u.test(char)
		? 1
		: 0.56;
}

const CLOSING = /[。，、；：！？）」』》〉】”’.,;:!?)]/u;

/**
 * `text` in lines of at most `width` ems, at most `lines` of them, the last ending in … when the
 * text goes on. Breaks anywhere between characters (as CJK text does), but not inside a Latin word
 * or number when a space before it allows, nor before closing punctuation.
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
			const space = line.lastIndexOf(' ');
			const carried = /\w/.test(char) && space > 0 ? line.slice(space + 1) : '';
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
