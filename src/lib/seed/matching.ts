import { Converter } from 'opencc-js/t2cn';

/**
 * The form of a text the grammar matches against: traditional characters read as simplified
 * (山東 → 山东, 強調 → 强调, 會議 → 会议), full-width digits as ASCII, ASCII punctuation as the
 * full-width marks Chinese text uses (a copy typed on a Western keyboard writes `指出,`), and
 * every middle dot of a transliterated name as `·`.
 *
 * It has exactly the length of the text, character for character, so an index found in it is an
 * index into what the article wrote: the parser matches here and always cuts from the original.
 */
export function forMatching(text: string): string {
	const units = new Uint16Array(text.length);
	for (let i = 0; i < text.length; i++) units[i] = unitFor(text.charCodeAt(i));
	return DECODER.decode(units);
}

const DECODER = new TextDecoder('utf-16le');

const FOLDED: Record<string, string> = {
	',': '，',
	':': '：',
	';': '；',
	'!': '！',
	'?': '？',
	'(': '（',
	')': '）',
	'•': '·',
	'・': '·',
	'‧': '·',
	'∙': '·',
	'･': '·'
};

// OpenCC's character tables, Hong Kong and Taiwan forms both (爲 and 為 are both 为). Converted
// one character at a time, never by phrase, so that no conversion changes a text's length.
const fromHongKong = Converter({ from: 'hk', to: 'cn' });
const fromTaiwan = Converter({ from: 'tw', to: 'cn' });

/** What each UTF-16 unit reads as; 0 until first asked. Filled lazily: articles use few characters. */
const table = new Uint16Array(0x10000);

function unitFor(unit: number): number {
	const known = table[unit] ?? 0;
	if (known !== 0) return known;
	table[unit] = lookUp(unit);
	return table[unit] ?? unit;
}

function lookUp(unit: number): number {
	// Surrogates stay as they are: a pair stays a pair.
	if (unit >= 0xd800 && unit <= 0xdfff) return unit;
	if (unit >= 0xff10 && unit <= 0xff19) return unit - 0xff10 + 0x30;
	const ch = String.fromCharCode(unit);
	const folded = FOLDED[ch];
	if (folded) return folded.charCodeAt(0);
	if (unit < 0x2e80) return unit;
	const simplified = fromTaiwan(fromHongKong(ch));
	return simplified.length === 1 ? simplified.charCodeAt(0) : unit;
}
