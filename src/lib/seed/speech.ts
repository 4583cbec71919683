import { splitOfficial } from './officials';
import type { Official } from './types';
import { AFTER_VERB, RESOLUTION_VERBS, SPEECH_VERBS, verbAt } from './verbs';

/** Who a sentence gives the word to. */
export type Who =
	/** The meeting itself: 会议指出，… */
	| { kind: 'meeting' }
	/** 他 or 她: whoever spoke last. */
	| { kind: 'pronoun' }
	/** An official, by title and name: 省长王某要求，… */
	| { kind: 'official'; official: Official }
	/** A name the meeting has already given, alone: 骆惠宁还强调，… */
	| { kind: 'known'; name: string }
	/** Words before a verb that are no official: 各地干部群众表示，… */
	| { kind: 'someone'; words: string };

export interface Said {
	who: Who;
	/** The verb as written (強調 in a traditional text). */
	verb: string;
	/** Where what was said starts: just after `VERB，`. */
	textAt: number;
}

const MEETING = /会议|全会|大会|会上|常委会会议|常委会|座谈会/y;
const PRONOUN = /[他她]/y;
const ADVERB = /还|也|最后|同时|并|进一步|特别|再次|首先|随后|接着|则|又|更|一再/y;
/** 在会上, 在讲话中, 在讲话时, 在主持会议时 … */
const IN_THE_SPEECH = /在[^，。：；“”]{0,14}?[上中时]/y;
const FILLERS_AT_END =
	/(?:在[^，。：；“”]{0,14}?[上中时]|还|也|最后|同时|并|进一步|特别|再次|首先|随后|接着|则|又|更|一再)+$/u;
/** How far into a sentence its speaker's verb may stand: a title and a name are short. */
const WINDOW = 48;
const CLAUSE_END = /[，。；！？：]/u;
const SENTENCE_END = /[。；！？：]/u;

/**
 * What a sentence at `at` of `match` (a paragraph's matching form) says of who speaks, if it gives
 * someone the word: `TITLE NAME [在会上] VERB，`, `NAME [还] VERB，`, `他 [最后] VERB，`,
 * `会议 VERB，`. `known` are the names the meeting has given so far. The words between a name and
 * its verb (在会上, 还, 最后) belong to neither.
 */
export function saidAt(
	text: string,
	match: string,
	at: number,
	known: readonly string[]
): Said | undefined {
	const meeting = sticky(MEETING, match, at);
	if (meeting) {
		const said = verbAfter(text, match, at + meeting, [...SPEECH_VERBS, ...RESOLUTION_VERBS]);
		if (said) return { who: { kind: 'meeting' }, ...said };
	}
	if (sticky(PRONOUN, match, at)) {
		const said = verbAfter(text, match, at + 1, SPEECH_VERBS);
		if (said) return { who: { kind: 'pronoun' }, ...said };
	}
	for (const name of known) {
		if (!match.startsWith(name, at)) continue;
		const said = verbAfter(text, match, at + name.length, SPEECH_VERBS);
		if (said) return { who: { kind: 'known', name }, ...said };
	}
	const limit = Math.min(match.length, at + WINDOW);
	for (let q = at + 1; q < limit && !CLAUSE_END.test(match.charAt(q)); q++) {
		const verb = verbAt(match, q, SPEECH_VERBS);
		if (!verb) continue;
		const whoEnd = at + match.slice(at, q).replace(FILLERS_AT_END, '').length;
		const official = splitOfficial(text.slice(at, whoEnd), match.slice(at, whoEnd));
		const said = { verb: text.slice(q, q + verb.length), textAt: q + verb.length + 1 };
		if (official) return { who: { kind: 'official', official }, ...said };
		return { who: { kind: 'someone', words: text.slice(at, whoEnd) }, ...said };
	}
	return undefined;
}

/** The verb at `from`, after any words that only place it (在会上, 还, 最后). */
function verbAfter(
	text: string,
	match: string,
	from: number,
	verbs: readonly string[]
): { verb: string; textAt: number } | undefined {
	let q = from;
	for (let step = 0; step < 4; step++) {
		const verb = verbAt(match, q, verbs);
		if (verb) return { verb: text.slice(q, q + verb.length), textAt: q + verb.length + 1 };
		const filler = sticky(IN_THE_SPEECH, match, q) || sticky(ADVERB, match, q);
		if (!filler) return undefined;
		q += filler;
	}
	return undefined;
}

/** What introduces officials without their words: 出席会议并讲话, 主持会议, 会议由X主持. */
const INTRODUCED = /出席|主持|参加|列席|到会|讲话|作|发表|传达|通报|宣读|部署|总结/y;
const CHAIRED_BY = /会议由/y;

/**
 * The officials a sentence at `at` introduces without giving their words: `省委书记X出席会议并
 * 讲话`, `省委书记X、省长Y出席`, `省委书记X，省委副书记、省长Y出席会议`, `会议由省长Y主持`. What
 * they said follows later, by name.
 */
export function introducedAt(text: string, match: string, at: number): Official[] | undefined {
	let from = at;
	const chaired = sticky(CHAIRED_BY, match, at);
	if (chaired) from += chaired;
	const limit = Math.min(match.length, from + 2 * WINDOW);
	for (let q = from + 2; q < limit && !SENTENCE_END.test(match.charAt(q)); q++) {
		if (!sticky(INTRODUCED, match, q)) continue;
		const whoEnd = from + match.slice(from, q).replace(FILLERS_AT_END, '').length;
		const officials = officialsIn(text.slice(from, whoEnd), match.slice(from, whoEnd));
		if (officials) return officials;
	}
	return undefined;
}

/** `省委书记、省人大常委会主任X、省长Y` → X and Y, each with their whole title. */
function officialsIn(who: string, match: string): Official[] | undefined {
	const officials: Official[] = [];
	let start = 0;
	const separator = /[、，]/gu;
	for (let found = separator.exec(match); found; found = separator.exec(match)) {
		const i = found.index;
		const official = splitOfficial(who.slice(start, i), match.slice(start, i));
		if (official) {
			officials.push(official);
			start = i + 1;
		}
	}
	const last = splitOfficial(who.slice(start), match.slice(start));
	return last ? [...officials, last] : undefined;
}

/**
 * A clause that is only a verb and what was said, after the official the sentence introduced
 * (`省委书记X出席会议并讲话，强调要…`): they said it.
 */
export function impliedAt(text: string, match: string, at: number): Said | undefined {
	let verb: string | undefined;
	for (const v of SPEECH_VERBS) {
		if (match.startsWith(v, at) && (!verb || v.length > verb.length)) verb = v;
	}
	if (!verb) return undefined;
	const after = at + verb.length;
	const textAt = after + (AFTER_VERB.includes(match.charAt(after)) ? 1 : 0);
	return { who: { kind: 'pronoun' }, verb: text.slice(at, after), textAt };
}

/** How long a sticky pattern's match at `at` is; 0 if none. */
function sticky(pattern: RegExp, text: string, at: number): number {
	pattern.lastIndex = at;
	return pattern.exec(text)?.[0].length ?? 0;
}
