import { version } from '$app/environment';
import { langOf, t } from '../ui/i18n';
import { pickReport } from './pickReport';
import { indexPath } from './library/db';
import { Library } from './library/library';

export type { SeedError } from './library/catalog';

let instance: Library | undefined;

/**
 * The articles of `seeds/` (or `$SEEDS_DIR`): summaries, reports by id, search, and the seeds left
 * out with why (server/library/). Opened on first use, which the server's init makes its start;
 * the index lives in `$MEETING_MAP_CACHE` or `.cache/` (db.ts) and is built by a worker, so opening
 * it parses nothing.
 */
export function library(): Library {
	if (!instance) {
		const dir = process.env.SEEDS_DIR || 'seeds';
		// The app's version stands for the parser's: a new build parses every seed again, once.
		instance = new Library({ dir, path: indexPath(dir), parser: version });
	}
	return instance;
}

/**
 * How long a request that needs the whole list waits for the seeds folder to be read when the
 * server has just started: a small folder is then complete, a large one answers with what it has.
 */
export const STARTING_WAIT_MS = 1000;

/**
 * The report (or campaign of reports) a page's URL asks for (pickReport.ts), a campaign titled in
 * the page's language.
 */
export const reportFor = (url: URL) =>
	pickReport(library(), url, (n) => t(langOf(url.searchParams), 'campaignTitle', { n }));
