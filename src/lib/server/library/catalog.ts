import type { Order, Sort } from '../../library/query';
import type { ReportSummary } from '../../library/summary';
import type { Hit, Page, SearchResult } from '../../library/lists';
import type { Report } from '../../seed/types';
import type { Db } from './db';

/** A seed the library leaves out, and why (the file's name only: never where the server keeps it). */
export interface SeedError {
	file: string;
	message: string;
}

export interface ListQuery {
	/** Only articles whose title contains this ('' for all). */
	title?: string;
	/** By the day published (else the last meeting), or by file name as in the seeds folder. */
	sort?: Sort;
	order?: Order;
	/** 1-based. */
	page?: number;
	per?: number;
}

/** The trigram index finds strings of three characters or more; shorter ones are scanned for. */
const TRIGRAM = 3;
/** Longer queries are cut: no sentence is searched for by a page of text. */
export const MAX_QUERY = 100;
/**
 * Hits are counted, and paged, to this many: a phrase every article repeats has hundreds of
 * thousands, and counting them all would cost more than the search (the page says "more than").
 */
export const MAX_HITS = 1000;

type HitRow = Omit<Hit, 'speaker'> & { speaker_title: string | null; speaker_name: string | null };

interface SummaryRow {
	id: string;
	title: string;
	outlet: string | null;
	published: string | null;
	first: string | null;
	last: string | null;
	days: number;
	regions: number;
	meetings: number;
	statements: number;
	undated: number;
	unattributed: number;
}

const SUMMARY_COLUMNS =
	'id, title, outlet, published, first, last, days, regions, meetings, statements, undated, unattributed';

const summaryOf = (r: SummaryRow): ReportSummary => ({
	id: r.id,
	title: r.title,
	outlet: r.outlet,
	published: r.published,
	dates: { first: r.first, last: r.last, days: r.days },
	counts: {
		regions: r.regions,
		meetings: r.meetings,
		statements: r.statements,
		undated: r.undated,
		unattributed: r.unattributed
	}
});

/**
 * What the server reads from the index: summaries, reports, errors and search, each a query, so
 * that nothing grows in memory with the number of articles. Read-only: the indexer writes.
 */
export class Catalog {
	readonly #db: Db;
	readonly #maxHits: number;
	readonly #statements = new Map<string, unknown>();
	/** db.prepare, once per statement: the server runs the same few queries for every request. */
	readonly #prepare = ((sql: string) => {
		let statement = this.#statements.get(sql);
		if (!statement) this.#statements.set(sql, (statement = this.#db.prepare(sql)));
		return statement;
	}) as Db['prepare'];

	constructor(db: Db, { maxHits = MAX_HITS }: { maxHits?: number } = {}) {
		this.#db = db;
		this.#maxHits = maxHits;
	}

	/** A page of summaries. Ties (and articles with no day, last either way) go by file name. */
	list({
		title = '',
		sort = 'file',
		order = 'asc',
		page = 1,
		per = 50
	}: ListQuery = {}): Page<ReportSummary> {
		const where = title ? 'AND instr(title, @title) > 0' : '';
		const direction = order === 'desc' ? 'DESC' : 'ASC';
		const by =
			sort === 'date'
				? `sort_date ${direction} NULLS LAST, file ${direction}`
				: `file ${direction}`;
		const total = this.#prepare<{ title: string }, number>(
			`SELECT count(*) FROM articles WHERE error IS NULL ${where}`
		)
			.pluck()
			.get({ title })!;
		const { offset, ...paging } = pageOf(total, page, per);
		const rows = this.#prepare<{ title: string; per: number; offset: number }, SummaryRow>(
			`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE error IS NULL ${where}
				ORDER BY ${by} LIMIT @per OFFSET @offset`
		).all({ title, per: paging.per, offset });
		return { items: rows.map(summaryOf), total, ...paging };
	}

	/** The summaries of these ids, in their order; ids the library does not have are left out. */
	summaries(ids: readonly string[]): ReportSummary[] {
		const get = this.#prepare<[string], SummaryRow>(
			`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id = ? AND error IS NULL`
		);
		return ids.flatMap((id) => {
			const row = get.get(id);
			return row ? [summaryOf(row)] : [];
		});
	}

	/** Every article's id and title, in file-name order. */
	titles(): { id: string; title: string }[] {
		return this.#prepare<[], { id: string; title: string }>(
			'SELECT id, title FROM articles WHERE error IS NULL ORDER BY file'
		).all();
	}

	/** The first article by file name: the one the map shows when none is asked for. */
	firstId(): string | undefined {
		return this.#prepare<[], string>(
			'SELECT id FROM articles WHERE error IS NULL ORDER BY file LIMIT 1'
		)
			.pluck()
			.get();
	}

	/** The seeds left out, by file name, and the folder itself when it cannot be read. */
	errors(): SeedError[] {
		const folder = this.#prepare<[], string>("SELECT value FROM meta WHERE key = 'folder_error'")
			.pluck()
			.get();
		const files = this.#prepare<[], SeedError>(
			'SELECT file, error AS message FROM articles WHERE error IS NOT NULL ORDER BY file'
		).all();
		return folder === undefined ? files : [{ file: 'seeds', message: folder }, ...files];
	}

	/**
	 * The report as JSON, exactly as the parser made it, without parsing it here: the stored JSON
	 * has its id first and empty (the file names it), so the id goes in by one replacement.
	 */
	reportJson(id: string): string | undefined {
		const json = this.#prepare<[string], string>(
			`SELECT p.report FROM articles a JOIN parsed p ON p.hash = a.hash
				WHERE a.id = ? AND a.error IS NULL`
		)
			.pluck()
			.get(id);
		return json?.replace('{"id":""', () => `{"id":${JSON.stringify(id)}`);
	}

	report(id: string): Report | undefined {
		const json = this.reportJson(id);
		return json === undefined ? undefined : (JSON.parse(json) as Report);
	}

	/**
	 * The sentences that contain `query` (trimmed, as the map searches), in the order they were
	 * indexed. Three characters or more go through the trigram index; one or two are scanned for
	 * in SQLite (instr, exact as the index is).
	 */
	search(query: string, page = 1, per = 50): SearchResult {
		const needle = [...query.trim()].slice(0, MAX_QUERY).join('');
		if (needle === '') {
			const { page, per: size, pages } = pageOf(0, 1, per);
			return { items: [], total: 0, more: false, articles: 0, page, per: size, pages };
		}
		// The matching sentences' rowids, in order, as far as `@limit` (and from `@offset`): alone in
		// a subquery, so that the index hands them out in rowid order and stops at the limit (joined
		// to the sentences first, SQLite found every match before it sorted: 200 ms for a phrase
		// every article repeats). The trigram index matches a phrase as a substring, its quotes
		// doubled; one or two characters are scanned for.
		const { matches, q } =
			[...needle].length >= TRIGRAM
				? {
						matches: `SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH @q
							ORDER BY rowid LIMIT @limit OFFSET @offset`,
						q: `"${needle.replaceAll('"', '""')}"`
					}
				: {
						matches: `SELECT rowid FROM sentences WHERE instr(text, @q) > 0
							ORDER BY rowid LIMIT @limit OFFSET @offset`,
						q: needle
					};
		type Bound = { q: string; limit: number; offset: number };
		const counted = this.#prepare<Bound, { total: number; articles: number }>(
			`SELECT count(*) AS total, count(DISTINCT s.article) AS articles
				FROM (${matches}) m JOIN sentences s ON s.rowid = m.rowid`
		).get({ q, limit: this.#maxHits + 1, offset: 0 })!;
		const more = counted.total > this.#maxHits;
		const total = Math.min(counted.total, this.#maxHits);
		const { offset, ...paging } = pageOf(total, page, per);
		const rows = this.#prepare<Bound, HitRow>(
			`SELECT s.article, a.title, s.region, s.date, s.speaker_title, s.speaker_name, s.text,
				s.meeting, s.statement FROM (${matches}) m JOIN sentences s ON s.rowid = m.rowid
				JOIN articles a ON a.id = s.article AND a.error IS NULL ORDER BY m.rowid`
		).all({ q, limit: paging.per, offset });
		return {
			items: rows.map(({ speaker_title, speaker_name, ...hit }) => ({
				article: hit.article,
				title: hit.title,
				region: hit.region,
				date: hit.date,
				speaker: speaker_name === null ? null : { name: speaker_name, title: speaker_title ?? '' },
				text: hit.text,
				meeting: hit.meeting,
				statement: hit.statement
			})),
			total,
			more,
			articles: counted.articles,
			...paging
		};
	}
}

/** Page `page` of `total` items `per` page: clamped to the pages there are. */
export function pageOf(total: number, page: number, per: number) {
	const size = Math.max(1, Math.floor(per));
	const pages = Math.max(1, Math.ceil(total / size));
	const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
	return { page: current, per: size, pages, offset: (current - 1) * size };
}
