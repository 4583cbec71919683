import { decodeSeed } from './decode';
import { ParseError } from './errors';
import { readFrontMatter } from './frontMatter';
import { readParagraphs, type Reading } from './grammar';
import { splitArticle } from './markup';
import { articleSource } from './source';
import type { Report } from './types';

export interface ParseOptions {
	/** The Report's id: the seed's file name without its extension. */
	id: string;
	/** The seed's path as errors should name it, e.g. 'seeds/000_x.txt'. */
	file: string;
}

/** The most an article may weigh: the longest roundups are some 100 kB; past this it is not one. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * Reads one article of the genre "on DATE, REGION held MEETING; its OFFICIAL said …" into a
 * Report. Accepts the seed's bytes (UTF-8 or GB18030) or text, as HTML, tag soup or plain lines,
 * in simplified or traditional characters. A paragraph it does not understand stays text and gets
 * a diagnostic; it fails only on an article with no meeting at all, or that is not text, with a
 * ParseError whose message names the file (and the paragraph, where there is one).
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
	const bytes = typeof input === 'string' ? utf8Length(input) : input.length;
	if (bytes > MAX_ARTICLE_BYTES) throw new ParseError(file, null, tooLarge(bytes));
	const text = decodeSeed(input);
	if (isBinary(text))
		throw new ParseError(file, null, 'not text: it holds control characters that no article has');
	const front = readFrontMatter(text);
	const { title, paragraphs: body } = splitArticle(front.rest);
	if (body.length === 0) throw new ParseError(file, null, 'no paragraphs of article text');
	const reading = readParagraphs(body);
	if (reading.meetings.length === 0) {
		throw new ParseError(
			file,
			null,
			'no meeting: no paragraph starts with a date, a region and 召开'
		);
	}
	const found = articleSource({ paragraphs: body, meetings: reading.meetings });
	const citation = { ...found, ...front.stated };
	// Front-matter lines that could not be read stay text: the first paragraphs, each with why.
	const kept = front.rejected.map((r) => r.text);
	const { lead, meetings, diagnostics } = shifted(reading, kept.length);
	return {
		id,
		title,
		lead,
		paragraphs: [...kept, ...body],
		meetings,
		diagnostics: [
			...front.rejected.map((r, paragraph) => ({ paragraph, reason: r.reason })),
			...diagnostics
		],
		citation
	};
}

/** The reading with every paragraph number moved on by `by`. */
function shifted(reading: Reading, by: number): Reading {
	if (by === 0) return reading;
	return {
		lead: reading.lead,
		meetings: reading.meetings.map((m) => ({
			...m,
			statements: m.statements.map((s) => ({ ...s, paragraph: s.paragraph + by })),
			source: { paragraphs: m.source.paragraphs.map((n) => n + by) }
		})),
		diagnostics: reading.diagnostics.map((d) => ({ ...d, paragraph: d.paragraph + by }))
	};
}

/**
 * NUL and the other C0 controls but tab and the line ends: a few slip into saved pages, many mean
 * a binary file.
 */
function isBinary(text: string): boolean {
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0c && unit !== 0x0d) controls++;
	}
	return controls > 8 && controls > text.length / 1000;
}

function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		bytes +=
			unit < 0x80
				? 1
				: unit < 0x800
					? 2
					: unit >= 0xd800 && unit < 0xdc00
						? 4
						: unit >= 0xdc00 && unit < 0xe000
							? 0
							: 3;
	}
	return bytes;
}

/** Why an article of `bytes` is refused. */
export const tooLarge = (bytes: number): string =>
	`${(bytes / 1024 / 1024).toFixed(1)} MB: more than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB an article may weigh`;
