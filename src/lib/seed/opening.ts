import { matchRegionAt, type Region } from '../geo/regions';
import { whenHeldAt, type WhenHeld } from './dates';
import { sectionMarkAt } from './furniture';
import { splitOfficial } from './officials';
import { trimText } from './text';
import type { Official } from './types';

/** Who held a meeting, as its opening names them. */
export type Subject =
	/** A provincial-level division, by any of its names, with or without its organ (山东省委). */
	| { kind: 'region'; region: Region }
	/** An organ without its province (省委常委会): the province is the section's, if a heading said it. */
	| { kind: 'unnamed' }
	/** A body that is not a provincial-level division (新疆生产建设兵团, 成都市委): never mapped. */
	| { kind: 'other'; name: string };

export interface Opening {
	subject: Subject;
	/** When it was held; undefined when the opening says nothing of it (山东省委召开…). */
	when: WhenHeld | undefined;
	/** The meeting's name, as written. */
	meeting: string;
	/** The date of the dispatch it opens (新华社长沙11月1日电): the month of a day-only date (1日). */
	dateline?: { month: number; day: number };
	/** The province a mark before it names (【山西】, 山东：): the section it opens. */
	section?: Region;
	/** The city it met in, as the opening says it (在济南召开), in its matching form. */
	place: string | undefined;
	/** Someone the opening itself names: 省委书记X主持召开… */
	chair: Official | undefined;
	/** Where the paragraph goes on: the end of the meeting's name, or the speech (在…的会议上，) */
	rest: number;
	/** True when the speech starts at `rest` in this very sentence (在…召开的会议上，省委书记X强调). */
	speechFollows: boolean;
}

const HOLD = /召开|举行/u;
const LONGEST_SUBJECT = 60;
/** A dateline before the first sentence: 新华社济南9月10日电（记者 张三） */
const DATELINE =
	/(?:(?:新华社|本报|中新社|人民日报|经济日报|光明日报)[\p{Script=Han}]{0,8}?(\d{1,2})月(\d{1,2})日电|本报讯)\s*(?:[（(][^）)]{0,40}[)）])?\s*/uy;
const SEPARATOR = /[，\s]*/y;
/** Bodies that are not provincial-level divisions, even when their name starts with one's (新疆生产建设兵团). */
const NOT_A_DIVISION =
	/^(?:新疆生产建设兵团|生产建设兵团|兵团|中央|国务院|全国|中国人民解放军|解放军|武警|央企)/u;
/** The organs a province's subject may name after the province: 省委, 自治区党委, 省委、省政府 … */
const ORGAN_WORDS = [
	'理论学习中心组',
	'特别行政区',
	'人大常委会',
	'人民政府',
	'全体会议',
	'领导小组',
	'委员会',
	'自治区',
	'常委会',
	'中心组',
	'办公厅',
	'中共',
	'党委',
	'政府',
	'人大',
	'政协',
	'纪委',
	'监委',
	'常委',
	'全会',
	'党组',
	'特区',
	'省',
	'市',
	'委',
	'、',
	'和'
];
/** How a body's name ends, for a subject that is a body but not a province's. */
const BODY_END = /(?:委|党委|政府|机关|兵团|企业|部门|单位|大学|集团|公司|局|厅|院|会|组|部|办)$/u;
/** An organ standing for its province in a name whose province a heading gave: 全省…会议, 省委… */
const UNNAMED_NAME = /^(?:全省|全区|全市|省委|省政府|自治区党委|自治区政府|市委|市政府|区党委)/u;
const PLACE = /在[\p{Script=Han}]{1,10}$/u;
const TRAILING_DATE = /[于在]?((?:\d{1,2}\s?月\s?)?\d{1,2}\s?日.*)$/u;
/** 在9月10日召开的省委常委会会议上， */
const AT_THE_MEETING = /在([^，。]{0,40}?)(?:召开|举行)的([^，。]{1,80}?)上，/uy;

/**
 * The meeting a sentence opens, if it opens one: `DATE，REGION召开MEETING，…` and its kin (the
 * meeting 在济南召开; 山东省委9月10日召开; 日前，…; 在…召开的…会议上，…; 省委书记X主持召开). `text`
 * is the paragraph as written and `match` its matching form; the sentence is [at, end).
 */
export function openingAt(
	text: string,
	match: string,
	at: number,
	end: number,
	first: boolean
): Opening | undefined {
	let p = at;
	const section = first ? sectionMarkAt(match, p) : undefined;
	if (section) p += section.length;
	const dateline = first ? datelineAt(match, p) : undefined;
	if (dateline) p += dateline.length;
	const when = whenHeldAt(match, p);
	if (when) p = skip(SEPARATOR, match, p + when.length);

	AT_THE_MEETING.lastIndex = p;
	const atMeeting = AT_THE_MEETING.exec(match);
	if (atMeeting && p + atMeeting[0].length <= end) {
		const opening = atTheMeeting(text, p, atMeeting, when);
		return opening && { ...opening, dateline: dateline?.date, section: section?.region };
	}

	// The body that holds a meeting is named in a few words: a longer run is no subject.
	const held = HOLD.exec(match.slice(p, Math.min(end, p + LONGEST_SUBJECT + 2)));
	if (!held) return undefined;
	const heldAt = p + held.index;
	let subject = match.slice(p, heldAt);
	const place = PLACE.exec(subject);
	if (place) subject = subject.slice(0, place.index);
	const city = place?.[0].slice(1);
	// 山东省委9月10日召开: the date after the body (if one came before too, the first counts).
	let dated = when;
	const trailing = TRAILING_DATE.exec(subject);
	const inner = trailing && whenHeldAt(trailing[1] ?? '');
	if (trailing && inner && inner.length === (trailing[1] ?? '').length) {
		dated ??= inner;
		subject = subject.slice(0, trailing.index);
	}
	const subjectEnd = p + subject.length;

	let nameStart = heldAt + held[0].length;
	if (match.charAt(nameStart) === '了') nameStart++;
	const nameEnd = clauseEnd(match, nameStart, end);
	const named = trimText(text.slice(nameStart, nameEnd));
	const passive = named === '';
	const chairing = !passive ? chairOf(text, match, p, subjectEnd) : undefined;
	const said = passive ? subjectOfName(subject) : chairing ? chairing.subject : subjectOf(subject);
	// 山东：省委召开…: the organ is the province its section's mark names.
	const resolved: Subject | undefined =
		said?.kind === 'unnamed' && section?.region ? { kind: 'region', region: section.region } : said;
	if (!resolved) return undefined;
	// Without a date, only a whole sentence `REGION召开…。` at a paragraph's start opens a meeting:
	// elsewhere such words more likely tell of one in passing, or head a section or a photo.
	const sentence = first && match.charAt(end - 1) === '。';
	if (!dated && !(sentence && resolved.kind === 'region' && !passive)) return undefined;
	return {
		subject: resolved,
		when: dated,
		meeting: passive ? trimText(text.slice(p, subjectEnd)) : withoutSpeech(named),
		dateline: dateline?.date,
		section: section?.region,
		place: city,
		chair: chairing?.official,
		rest: nameEnd,
		speechFollows: false
	};
}

function atTheMeeting(
	text: string,
	p: number,
	found: RegExpExecArray,
	when: WhenHeld | undefined
): Opening | undefined {
	let body = found[1] ?? '';
	let dated = when;
	for (const [i] of [...body].entries()) {
		const inner = whenHeldAt(body, i);
		if (inner) {
			dated ??= inner;
			body = body.slice(0, i) + body.slice(i + inner.length);
			break;
		}
	}
	const name = found[2] ?? '';
	const subject = (body && subjectOf(body)) || subjectOfName(name);
	if (!subject || !dated) return undefined;
	const nameStart = p + found[0].length - name.length - 2;
	return {
		subject,
		when: dated,
		meeting: trimText(text.slice(nameStart, nameStart + name.length)),
		place: undefined,
		chair: undefined,
		rest: p + found[0].length,
		speechFollows: true
	};
}

/** The subject of `REGION召开…`, `中共REGION委员会召开…`, `省委常委会召开…` */
function subjectOf(subject: string): Subject | undefined {
	const s = subject.replace(/^中共/u, '');
	if (s === '') return undefined;
	if (NOT_A_DIVISION.test(s)) return { kind: 'other', name: subject };
	const found = matchRegionAt(s, 0);
	if (found && isOrgan(s.slice(found.text.length))) return { kind: 'region', region: found.region };
	if (!found && isOrgan(s)) return { kind: 'unnamed' };
	if (s.length <= 24 && BODY_END.test(s) && !/[，。：；]/u.test(s))
		return { kind: 'other', name: subject };
	return undefined;
}

/** The body a meeting's own name starts with: `山东省…会议在济南召开`, `全省…会议在济南召开`. */
function subjectOfName(name: string): Subject | undefined {
	const s = name.replace(/^中共/u, '');
	if (!/(?:会|会议|大会|全会|仪式|论坛)$/u.test(s)) return undefined;
	if (NOT_A_DIVISION.test(s)) return { kind: 'other', name };
	const found = matchRegionAt(s, 0);
	if (found) return { kind: 'region', region: found.region };
	return UNNAMED_NAME.test(s) ? { kind: 'unnamed' } : undefined;
}

/** `山西省委书记骆惠宁主持召开…`: the chair, and the province their office names, if it does. */
function chairOf(
	text: string,
	match: string,
	start: number,
	end: number
): { official: Official; subject: Subject } | undefined {
	if (!match.startsWith('主持', end - 2)) return undefined;
	const who = match.slice(start, end - 2);
	const official = splitOfficial(text.slice(start, end - 2), who);
	if (!official) return undefined;
	const found = matchRegionAt(who.replace(/^中共/u, ''), 0);
	return {
		official,
		subject: found ? { kind: 'region', region: found.region } : { kind: 'unnamed' }
	};
}

/** Is `rest` only organs: '', 省委, 自治区党委, 省委、省政府, 委员会 … */
function isOrgan(rest: string): boolean {
	let p = 0;
	while (p < rest.length) {
		const word = ORGAN_WORDS.find((w) => rest.startsWith(w, p));
		if (!word) return false;
		p += word.length;
	}
	return true;
}

/** Where the clause that starts at `from` ends: its first ，or 。 outside quotation marks. */
export function clauseEnd(text: string, from: number, end: number): number {
	let depth = 0;
	for (let i = from; i < end; i++) {
		const ch = text.charAt(i);
		if ('“‘「『《'.includes(ch)) depth++;
		else if ('”’」』》'.includes(ch)) depth = Math.max(0, depth - 1);
		else if (depth === 0 && (ch === '，' || ch === '。')) return i;
	}
	return end;
}

/** 省委常委会会议并讲话 → 省委常委会会议: the chair's speech is not part of the meeting's name. */
const withoutSpeech = (name: string): string =>
	name.replace(/并(?:作|发表)?(?:重要|动员|总结)?讲话$/u, '');

function datelineAt(
	match: string,
	at: number
): { length: number; date: { month: number; day: number } | undefined } | undefined {
	DATELINE.lastIndex = at;
	const found = DATELINE.exec(match);
	if (!found) return undefined;
	const date =
		found[1] === undefined ? undefined : { month: Number(found[1]), day: Number(found[2]) };
	return { length: found[0].length, date };
}

function skip(pattern: RegExp, text: string, at: number): number {
	pattern.lastIndex = at;
	const found = pattern.exec(text);
	return found ? at + found[0].length : at;
}
