import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ParseError } from '../seed/errors';
import { parseFile } from '../seed/file.server';
import type { Report } from '../seed/types';

export interface SeedError {
	/**
	 * The seed's file name in the seeds folder, e.g. '000_x.txt': readers of the page and the API
	 * see which article failed, not where the server keeps it (the log has the whole path).
	 */
	file: string;
	message: string;
}

export interface Reports {
	/** Every seed that parsed, in file-name order. */
	reports: Report[];
	/** Every seed that did not, with the reason. */
	errors: SeedError[];
}

let cache: Reports | undefined;

/**
 * Every seed in `seeds/` (or `$SEEDS_DIR`), parsed once per process. One bad seed is logged and
 * reported in `errors`; it never takes the other seeds down with it.
 */
export function getReports(): Reports {
	cache ??= loadReports(process.env.SEEDS_DIR || 'seeds');
	return cache;
}

/**
 * The report with this id. The id comes from a request, so it is only ever compared with the ids
 * already loaded, never joined into a path.
 */
export function getReport(id: string): Report | undefined {
	return getReports().reports.find((r) => r.id === id);
}

function loadReports(dir: string): Reports {
	const result: Reports = { reports: [], errors: [] };
	const fail = (name: string, message: string) => {
		console.error(`seed ${join(dir, name)} skipped: ${message}`);
		result.errors.push({ file: name, message });
	};

	let names: string[];
	try {
		names = readdirSync(dir, { withFileTypes: true })
			.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
			.map((entry) => entry.name)
			.sort();
	} catch (error) {
		// The code, not the message: that has the folder's whole path.
		const code = (error as NodeJS.ErrnoException).code ?? messageOf(error);
		fail(basename(dir), `cannot list the seeds folder (${code})`);
		return result;
	}

	for (const name of names) {
		const id = name.slice(0, name.length - extname(name).length);
		if (result.reports.some((r) => r.id === id)) {
			fail(name, `another seed already has the id ${id}`);
			continue;
		}
		try {
			result.reports.push(parseFile(join(dir, name), { id, file: name }));
		} catch (error) {
			fail(name, messageOf(error));
		}
	}
	return result;
}

function messageOf(error: unknown): string {
	if (error instanceof ParseError) return error.message;
	return error instanceof Error ? error.message : String(error);
}
