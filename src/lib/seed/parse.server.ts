import { load } from 'cheerio';
import { matchRegionAt, type Region } from '../geo/regions';
import { findArticleYear, isoDate, leadingDate, type DateParts } from './dates';
import { decodeSeed } from './decode';
import { ParseError } from './errors';
import type { Meeting, Official, Report, Statement } from './types';
import { AFTER_VERB, SPEECH_VERBS } from './verbs';

export interface ParseOptions {
	/** The Report's id: the seed's file name without its extension. */
	id: string;
	/** The seed's path as errors should name it, e.g. 'seeds/000_x.txt'. */
	file: string;
}

/**
 * Reads one article of the genre "on DATE, REGION held MEETING; its OFFICIAL said …" into a
 * Report. Accepts the seed's bytes (UTF-8 or GB18030) or text, as HTML, tag soup or plain lines.
 * Throws nothing but ParseError, whose message names the file and the paragraph.
 */
export function parseArticle(input: Uint8Array | string, opts: ParseOptions): Report {
	try {
		return parse(input, opts);
	} catch (error) {
		if (error instanceof ParseError) throw error;
		// A bug here must still reach the caller as "this seed failed", not crash the server.
		const detail = error instanceof Error ? error.message : String(error);
		throw new ParseError(opts.file, null, `unexpected failure: ${detail}`);
	}
}

function parse(input: Uint8Array | string, { id, file }: ParseOptions): Report {
	const { title, paragraphs } = splitArticle(decodeSeed(input));
	if (paragraphs.length === 0) throw new ParseError(file, null, 'no paragraphs of article text');
	const year = findArticleYear(paragraphs, file);

	const meetings: Meeting[] = [];
	let current: Meeting | undefined;
	for (const [i, text] of paragraphs.entries()) {
		const opened = openMeeting(text, i, file, year);
		if (opened) {
			current = opened;
			meetings.push(opened);
			continue;
		}
		const statement = current && continuedStatement(text, i, current.official.name);
		if (current && statement) {
			current.statements.push(statement);
			current.source.paragraphs.push(i);
		}
		// Anything else is article text: it stays in `paragraphs` and belongs to no meeting.
	}
	const first = meetings[0];
	if (!first) {
		throw new ParseError(
			file,
			null,
			'no meeting: no paragraph starts with a date, a region and 召开'
		);
	}
	const lead = paragraphs.slice(0, first.source.paragraphs[0]).join('\n');
	return { id, title, lead, paragraphs, meetings };
}

// ---------------------------------------------------------------------------------------------
// Meetings and statements

/** 召开 (convene) is the genre's word; 举行 (hold) is its common synonym. */
const MEETING_VERBS = ['召开', '举行'];

/**
 * How an office ends. The official's title is everything before the name, so it is split off at
 * the last of these that leaves a plausible name (a title may list several offices:
 * 省委书记、省人大常委会主任). A generic 长 is deliberately absent: names contain it (李长春).
 */
const OFFICE_SUFFIXES = [
	'书记',
	'主任',
	'主席',
	'省长',
	'市长',
	'区长',
	'县长',
	'州长',
	'盟长',
	'部长',
	'厅长',
	'局长',
	'院长',
	'检察长',
	'委员长',
	'秘书长',
	'常委',
	'委员',
	'司令员',
	'政委',
	'总理'
];

/** 2 to 4 Han characters (欧阳志远), or a transliterated name joined by middle dots (雪克来提·扎克尔). */
const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,12}(?:[·・•]\p{Script=Han}{1,12}){1,3})$/u;
const LONGEST_NAME = 40;

/** What may stand between the date and the region: a time of day, a date range's end, 中共. */
const BEFORE_REGION = /^(?:[上下中]午|早上|晚上|傍晚|凌晨|至[0-9０-９]{1,2}日)?[，,]?(?:中共)?/;
/** What may stand between the region and 召开: the body that convened, e.g. 省委, 自治区党委. */
const AFTER_REGION = /^[\p{Script=Han}、]{0,12}$/u;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPEECH = new RegExp(
	`(${SPEECH_VERBS.map(escapeRegExp).join('|')})(?:${AFTER_VERB.map(escapeRegExp).join('|')})`
);

/**
 * The meeting a paragraph opens, if it starts `DATE，REGION召开MEETING。TITLE NAME VERB，TEXT`.
 * A paragraph that starts like a meeting but breaks off later is an error rather than article
 * text, so that a seed cannot quietly lose a region.
 */
function openMeeting(
	text: string,
	paragraph: number,
	file: string,
	year: number | undefined
): Meeting | undefined {
	const date = leadingDate(text);
	if (!date) return undefined;
	const afterDate = text.slice(date.length);
	const sentenceEnd = afterDate.indexOf('。');
	const held = meetingVerbIn(afterDate, sentenceEnd < 0 ? afterDate.length : sentenceEnd);
	if (!held) return undefined;
	const region = regionOfSubject(afterDate.slice(0, held.index));
	if (!region) return undefined;

	const fail = (reason: string): never => {
		throw new ParseError(file, paragraph, reason);
	};
	if (sentenceEnd < 0) fail('the meeting sentence does not end with 。');
	const meeting = trimText(afterDate.slice(held.index + held.verb.length, sentenceEnd));
	if (!meeting) fail(`the meeting has no name after ${held.verb}`);
	const iso = isoDate(date.parts, year) ?? fail(`${dateText(date.parts)} is not a calendar date`);

	const rest = afterDate.slice(sentenceEnd + 1);
	const speech = SPEECH.exec(rest);
	if (!speech) return fail("no speech verb after the official's name");
	const who = trimText(rest.slice(0, speech.index));
	const official =
		splitOfficial(who) ??
		fail(`cannot tell the official's title from their name in “${excerpt(who)}”`);
	const statement = statementAfter(
		rest,
		speech.index,
		speech[0].length,
		speech[1] ?? '',
		paragraph
	);
	if (!statement.text) fail(`nothing follows ${speech[0]}`);

	return {
		region: { code: region.code, name: region.name },
		date: iso,
		meeting,
		official,
		statements: [statement],
		source: { paragraphs: [paragraph] }
	};
}

function meetingVerbIn(text: string, end: number): { verb: string; index: number } | undefined {
	let found: { verb: string; index: number } | undefined;
	for (const verb of MEETING_VERBS) {
		const index = text.indexOf(verb);
		if (index >= 0 && index < end && (!found || index < found.index)) found = { verb, index };
	}
	return found;
}

/** The region a meeting sentence's subject names (`，山西`, `，中共宁夏回族自治区党委`). */
function regionOfSubject(subject: string): Region | undefined {
	const start = BEFORE_REGION.exec(subject)?.[0].length ?? 0;
	const match = matchRegionAt(subject, start);
	if (!match) return undefined;
	return AFTER_REGION.test(subject.slice(start + match.text.length)) ? match.region : undefined;
}

/** `省委书记骆惠宁` → { name: '骆惠宁', title: '省委书记' }. */
export function splitOfficial(who: string): Official | undefined {
	for (let cut = who.length - 2; cut > 0 && cut >= who.length - LONGEST_NAME; cut--) {
		const title = who.slice(0, cut);
		const name = who.slice(cut);
		if (NAME.test(name) && OFFICE_SUFFIXES.some((s) => title.endsWith(s))) return { name, title };
	}
	return undefined;
}

/** A paragraph that goes on with what the official said: `NAME VERB，TEXT`. */
function continuedStatement(text: string, paragraph: number, name: string): Statement | undefined {
	if (!text.startsWith(name)) return undefined;
	const verb = SPEECH_VERBS.find((v) => text.startsWith(v, name.length));
	if (!verb) return undefined;
	const after = text.charAt(name.length + verb.length);
	if (!AFTER_VERB.includes(after)) return undefined;
	return statementAfter(text, name.length, verb.length + after.length, verb, paragraph);
}

function statementAfter(
	text: string,
	at: number,
	length: number,
	verb: string,
	paragraph: number
): Statement {
	return { verb, text: trimText(text.slice(at + length)), paragraph };
}

const dateText = ({ year, month, day }: DateParts): string =>
	`${year === null ? '' : `${year}年`}${month}月${day}日`;

const excerpt = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

// ---------------------------------------------------------------------------------------------
// Text: title and paragraphs out of HTML, tag soup or plain lines

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

function splitArticle(source: string): { title: string; paragraphs: string[] } {
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
	const raw = firstIsTitle ? paragraphs.shift() : (flat.h1 ?? flat.title);
	return { title: raw === undefined ? '' : cleanTitle(raw, !firstIsTitle), paragraphs };
}

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

function isSpace(ch: string): boolean {
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
