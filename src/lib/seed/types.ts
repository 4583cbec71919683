/**
 * The parsed form of one article. This shape is a public interface: the page, the JSON API
 * (`/api/reports`) and `npm run parse` all speak it, so change it only additively.
 */
export interface Report {
	/** The seed's file name without its extension. */
	id: string;
	/** The article's headline, as published. */
	title: string;
	/** The paragraph(s) before the first meeting (连日来，…), joined by a newline; '' if none. */
	lead: string;
	/** Every paragraph of the article body in order, as text (index = paragraph number). */
	paragraphs: string[];
	meetings: Meeting[];
}

export interface RegionRef {
	/** GB/T 2260 code, e.g. '140000'. */
	code: string;
	/** Short name, e.g. '山西'. */
	name: string;
}

export interface Meeting {
	region: RegionRef;
	/** ISO date, 'YYYY-MM-DD'. */
	date: string;
	/** The meeting's name as the article gives it. */
	meeting: string;
	official: Official;
	/** What the official said, in the article's order. */
	statements: Statement[];
	source: { paragraphs: number[] };
}

export interface Official {
	name: string;
	/** The office as written before the name, e.g. '省委书记', '自治区党委书记'. */
	title: string;
}

export interface Statement {
	/** The speech verb as written: 指出, 强调, 要求, 表示, 提出, 希望 … */
	verb: string;
	/** Everything after `VERB，` to the end of its paragraph, trimmed; nothing cut, nothing added. */
	text: string;
	/** The paragraph it comes from. */
	paragraph: number;
}
