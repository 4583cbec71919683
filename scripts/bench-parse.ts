/**
 * How fast the parser reads an article, per MB of seed:
 *
 *   npm run bench:parse
 *
 * Times the seed in seeds/ and synthetic articles of the same genre and markup (a title line, then
 * <div><span> paragraphs, every region meeting many times) from 0.6 MB to just under the 5 MB an
 * article may weigh, so that the time per MB shows whether parsing stays linear. Prints the median
 * of several runs, and how much the process's memory grew while it parsed the largest.
 */
import { readFileSync } from 'node:fs';
import { MAX_ARTICLE_BYTES, parseArticle } from '../src/lib/seed/parse.server';
import { median } from './stats';
import { syntheticArticle } from './synthetic';

const MB = 1024 * 1024;

function bench(label: string, input: Uint8Array, runs: number): void {
	const opts = { id: 'bench', file: label };
	const report = parseArticle(input, opts); // warm-up, and proof that it parses
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		parseArticle(input, opts);
		times.push(performance.now() - started);
	}
	const middle = median(times);
	const mb = input.length / MB;
	console.log(
		`${label}: ${mb.toFixed(3)} MB, ${report.meetings.length} meetings, ` +
			`median ${middle.toFixed(1)} ms over ${runs} runs = ${(middle / mb).toFixed(0)} ms/MB ` +
			`(${(mb / (middle / 1000)).toFixed(1)} MB/s)`
	);
}

const seedFile = process.argv[2] ?? 'seeds/000_44db7bec739ae390.txt';
bench(seedFile, readFileSync(seedFile), 50);
for (const size of [0.6, 1.2, 2.5]) {
	bench(`synthetic ${size} MB article`, Buffer.from(syntheticArticle(size * MB)), 5);
}
const largest = Buffer.from(syntheticArticle(MAX_ARTICLE_BYTES - 64 * 1024));
const rss = process.memoryUsage().rss;
bench('synthetic article just under the limit', largest, 5);
console.log(
	`memory: the process grew by ${((process.memoryUsage().rss - rss) / MB).toFixed(0)} MB`
);
