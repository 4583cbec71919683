import { load } from 'cheerio';
import { trimText } from './text';

/**
 * Markup → the article's title and paragraphs. Seeds come as saved from the web (HTML, tag soup)
 * or copied as plain lines; this is the only place that knows about tags and entities.
 */

/** Marks a paragraph boundary while the markup is flattened; never left in the output. */
const BREAK = '\uE000';

/** Elements that end a paragraph. Everything else (span, font, b, a …) is inline. */
const BLOCK = new Set(
	(
		'address article aside blockquote body br caption center dd div dl dt figcaption figure footer ' +
		'form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section table tbody td tfoot ' +
		'th thead tr ul'
	).split(' ')
);

/** Elements whose content is not article text and is not markup either: skipped to their end tag. */
const SKIPPED = new Set(
	'script style title textarea xmp iframe noembed noframes noscript template'.split(' ')
);
const SKIP_END = new Map([...SKIPPED].map((n) => [n, new RegExp(`</${n}(?![\\w-])`, 'gi')]));

/** Any block tag at all means HTML, where a newline is just a space. Otherwise lines are paragraphs. */
const HAS_BLOCK_TAG = new RegExp(`<\\/?(?:${[...BLOCK].join('|')})(?![\\w-])`, 'i');

export function splitArticle(source: string): { title: string; paragraphs: string[] } {
	const text = source.replaceAll(BREAK, '');
	const html = HAS_BLOCK_TAG.test(text);
	const start = text.search(/\S/);
	if (start < 0) return { title: '', paragraphs: [] };

	// A seed saved from a list of articles starts with the headline as a line of its own. It is cut
	// off before tokenizing because in HTML its newline would only be a space.
	let firstLine: string[] = [];
	let body = text;
	if (text[start] !== '<') {
		const lineEnd = text.indexOf('\n', start);
		const head = flatten(text.slice(0, lineEnd < 0 ? text.length : lineEnd));
		firstLine = paragraphsOf(head.body, html);
		body = lineEnd < 0 ? '' : text.slice(lineEnd + 1);
	}
	const flat = flatten(body);
	const paragraphs = [...firstLine, ...paragraphsOf(flat.body, html)];

	// A first line that ends like a sentence is the lead of an article without a headline.
	const firstIsTitle = firstLine.length > 0 && !/[。！？]$/.test(firstLine[0] ?? '');
	// Markup without <h1> or <title> (a page's article <div>s copied alone) heads its text with
	// the headline as a paragraph of its own: a short one that does not end like a sentence.
	const headline =
		!firstIsTitle && flat.h1 === undefined && flat.title === undefined && isHeadline(paragraphs[0])
			? paragraphs.shift()
			: undefined;
	const raw = firstIsTitle ? paragraphs.shift() : (flat.h1 ?? flat.title ?? headline);
	return { title: raw === undefined ? '' : cleanTitle(raw, !firstIsTitle), paragraphs };
}

const isHeadline = (paragraph: string | undefined): boolean =>
	paragraph !== undefined && paragraph.length <= 60 && !/[。！？，：；]/.test(paragraph);

/**
 * `16以为民谋利….txt` → `以为民谋利…`: a title line taken from a file list carries the list's
 * sequence number and the file's extension. Digits that begin a real headline are kept when a unit
 * follows them (2019年…, 70周年…, 5G…).
 */
function cleanTitle(raw: string, markup: boolean): string {
	const text = trimText(markup ? decodeEntities(raw).replace(/[\t\n\f\r ]+/g, ' ') : raw);
	return trimText(
		text
			.replace(/\.(?:txt|html?|shtml|text)$/i, '')
			.replace(
				/^[0-9]+(?=[^0-9年月日号时点分秒万亿个名位项条次届周岁元%％.．:：,，/\-A-Za-z\s])/,
				''
			)
	);
}

function paragraphsOf(rawBody: string, html: boolean): string[] {
	const decoded = decodeEntities(rawBody);
	const text = html ? decoded.replace(/[\t\n\f\r ]+/g, ' ') : decoded.replaceAll('\n', BREAK);
	return text
		.split(BREAK)
		.map(trimText)
		.filter((p) => p !== '');
}

/**
 * Cheerio decodes the entities (&ldquo; &nbsp; &#20013; and the legacy forms without `;`) exactly
 * as a browser would. It gets text without any tags: `<` is escaped so that `&lt;script&gt;` in
 * the seed comes out as the literal text `<script>` and nothing is parsed twice.
 */
function decodeEntities(raw: string): string {
	if (!raw.includes('&')) return raw;
	return load(raw.replaceAll('<', '&lt;'), null, false).text();
}

interface Flat {
	/** The text with entities still encoded, tags removed, BREAK where a paragraph ends. */
	body: string;
	h1?: string;
	title?: string;
}

/**
 * Removes the markup, one pass from left to right. Cheerio's tree builders are not used for this
 * because they slow down quadratically on deeply nested tag soup (200 000 unclosed <div>s take
 * minutes); this pass looks at each character a bounded number of times whatever the input.
 */
function flatten(src: string): Flat {
	const out: string[] = [];
	let h1: string[] | undefined;
	const flat: Flat = { body: '' };
	const emit = (s: string) => (h1 ?? out).push(s);
	const closeH1 = () => {
		if (h1) flat.h1 ??= h1.join('');
		h1 = undefined;
	};

	// Past the last `>` no tag can end, so every `<` there is text; checking this once keeps
	// `<a<a<a…` without any `>` from being rescanned to the end at every `<`.
	const lastGt = src.lastIndexOf('>');
	const scanner = { quotesBroken: false };
	let i = 0;
	while (i < src.length) {
		const lt = src.indexOf('<', i);
		if (lt < 0 || lt > lastGt) {
			emit(src.slice(i));
			break;
		}
		emit(src.slice(i, lt));
		const tag = readTag(src, lt, scanner);
		if (!tag || tag.end <= lt) {
			emit('<');
			i = lt + 1;
			continue;
		}
		i = tag.end;
		if (tag.name === '!') continue;
		if (!tag.closing && SKIPPED.has(tag.name)) {
			const end = SKIP_END.get(tag.name) ?? /$/g;
			end.lastIndex = i;
			const close = end.exec(src);
			if (tag.name === 'title') flat.title ??= src.slice(i, close ? close.index : src.length);
			if (!close) break;
			const gt = src.indexOf('>', close.index);
			i = gt < 0 ? src.length : gt + 1;
		} else if (tag.name === 'h1') {
			closeH1();
			out.push(BREAK);
			if (!tag.closing) h1 = [];
		} else if (tag.name === 'br' && h1) {
			h1.push(' ');
		} else if (BLOCK.has(tag.name)) {
			// An <h1> left open must not swallow the article: the next block ends it.
			closeH1();
			out.push(BREAK);
		}
	}
	closeH1();
	flat.body = out.join('');
	return flat;
}

interface Tag {
	/** Lowercased element name; '!' for comments, doctypes and processing instructions. */
	name: string;
	closing: boolean;
	/** Index just past the tag's `>`. */
	end: number;
}

const TAG_NAME = /[A-Za-z][A-Za-z0-9:_-]*/y;

/** The tag starting at `lt`, or undefined if that `<` is plain text. Needs a `>` after `lt`. */
function readTag(src: string, lt: number, scanner: { quotesBroken: boolean }): Tag | undefined {
	if (src.startsWith('!--', lt + 1)) {
		const close = src.indexOf('-->', lt + 4);
		return { name: '!', closing: false, end: close < 0 ? src.length : close + 3 };
	}
	if (src[lt + 1] === '!' || src[lt + 1] === '?') {
		return { name: '!', closing: false, end: src.indexOf('>', lt) + 1 };
	}
	const closing = src[lt + 1] === '/';
	TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
	const name = TAG_NAME.exec(src)?.[0];
	if (!name) return undefined;
	const afterName = TAG_NAME.lastIndex;
	// The caller guarantees a `>` after `lt`, and a name holds none, so this finds one.
	const plainEnd = () => src.indexOf('>', afterName) + 1;
	if (closing || scanner.quotesBroken)
		return { name: name.toLowerCase(), closing, end: plainEnd() };

	// A quoted attribute value may contain `>`. If a quote never closes, quotes are ignored from
	// then on, so that this failed scan to the end of the input happens at most once.
	let previous = '';
	for (let p = afterName; p < src.length; p++) {
		const ch = src.charAt(p);
		if (ch === '>') return { name: name.toLowerCase(), closing, end: p + 1 };
		if ((ch === '"' || ch === "'") && previous === '=') {
			const close = src.indexOf(ch, p + 1);
			if (close < 0) break;
			p = close;
			previous = ch;
		} else if (!/\s/.test(ch)) {
			previous = ch;
		}
	}
	scanner.quotesBroken = true;
	return { name: name.toLowerCase(), closing, end: plainEnd() };
}
