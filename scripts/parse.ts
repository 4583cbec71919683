/**
 * Prints the Report a seed parses to, as the page and the API would get it:
 *
 *   npm run parse -- seeds/000_44db7bec739ae390.txt
 *
 * The Report goes to stdout; each paragraph the parser could not attribute goes to stderr as
 * `FILE, paragraph N: reason`. Exits 0 when the article has at least one meeting; on an article
 * that has none, or is no article (a folder, a binary, too large), prints why and exits with 1.
 */
import { basename, extname } from 'node:path';
import { ParseError } from '../src/lib/seed/errors';
import { parseFile } from '../src/lib/seed/file.server';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
	console.error('usage: npm run parse -- FILE');
	process.exit(1);
}

try {
	const id = basename(file, extname(file));
	const report = parseFile(file, { id, file });
	console.log(JSON.stringify(report, null, 2));
	for (const { paragraph, reason } of report.diagnostics) {
		console.error(new ParseError(file, paragraph, reason).message);
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
