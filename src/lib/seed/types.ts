/**
 * The parsed form of one article. This shape is a public interface: the page, the JSON API
 * (`/api/reports`) and `npm run parse` all speak it, so change it only additively.
 */
export interface Report {
	/** The seed's file name without its extension. */
	id: string;
	/** The article's headline, as published. */
	title: string;
	/**
	 * The prose before the first meeting (连日来，…), joined by a newline; '' if none. Sub-headings,
	 * bylines and captions before it are not part of it.
	 */
	lead: string;
	/** Every paragraph of the article body in order, as text (index = paragraph number). */
	paragraphs: string[];
	/** Every meeting on a provincial-level division, in the article's order. */
	meetings: Meeting[];
	/**
	 * Each body paragraph that is neither the lead, nor part of a meeting, nor the article's
	 * furniture (a sub-heading, a caption, a byline, an editor's line, a newspaper's footer), with
	 * why the parser could not attribute it. The paragraph stays in `paragraphs`, word for word.
	 * Added in the genre release; [] for an article read whole.
	 */
	diagnostics: Diagnostic[];
	/**
	 * Who published the article, when and where, as far as it says (a newspaper's footer, a 来源
	 * line, an agency's dateline, a 原文链接 line) or its front matter states (which wins). Added
	 * in the publishing release.
	 */
	citation: Citation;
}

/** What a citation of the article names; each null when neither the article nor its front matter says. */
export interface Citation {
	/** The paper or agency: 人民日报, 新华社 … */
	outlet: string | null;
	/** The day it was published, 'YYYY-MM-DD'. */
	published: string | null;
	/** Where it was published: an absolute http(s) URL. */
	url: string | null;
}

export interface Diagnostic {
	/** The paragraph's number (index into `paragraphs`). */
	paragraph: number;
	/** Why it was not attributed, in a sentence: `names 天津、辽宁 but no date or official: …`. */
	reason: string;
}

export interface RegionRef {
	/** GB/T 2260 code, e.g. '140000'. */
	code: string;
	/** Short name, e.g. '山西'. */
	name: string;
}

export interface Meeting {
	region: RegionRef;
	/**
	 * ISO date, 'YYYY-MM-DD': the meeting's first day. null when the article does not say which
	 * day (日前, 近日, 近期, or a date that is not on the calendar): never a neighbour's date.
	 */
	date: string | null;
	/** The meeting's name as the article gives it (what follows 召开 up to the first ，or 。). */
	meeting: string;
	/**
	 * The meeting's leading official: the first person the article names for it. null only when
	 * it names nobody (a meeting known only by what it resolved: 会议指出，…).
	 */
	official: Official | null;
	/** What was said, in the article's order: by its officials, and by the meeting itself. */
	statements: Statement[];
	/** The paragraphs that belong to the meeting: its opening and every statement's. */
	source: { paragraphs: number[] };
	/**
	 * The article it was reported in, when several are shown as one campaign (`?reports=a,b,c`,
	 * `/api/campaign`); absent in a report of one article. Added with the library (issue 18).
	 */
	article?: { id: string; title: string };
}

export interface Official {
	/** The name as written; a transliterated name's dot (·, •, ・) is always written `·`. */
	name: string;
	/** The office as written before the name, e.g. '省委书记', '自治区党委书记'. */
	title: string;
}

export interface Statement {
	/** The speech verb as written: 指出, 强调, 要求, 表示, 提出, 希望 … */
	verb: string;
	/**
	 * Everything after `VERB，` to the end of its paragraph, or to the next sentence that gives
	 * the word to someone else; trimmed, nothing cut, nothing added.
	 */
	text: string;
	/** The paragraph it comes from. */
	paragraph: number;
	/**
	 * Who said it: an official of the meeting, with the title the article gave them when it first
	 * named them. null when the meeting itself said it (会议指出，会议强调，…). Added in the genre
	 * release.
	 */
	speaker: Official | null;
}
