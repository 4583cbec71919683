import { matchRegionAt, regionOfCapital, type Region } from '../geo/regions';
import { StatedYear, dateText, isoDate, monthOf, nextDay, whenHeldAt } from './dates';
import { furnitureOf, headingOf } from './furniture';
import { forMatching } from './matching';
import { clauseEnd, openingAt, type Opening } from './opening';
import { sentenceStarts } from './sentences';
import { impliedAt, introducedAt, saidAt, type Said } from './speech';
import { trimText } from './text';
import type { Diagnostic, Meeting, Official } from './types';

/** What the grammar reads out of an article's paragraphs. */
export interface Reading {
	lead: string;
	meetings: Meeting[];
	diagnostics: Diagnostic[];
}

/**
 * Reads the meetings out of an article's paragraphs as a careful reader does: a meeting opens
 * with its date, its province and 召开 (or their kin: opening.ts); its officials, and the meeting
 * itself, speak in the sentences after it (speech.ts) until another meeting opens or a sub-heading
 * starts another section; captions, bylines and footers stand aside (furniture.ts). A paragraph it
 * cannot attribute stays article text and gets a diagnostic: it never costs the article the rest.
 */
export function readParagraphs(paragraphs: readonly string[]): Reading {
	return new Reader(paragraphs).read();
}

/** One meeting as it is being read, on the map or not. */
interface Block {
	/** The meeting, if it was held by a provincial-level division; else it is read and left out. */
	meeting: Meeting | undefined;
	/** How a diagnostic names a meeting that is not on the map. */
	label: string;
	/** The paragraph that opened it. */
	opened: number;
	/** Its officials by name (matching form), with the title first given them. */
	speakers: Map<string, Official>;
	/** The same names, longest first, for a follow-up that gives the name alone. */
	names: string[];
	/** Whoever spoke or was named last, for 他 and 她. */
	last: Official | undefined;
}

/** A statement being read: it runs until someone else is given the word, or the paragraph ends. */
interface Open {
	at: number;
	verb: string;
	speaker: Official | null;
}

class Reader {
	readonly #paragraphs: readonly string[];
	readonly #matching: readonly string[];
	readonly #stated: StatedYear;
	readonly #meetings: Meeting[] = [];
	readonly #diagnostics: Diagnostic[] = [];
	readonly #lead: string[] = [];
	#current: Block | undefined;
	#anyOpened = false;
	/** The province a sub-heading named, for a section whose opening names only an organ. */
	#section: Region | undefined;
	/** The year the last dated meeting gave, carried to the next one that leaves it out. */
	#lastYear: number | undefined;
	/** The last dated meeting's day, for 同日 and 次日, and the month of a day-only date. */
	#lastDate: string | undefined;

	constructor(paragraphs: readonly string[]) {
		this.#paragraphs = paragraphs;
		this.#matching = paragraphs.map(forMatching);
		this.#stated = new StatedYear(this.#matching);
	}

	read(): Reading {
		for (const [i, text] of this.#paragraphs.entries()) {
			this.#paragraph(i, text, this.#matching[i] ?? '');
		}
		return {
			lead: this.#lead.join('\n'),
			meetings: this.#meetings,
			diagnostics: this.#diagnostics
		};
	}

	#paragraph(i: number, text: string, match: string): void {
		if (furnitureOf(match)) return;
		const starts = sentenceStarts(match);
		const opening = openingAt(text, match, 0, starts[1] ?? match.length, true);
		if (opening) {
			this.#open(i, opening);
			this.#speech(i, text, match, startsAfter(opening, match, starts));
			return;
		}
		const heading = headingOf(match);
		if (heading) {
			this.#current = undefined;
			this.#section = heading.region;
			return;
		}
		if (!this.#anyOpened && !looksLikeAnOpening(match)) {
			this.#lead.push(text);
			return;
		}
		const current = this.#current;
		const others = otherRegions(match, current?.meeting?.region.code);
		// A closing round-up (此外，天津、辽宁等地也…) ends the meetings; a mention in passing does not.
		// Nor is what follows a meeting the parser cannot read given to the one before.
		const ends =
			others && CLOSING.test(match)
				? others
				: current && unreadOpening(text, match, starts[1] ?? match.length, current);
		if (ends) {
			this.#current = undefined;
			this.#diagnose(i, ends);
			return;
		}
		if (current && this.#speech(i, text, match, starts)) return;
		this.#diagnose(i, others ?? this.#unattributed(text, match));
	}

	#open(i: number, opening: Opening): void {
		this.#anyOpened = true;
		if (opening.section) this.#section = opening.section;
		const { subject } = opening;
		// An organ alone (省委常委会召开…) is the province its section's heading named, or whose
		// capital it met in.
		const region =
			subject.kind === 'region'
				? subject.region
				: subject.kind === 'unnamed'
					? (this.#section ?? regionOfCapital(opening.place ?? ''))
					: undefined;
		const block: Block = {
			meeting: undefined,
			label:
				subject.kind === 'other'
					? `the meeting of ${subject.name}, which is not a provincial-level division`
					: 'a meeting whose province the article does not name',
			opened: i,
			speakers: new Map(),
			names: [],
			last: undefined
		};
		const date = this.#date(i, opening);
		if (region) {
			block.meeting = {
				region: { code: region.code, name: region.name },
				date,
				meeting: opening.meeting,
				official: null,
				statements: [],
				source: { paragraphs: [i] }
			};
			this.#meetings.push(block.meeting);
		} else {
			this.#diagnose(i, `${block.label}: not on the map`);
		}
		if (opening.chair) this.#introduce(block, opening.chair);
		this.#current = block;
	}

	/** The meeting's ISO date, or null, with a diagnostic when the article's date cannot be placed. */
	#date(i: number, { when, dateline }: Opening): string | null {
		if (when?.relative) {
			const before = this.#lastDate;
			if (before === undefined) {
				this.#diagnose(
					i,
					`${SAID_OF[when.relative]}, but no dated meeting comes before it: the meeting is shown without a date`
				);
				return null;
			}
			return when.relative === 'same' ? before : nextDay(before);
		}
		const parts = when?.parts;
		if (!parts) return null;
		const month =
			parts.month ??
			(dateline ? monthOf(parts.day, dateline) : Number(this.#lastDate?.slice(5, 7)) || null);
		if (month === null) {
			this.#diagnose(
				i,
				`${dateText(parts)} gives no month, and no dateline or meeting before it does: the meeting is shown without a date`
			);
			return null;
		}
		const full = { ...parts, month };
		if (parts.year !== null) this.#lastYear = parts.year;
		const year = parts.year ?? this.#lastYear ?? this.#stated.yearOf(full, i);
		const iso = year === undefined ? undefined : isoDate(full, year);
		if (year === undefined) {
			this.#diagnose(
				i,
				`${dateText(full)} has no year, and the article never states one: the meeting is shown without a date`
			);
		} else if (iso === undefined) {
			this.#diagnose(
				i,
				`${dateText(full)} is not a calendar date: the meeting is shown without a date`
			);
		}
		if (iso) this.#lastDate = iso;
		return iso ?? null;
	}

	/**
	 * Reads what is said in paragraph `i` from each of `starts` on, for the meeting being read; a
	 * sentence that opens another meeting hands the rest to it. True if the paragraph belongs to a
	 * meeting: it gave someone the word, or introduced an official.
	 */
	#speech(i: number, text: string, match: string, starts: readonly number[]): boolean {
		const block = this.#current;
		if (!block) return false;
		let belongs = block.opened === i;
		let open: Open | undefined;
		const finish = (end: number) => {
			if (!open || !block) return;
			const said = trimText(text.slice(open.at, end));
			if (said) {
				block.meeting?.statements.push({
					verb: open.verb,
					text: said,
					paragraph: i,
					speaker: open.speaker
				});
			} else {
				this.#diagnose(i, `nothing follows ${open.verb}`);
			}
			open = undefined;
		};

		for (const [k, s] of starts.entries()) {
			// A second meeting told in the same paragraph: 9月10日，山西召开…。9月11日，内蒙古召开…
			if (k > 0 && /\d/.test(match.charAt(s))) {
				const opening = openingAt(text, match, s, starts[k + 1] ?? match.length, false);
				if (opening) {
					finish(s);
					this.#markSource(block, i, belongs);
					this.#open(i, opening);
					this.#speech(i, text, match, startsAfter(opening, match, starts.slice(k)));
					return true;
				}
			}
			const said = saidAt(text, match, s, block.names);
			const speaker = said && this.#speaker(block, said);
			if (said && speaker !== undefined) {
				finish(s);
				open = { at: said.textAt, verb: said.verb, speaker };
				belongs = true;
				continue;
			}
			const officials = open ? undefined : introducedAt(text, match, s);
			if (officials) {
				for (const official of officials) this.#introduce(block, official);
				belongs = true;
				// …出席会议并讲话，强调要…: the first of them said what follows the verb.
				const implied = impliedIn(text, match, s, starts[k + 1] ?? match.length);
				const [first] = officials;
				if (implied && first) {
					open = { at: implied.textAt, verb: implied.verb, speaker: this.#introduce(block, first) };
				}
			}
		}
		finish(text.length);
		this.#markSource(block, i, belongs);
		return belongs;
	}

	/** Who is speaking: an official (registered if new), null for the meeting, undefined for no one. */
	#speaker(block: Block, said: Said): Official | null | undefined {
		const { who } = said;
		switch (who.kind) {
			case 'meeting':
				return null;
			case 'pronoun':
				return block.last;
			case 'known':
				return (block.last = block.speakers.get(who.name));
			case 'official':
				return this.#introduce(block, who.official);
			case 'someone':
				return undefined;
		}
	}

	/** Registers an official with the meeting (the first named leads it); returns them as first named. */
	#introduce(block: Block, official: Official): Official {
		const key = forMatching(official.name);
		const known = block.speakers.get(key);
		if (known) return (block.last = known);
		block.speakers.set(key, official);
		block.names = [...block.speakers.keys()].sort((a, b) => b.length - a.length);
		if (block.meeting && !block.meeting.official) block.meeting.official = official;
		return (block.last = official);
	}

	#markSource(block: Block, i: number, belongs: boolean): void {
		const source = block.meeting?.source.paragraphs;
		if (belongs && source && source.at(-1) !== i) source.push(i);
		if (belongs && !block.meeting && block.opened !== i) {
			this.#diagnose(i, `part of ${block.label} (paragraph ${block.opened}): not on the map`);
		}
	}

	/** Why a paragraph in or after the meetings could not be attributed. */
	#unattributed(text: string, match: string): string {
		if (looksLikeAnOpening(match)) return notAnOpening(match);
		const said = saidAt(text, match, 0, []);
		if (said?.who.kind === 'someone') {
			return `the words of “${said.who.words}”, who is not named as an official of a meeting`;
		}
		if (!this.#current) {
			return said
				? 'words given after a sub-heading or the end of the meetings, in no meeting'
				: 'follows a sub-heading or the end of the meetings, and opens no meeting of its own';
		}
		if (said?.who.kind === 'pronoun') {
			return `${text.charAt(0)} before any official of the meeting is named`;
		}
		return "neither an official's words nor the meeting's: kept as article text";
	}

	#diagnose(paragraph: number, reason: string): void {
		if (this.#diagnostics.at(-1)?.paragraph === paragraph) return;
		this.#diagnostics.push({ paragraph, reason });
	}
}

const SAID_OF = { same: '同日 (the same day)', next: '次日 (the next day)' } as const;

const CLOSING =
	/^(?:此外|另外|与此同时|同时|目前|截至|据悉|据了解|记者了解到)|等地|等省|各地|多地/u;

/** A clause of the sentence [from, end) that is only a verb and what was said (，强调要…). */
function impliedIn(text: string, match: string, from: number, end: number): Said | undefined {
	for (let c = clauseEnd(match, from, end); c < end; c = clauseEnd(match, c + 1, end)) {
		if (match.charAt(c) !== '，') continue;
		const implied = impliedAt(text, match, c + 1);
		if (implied) return implied;
	}
	return undefined;
}

/** The starts of speech in an opening paragraph: each clause after the meeting's name, then each sentence. */
function startsAfter(opening: Opening, match: string, starts: readonly number[]): number[] {
	if (opening.speechFollows) return [opening.rest, ...starts.filter((s) => s > opening.rest)];
	const sentenceEnd = starts.find((s) => s > opening.rest) ?? match.length;
	const clauses: number[] = [];
	for (let c = opening.rest; c < sentenceEnd; c = clauseEnd(match, c + 1, sentenceEnd)) {
		if (match.charAt(c) === '，') clauses.push(c + 1);
	}
	return [...clauses, ...starts.filter((s) => s >= sentenceEnd)];
}

/**
 * A paragraph in a meeting that seems to open another in a way the parser cannot read (同月，浙江召开
 * …): a province other than the meeting's named before 召开 in its first sentence, which does not
 * give the word to one of the meeting's people. The reason, or undefined.
 */
function unreadOpening(text: string, match: string, end: number, block: Block): string | undefined {
	const held = /召开|举行/u.exec(match.slice(0, end));
	if (!held) return undefined;
	const said = saidAt(text, match, 0, block.names);
	if (said && said.who.kind !== 'someone') return undefined;
	const named = regionsIn(match.slice(0, held.index), block.meeting?.region.code);
	if (named.length === 0) return undefined;
	return `seems to open a meeting in ${named.join('、')} that the parser cannot read: it and what follows are not on the map`;
}

/** A paragraph that starts with a date and tells of 召开 or 举行 in its first sentence. */
function looksLikeAnOpening(match: string): boolean {
	const when = whenHeldAt(match, 0);
	if (!when?.parts) return false;
	const end = match.indexOf('。');
	return /召开|举行/u.test(match.slice(0, end < 0 ? 200 : end));
}

function notAnOpening(match: string): string {
	const named = regionsIn(match.slice(0, match.indexOf('。') >>> 0));
	return named.length > 0
		? `starts like a meeting (a date and 召开) but its subject is not one province: ${named.join('、')}`
		: 'starts like a meeting (a date and 召开) but names no provincial-level division';
}

/**
 * A paragraph that tells of meetings in other provinces in passing (此外，天津、辽宁、安徽等地也纷纷召开
 * 会议…): the reason it is not on the map, or undefined if it is no such paragraph.
 */
function otherRegions(match: string, current: string | undefined): string | undefined {
	if (!/召开|举行|部署/u.test(match)) return undefined;
	const named = regionsIn(match.slice(0, 300), current);
	if (named.length === 0) return undefined;
	return `tells of meetings in ${named.join('、')} without a date and an official of their own: not on the map`;
}

/** The provinces a text names, each once, in order (short names), leaving out `except`. */
function regionsIn(text: string, except?: string): string[] {
	const names: string[] = [];
	for (let i = 0; i < text.length; i++) {
		const found = matchRegionAt(text, i);
		if (!found) continue;
		if (found.region.code !== except && !names.includes(found.region.name)) {
			names.push(found.region.name);
		}
		i += found.text.length - 1;
	}
	return names;
}
