/** How a list of articles is ordered: by day (published, else last meeting) or by file name. */
export type Sort = 'date' | 'file';
export type Order = 'asc' | 'desc';

/** A list of articles and a search of their statements, as a URL asks for them. */
export interface LibraryQuery {
	/** The words searched for, trimmed ('' for none): in titles, and in every statement. */
	q: string;
	sort: Sort;
	order: Order;
	/** The page of articles, 1-based. */
	page: number;
	/** The page of statements found, 1-based. */
	hits: number;
	/** How many to a page. */
	per: number;
}

export interface QueryDefaults {
	sort: Sort;
	order: Order;
	per: number;
	/** The most a client may ask for in one page. */
	maxPer: number;
}

/** The library page: newest first, a hundred to a page. */
export const PAGE_DEFAULTS: QueryDefaults = { sort: 'date', order: 'desc', per: 100, maxPer: 100 };
/** The API: the seeds folder's order, which does not move as articles are added. */
export const API_DEFAULTS: QueryDefaults = { sort: 'file', order: 'asc', per: 50, maxPer: 200 };

const whole = (value: string | null, fallback: number, max = Infinity): number => {
	const n = Number(value);
	return value !== null && Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
};

/** Reads the query from a URL's parameters; anything it does not understand is the default. */
export function readQuery(params: URLSearchParams, defaults: QueryDefaults): LibraryQuery {
	const sort = params.get('sort');
	const order = params.get('order');
	return {
		q: (params.get('q') ?? '').trim(),
		sort: sort === 'date' || sort === 'file' ? sort : defaults.sort,
		order: order === 'asc' || order === 'desc' ? order : defaults.order,
		page: whole(params.get('page'), 1),
		hits: whole(params.get('hits'), 1),
		per: whole(params.get('per'), defaults.per, defaults.maxPer)
	};
}

/**
 * The parameters of `query` with `changes` on top, leaving out what is the default, so links stay
 * short and one view has one URL. `keep` carries parameters of other pages (lang).
 */
export function queryString(
	query: LibraryQuery,
	defaults: QueryDefaults,
	changes: Partial<LibraryQuery> = {},
	keep: Record<string, string | null> = {}
): string {
	const next = { ...query, ...changes };
	const params = new URLSearchParams();
	if (next.q) params.set('q', next.q);
	if (next.sort !== defaults.sort) params.set('sort', next.sort);
	if (next.order !== defaults.order) params.set('order', next.order);
	if (next.per !== defaults.per) params.set('per', String(next.per));
	if (next.page !== 1) params.set('page', String(next.page));
	if (next.hits !== 1) params.set('hits', String(next.hits));
	for (const [key, value] of Object.entries(keep)) if (value !== null) params.set(key, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}
