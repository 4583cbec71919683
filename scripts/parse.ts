/**
 * Prints the Report a seed parses to, as the page and the API would get it:
 *
 *   npm run parse -- seeds/000_44db7bec739ae390.txt
 *
 * On a seed that does not parse, prints the reason (file, paragraph, what is wrong) to stderr and
 * exits with 1.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ParseError } from '../src/lib/seed/errors';
import { parseArticle } from '../src/lib/seed/parse.server';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
	console.error('usage: npm run parse -- FILE');
	process.exit(1);
}

try {
	const id = basename(file, extname(file));
	const report = parseArticle(readFileSync(file), { id, file });
	console.log(JSON.stringify(report, null, 2));
} catch (error) {
	console.error(error instanceof ParseError || error instanceof Error ? error.message : error);
	process.exit(1);
}
