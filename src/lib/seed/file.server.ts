import { readFileSync, statSync } from 'node:fs';
import { ParseError } from './errors';
import { MAX_ARTICLE_BYTES, parseArticle, tooLarge, type ParseOptions } from './parse.server';
import type { Report } from './types';

/**
 * Reads and parses the article at `path` (its name in errors is `opts.file`). Whatever is not one
 * article's file (a folder, a file too large to be one, one that cannot be read) is a ParseError
 * naming it, found before anything is read.
 */
export function parseFile(path: string, opts: ParseOptions): Report {
	let size: number;
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) throw new ParseError(opts.file, null, 'is a folder, not an article');
		if (!stat.isFile()) throw new ParseError(opts.file, null, 'is not a file');
		size = stat.size;
	} catch (error) {
		if (error instanceof ParseError) throw error;
		throw new ParseError(opts.file, null, `cannot be read (${codeOf(error)})`);
	}
	if (size > MAX_ARTICLE_BYTES) throw new ParseError(opts.file, null, tooLarge(size));
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		throw new ParseError(opts.file, null, `cannot be read (${codeOf(error)})`);
	}
	return parseArticle(bytes, opts);
}

/** The error's code (ENOENT, EACCES), not its message, which has the whole path. */
const codeOf = (error: unknown): string =>
	(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
