import type { Report } from './types';

/** One quoted phrase of an article: who used it and how often. */
export interface PhraseUse {
	/** The words inside the quotation marks, e.g. '两个维护'. */
	phrase: string;
	/** The provinces whose officials used it, in the article's order. */
	codes: string[];
	/** How many times the officials said it, all provinces together. */
	count: number;
}

// Chinese news quotes its slogans in full-width double quotes; a quote left open is not a phrase.
const QUOTED = /“([^“”]+)”/g;

/** The phrases quoted in `text` (“…”), trimmed, in order, repeats kept. */
export function quotedPhrases(text: string): string[] {
	return [...text.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter((p) => p !== '');
}

/**
 * A quote of one character points at a word rather than quoting a phrase: the seed's 在“守”上见真章
 * picks the 守 out of 守初心, which is listed already. Punctuation is not counted.
 */
const isPhrase = (quoted: string) => (quoted.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2;

/**
 * Every phrase (two characters or more) the officials quote in their statements, most widely shared
 * first (then most said, then first said). Only statements count: the lead and the meeting names
 * are the reporter's words, and every meeting's name quotes the campaign's title.
 */
export function phrasesOf(report: Pick<Report, 'meetings'>): PhraseUse[] {
	const uses = new Map<string, PhraseUse>();
	for (const meeting of report.meetings) {
		for (const statement of meeting.statements) {
			for (const phrase of quotedPhrases(statement.text).filter(isPhrase)) {
				const use = uses.get(phrase) ?? { phrase, codes: [], count: 0 };
				use.count++;
				if (!use.codes.includes(meeting.region.code)) use.codes.push(meeting.region.code);
				uses.set(phrase, use);
			}
		}
	}
	// Map keeps first-said order, and sort is stable, so ties stay in the article's order.
	return [...uses.values()].sort((a, b) => b.codes.length - a.codes.length || b.count - a.count);
}

/** The phrases at least two of `codes` used: what they have in common. */
export function sharedPhrases(phrases: readonly PhraseUse[], codes: readonly string[]): string[] {
	return phrases
		.filter((p) => p.codes.filter((c) => codes.includes(c)).length >= 2)
		.map((p) => p.phrase);
}
