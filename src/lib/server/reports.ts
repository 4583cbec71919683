import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ParseError } from '../seed/errors';
import { parseArticle } from '../seed/parse.server';
import type { Report } from '../seed/types';

export interface SeedError {
	/** The seed's path, e.g. 'seeds/000_x.txt'. */
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
	const fail = (file: string, message: string) => {
		console.error(`seed ${file} skipped: ${message}`);
		result.errors.push({ file, message });
	};

	let names: string[];
	try {
		names = readdirSync(dir, { withFileTypes: true })
			.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
			.map((entry) => entry.name)
			.sort();
	} catch (error) {
		fail(dir, `cannot list the seeds folder: ${messageOf(error)}`);
		return result;
	}

	for (const name of names) {
		const file = join(dir, name);
		const id = name.slice(0, name.length - extname(name).length);
		if (result.reports.some((r) => r.id === id)) {
			fail(file, `another seed already has the id ${id}`);
			continue;
		}
		try {
			result.reports.push(parseArticle(readFileSync(file), { id, file }));
		} catch (error) {
			fail(file, messageOf(error));
		}
	}
	return result;
}

function messageOf(error: unknown): string {
	if (error instanceof ParseError) return error.message;
	return error instanceof Error ? error.message : String(error);
}
