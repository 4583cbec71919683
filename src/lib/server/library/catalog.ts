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
		const total = this.#db
			.prepare<{ title: string }, number>(
				`SELECT count(*) FROM articles WHERE error IS NULL ${where}`
			)
			.pluck()
			.get({ title })!;
		const { offset, ...paging } = pageOf(total, page, per);
		const rows = this.#db
			.prepare<{ title: string; per: number; offset: number }, SummaryRow>(
				`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE error IS NULL ${where}
				ORDER BY ${by} LIMIT @per OFFSET @offset`
			)
			.all({ title, per: paging.per, offset });
		return { items: rows.map(summaryOf), total, ...paging };
	}

	/** The summaries of these ids, in their order; ids the library does not have are left out. */
	summaries(ids: readonly string[]): ReportSummary[] {
		const get = this.#db.prepare<[string], SummaryRow>(
			`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id = ? AND error IS NULL`
		);
		return ids.flatMap((id) => {
			const row = get.get(id);
			return row ? [summaryOf(row)] : [];
		});
	}

	/** Every article's id and title, in file-name order. */
	titles(): { id: string; title: string }[] {
		return this.#db
			.prepare<[], { id: string; title: string }>(
				'SELECT id, title FROM articles WHERE error IS NULL ORDER BY file'
			)
			.all();
	}

	/** The first article by file name: the one the map shows when none is asked for. */
	firstId(): string | undefined {
		return this.#db
			.prepare<[], string>('SELECT id FROM articles WHERE error IS NULL ORDER BY file LIMIT 1')
			.pluck()
			.get();
	}

	/** The seeds left out, by file name, and the folder itself when it cannot be read. */
	errors(): SeedError[] {
		const folder = this.#db
			.prepare<[], string>("SELECT value FROM meta WHERE key = 'folder_error'")
			.pluck()
			.get();
		const files = this.#db
			.prepare<[], SeedError>(
				'SELECT file, error AS message FROM articles WHERE error IS NOT NULL ORDER BY file'
			)
			.all();
		return folder === undefined ? files : [{ file: 'seeds', message: folder }, ...files];
	}

	/**
	 * The report as JSON, exactly as the parser made it, without parsing it here: the stored JSON
	 * has its id first and empty (the file names it), so the id goes in by one replacement.
	 */
	reportJson(id: string): string | undefined {
		const json = this.#db
			.prepare<[string], string>(
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
		// A phrase query: the trigram index matches it as a substring, quotes doubled inside.
		const { from, where, q } =
			[...needle].length >= TRIGRAM
				? {
						from: 'sentences_fts JOIN sentences s ON s.rowid = sentences_fts.rowid',
						where: 'sentences_fts MATCH @q',
						q: `"${needle.replaceAll('"', '""')}"`
					}
				: { from: 'sentences s', where: 'instr(s.text, @q) > 0', q: needle };
		const counted = this.#db
			.prepare<{ q: string; cap: number }, { total: number; articles: number }>(
				`SELECT count(*) AS total, count(DISTINCT article) AS articles FROM (
					SELECT s.article FROM ${from} WHERE ${where} ORDER BY s.rowid LIMIT @cap
				)`
			)
			.get({ q, cap: this.#maxHits + 1 })!;
		const more = counted.total > this.#maxHits;
		const total = Math.min(counted.total, this.#maxHits);
		const { offset, ...paging } = pageOf(total, page, per);
		const rows = this.#db
			.prepare<{ q: string; per: number; offset: number }, HitRow>(
				`SELECT s.article, a.title, s.region, s.date, s.speaker_title, s.speaker_name, s.text,
				s.meeting, s.statement FROM ${from} JOIN articles a ON a.id = s.article AND a.error IS NULL
				WHERE ${where} ORDER BY s.rowid LIMIT @per OFFSET @offset`
			)
			.all({ q, per: paging.per, offset });
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
