import { httpUrl, isoOf } from './source';
import type { Citation } from './types';

/**
 * What a user may write at the very top of a seed to cite it, between two lines of `---`:
 *
 *     ---
 *     outlet: 人民日报
 *     date: 2022-10-29
 *     url: https://example.com/a.html
 *     ---
 *
 * Keys in English or Chinese (来源、日期、链接), a colon either ASCII or full-width. The block is
 * never article text; a line of it that cannot be read is kept as article text, with why.
 */
export interface FrontMatter {
	/** What the block states; a key it leaves out is undefined. */
	stated: Partial<Citation>;
	/** The block's lines that are not a known `key: value`: kept as paragraphs, with why. */
	rejected: { text: string; reason: string }[];
	/** The seed's text after the block (all of it when there is no block). */
	rest: string;
}

const KEYS: Record<string, keyof Citation> = {
	outlet: 'outlet',
	source: 'outlet',
	来源: 'outlet',
	媒体: 'outlet',
	date: 'published',
	published: 'published',
	日期: 'published',
	发布日期: 'published',
	url: 'url',
	link: 'url',
	链接: 'url',
	原文链接: 'url'
};

/** A block longer than this is not front matter: its `---` is the article's. */
const MAX_LINES = 20;
const FENCE = /^-{3,}\s*$/;
const LINE = /^\s*([^:：\s]{1,12})\s*[:：]\s*(.*?)\s*$/u;
const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u;

/** Splits a seed's text (decoded: '\n' line ends, no BOM) into its front matter and the rest. */
export function readFrontMatter(text: string): FrontMatter {
	const none: FrontMatter = { stated: {}, rejected: [], rest: text };
	if (!/^-{3,}[ \t]*(?:\n|$)/.test(text)) return none;
	// Only the head is split: an article may weigh megabytes.
	const lines = text.split('\n', MAX_LINES + 2);
	const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
	const after = (n: number) => text.slice(lines.slice(0, n).join('\n').length + 1);
	if (close < 0) {
		// An opening without its close: the fence stays text, said so, and the rest is the article.
		return {
			stated: {},
			rejected: [{ text: lines[0]!.trim(), reason: notClosed }],
			rest: after(1)
		};
	}
	const stated: Partial<Citation> = {};
	const rejected: FrontMatter['rejected'] = [];
	for (const [i, line] of lines.slice(1, close).entries()) {
		if (line.trim() === '') continue;
		const why = readLine(line, stated);
		if (why !== null)
			rejected.push({ text: line.trim(), reason: `front matter line ${i + 2}: ${why}` });
	}
	return { stated, rejected, rest: after(close + 1) };
}

const notClosed = `front matter line 1: a --- with no closing --- in the next ${MAX_LINES} lines; read as article text`;

/** Reads one `key: value` line into `stated`; null, or why it cannot. */
function readLine(line: string, stated: Partial<Citation>): string | null {
	const kept = '; kept as article text';
	const match = LINE.exec(line);
	if (!match) return `not a "key: value" line${kept}`;
	const key = KEYS[match[1]!.toLowerCase()];
	const value = match[2]!;
	if (!key) return `unknown key "${match[1]}" (outlet, date or url)${kept}`;
	if (stated[key] !== undefined) return `a second "${match[1]}"${kept}`;
	if (value === '') return `"${match[1]}" has no value${kept}`;
	if (key === 'published') {
		const date = DATE.exec(value);
		const iso = date ? isoOf(date[1]!, date[2]!, date[3]!) : null;
		if (iso === null) return `"${value}" is not a day on the calendar (write 2022-10-29)${kept}`;
		stated.published = iso;
	} else if (key === 'url') {
		const url = httpUrl(value);
		if (url === null) return `"${value}" is not an http(s) URL${kept}`;
		stated.url = url;
	} else {
		stated.outlet = value.replace(/^《(.+)》$/u, '$1');
	}
	return null;
}
