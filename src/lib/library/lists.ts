import type { Official } from '../seed/types';

/** What the library's lists and search answer: shared by the server, the API and the page. */

export interface Page<T> {
	items: T[];
	total: number;
	page: number;
	per: number;
	pages: number;
}

/** A sentence of some statement that has the words searched for. */
export interface Hit {
	article: string;
	title: string;
	/** Region code. */
	region: string;
	date: string | null;
	/** null when the meeting itself said it (会议指出). */
	speaker: Official | null;
	/** The sentence, whole. */
	text: string;
	/** Where it is in the report: meetings[meeting].statements[statement]. */
	meeting: number;
	statement: number;
}

export interface SearchResult extends Page<Hit> {
	/** Whether there are more hits than `total`, which is then the most that are counted. */
	more: boolean;
	/** How many articles have at least one of the hits counted. */
	articles: number;
}
