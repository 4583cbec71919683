/**
 * How fast the parser reads an article, per MB of seed:
 *
 *   npm run bench:parse
 *
 * Times the seed in seeds/ and synthetic articles of the same genre and markup (a title line, then
 * <div><span> paragraphs, every region meeting many times) from 0.6 MB to just under the 5 MB an
 * article may weigh, so that the time per MB shows whether parsing stays linear. Prints the median
 * of several runs (wall and CPU time), and the most memory the process held.
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
	const cpu: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		const usage = process.cpuUsage();
		parseArticle(input, opts);
		const { user, system } = process.cpuUsage(usage);
		times.push(performance.now() - started);
		cpu.push((user + system) / 1000);
	}
	const middle = median(times);
	const mb = input.length / MB;
	// CPU time as well as wall time: on a loaded machine the wall time says more of the load.
	console.log(
		`${label}: ${mb.toFixed(3)} MB, ${report.meetings.length} meetings, ` +
			`median ${middle.toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms) over ${runs} runs = ` +
			`${(middle / mb).toFixed(0)} ms/MB (CPU ${(median(cpu) / mb).toFixed(0)} ms/MB)`
	);
}

const seedFile = process.argv[2] ?? 'seeds/000_44db7bec739ae390.txt';
bench(seedFile, readFileSync(seedFile), 50);
for (const size of [0.6, 1.2, 2.5]) {
	bench(`synthetic ${size} MB article`, Buffer.from(syntheticArticle(size * MB)), 5);
}
bench(
	'synthetic article just under the limit',
	Buffer.from(syntheticArticle(MAX_ARTICLE_BYTES - 64 * 1024)),
	5
);
// The most memory the process held at any time (parsing the largest article, five times).
console.log(`peak memory of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
