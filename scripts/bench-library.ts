/**
 * How the server scales with the number of articles (issue 18):
 *
 *   npm run bench:library                 1, 10, 100 and 1,000 synthetic articles
 *   npm run bench:library -- 10 100       other counts (1 is always measured: the baseline)
 *
 * For each count: writes that many synthetic articles of the genre (~20 kB each, scripts/
 * synthetic.ts) into a temporary SEEDS_DIR, starts the built server (scripts/server.js, as `npm
 * start` does) with an empty index and then again with the index it built, and measures the time
 * to its first answer, to every article indexed, its memory, the size of /api/reports and of the
 * map page (against one article), the time a library search takes on the server (its
 * Server-Timing), and 50 connections for 10 s on /, /library and /api/reports. Prints a table and
 * writes it to bench/dist/library.md (and the figures to bench/dist/library.json).
 */
import autocannon from 'autocannon';
import { get } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGIONS } from '../src/lib/geo/regions';
import { buildIfNeeded } from './buildIfNeeded';
import { startServer, type Server } from './serve';
import { median } from './stats';
import { syntheticArticle } from './synthetic';

const BUILD = process.env.BUILD_DIR ?? 'build';
const counts = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
const COUNTS = [1, ...(counts.length ? counts : [10, 100, 1000]).filter((n) => n !== 1)];
const QUERIES = ['一刀切', '主题教育', '标准不降', '要', '一刀', '没有这样的话'];
const LOAD_PATHS = ['/', '/library', '/api/reports'];

/** Article `i` of a library: its own title, year, month, provinces and, for some, a footer. */
function article(i: number): string {
	const year = 2010 + (i % 15);
	const month = 1 + (i % 12);
	const regions = [...REGIONS.slice(i % REGIONS.length), ...REGIONS].slice(0, 11);
	return syntheticArticle(20_000, {
		title: `${i}各地部署开展专题工作（合成测试文章第${i}篇）.txt`,
		year,
		month,
		regions,
		footer: i % 3 ? `《人民日报》（${year}年${month}月28日 04 版）` : undefined,
		phrase: i % 7 === 0 ? '防止“一刀切”' : undefined
	});
}

interface Figures {
	articles: number;
	firstAnswerColdMs: number;
	indexedColdMs: number;
	firstAnswerWarmMs: number;
	rssIndexedMb: number;
	rssPeakMb: number;
	apiReportsKb: number;
	apiReports200Kb: number;
	mapPageKb: number;
	mapPageBrotliKb: number;
	searchMs: Record<string, number>;
	/** Per path: requests a second, 99th percentile latency, failures, and the peak RSS after it. */
	load: Record<string, { rps: number; p99: number; failed: number; ok: number; peakMb: number }>;
}

/** VmRSS and VmHWM (the peak) of a process, in MB. */
function memory(pid: number): { rss: number; peak: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
	return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function serve(seeds: string, cache: string): Promise<{ server: Server; ms: number }> {
	const started = performance.now();
	const server = await startServer({
		dir: BUILD,
		env: { SEEDS_DIR: seeds, MEETING_MAP_CACHE: cache },
		ready: '/',
		output: 'stderr',
		pollMs: 20
	});
	return { server, ms: performance.now() - started };
}

async function settled(server: Server): Promise<void> {
	for (;;) {
		const body = (await (await fetch(`${server.url}/api/reports?per=1`)).json()) as {
			indexing: { settled: boolean };
		};
		if (body.indexing.settled) return;
		await new Promise((r) => setTimeout(r, 50));
	}
}

/** The bytes a response puts on the wire: fetch() would decompress them, node:http does not. */
const bytesOf = (url: string, encoding = 'identity') =>
	new Promise<number>((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
			let size = 0;
			response.on('data', (chunk: Buffer) => (size += chunk.length));
			response.on('end', () => resolve(size));
		}).on('error', reject);
	});

/** The search's own time on the server (Server-Timing), median of 15. */
async function searchMs(base: string, q: string): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < 15; i++) {
		const response = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
		await response.arrayBuffer();
		const timing = response.headers.get('server-timing') ?? '';
		times.push(Number(/dur=([\d.]+)/.exec(timing)?.[1] ?? NaN));
	}
	return median(times);
}

async function measure(n: number): Promise<Figures> {
	const root = mkdtempSync(join(tmpdir(), 'bench-library-'));
	const seeds = join(root, 'seeds');
	const cache = join(root, 'cache');
	mkdirSync(seeds);
	for (let i = 0; i < n; i++)
		writeFileSync(join(seeds, `${String(i).padStart(4, '0')}.txt`), article(i));
	try {
		const cold = await serve(seeds, cache);
		const started = performance.now() - cold.ms;
		await settled(cold.server);
		const indexedColdMs = performance.now() - started;
		const rssIndexed = memory(cold.server.child.pid!).rss;
		await cold.server.stop();

		const warm = await serve(seeds, cache);
		const base = warm.server.url;
		await settled(warm.server);
		const search: Record<string, number> = {};
		for (const q of QUERIES) search[q] = await searchMs(base, q);
		const load: Figures['load'] = {};
		for (const path of LOAD_PATHS) {
			const r = await autocannon({ url: base + path, connections: 50, duration: 10 });
			load[path] = {
				rps: r.requests.average,
				p99: r.latency.p99,
				failed: r.errors + r.timeouts + r.non2xx,
				ok: r['2xx'],
				peakMb: memory(warm.server.child.pid!).peak
			};
		}
		const figures: Figures = {
			articles: n,
			firstAnswerColdMs: cold.ms,
			indexedColdMs,
			firstAnswerWarmMs: warm.ms,
			rssIndexedMb: rssIndexed,
			rssPeakMb: memory(warm.server.child.pid!).peak,
			apiReportsKb: (await bytesOf(`${base}/api/reports`)) / 1024,
			apiReports200Kb: (await bytesOf(`${base}/api/reports?per=200`)) / 1024,
			mapPageKb: (await bytesOf(`${base}/`)) / 1024,
			mapPageBrotliKb: (await bytesOf(`${base}/`, 'br')) / 1024,
			searchMs: search,
			load
		};
		await warm.server.stop();
		return figures;
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

buildIfNeeded(BUILD);
const load = { before: loadavg()[0]!, after: 0 };
const results: Figures[] = [];
for (const n of COUNTS) {
	console.log(`${n} articles…`);
	results.push(await measure(n));
}
load.after = loadavg()[0]!;

const one = results[0]!;
const f = (x: number, digits = 0) => x.toFixed(digits);
const worstSearch = (r: Figures) => Math.max(...Object.values(r.searchMs));
const loadCell = (r: Figures, path: string) => {
	const l = r.load[path]!;
	return `${f(l.rps)}/s, p99 ${l.p99} ms, ${l.failed} failed, peak ${f(l.peakMb)} MB`;
};
const last = results.at(-1)!;
const rows: [string, (r: Figures) => string, string][] = [
	[
		'First answer after start (`/`), empty index',
		(r) => `${f(r.firstAnswerColdMs)} ms`,
		'< 2000 ms'
	],
	[
		'First answer after start (`/`), index built',
		(r) => `${f(r.firstAnswerWarmMs)} ms`,
		'< 2000 ms'
	],
	['Every article indexed after start, empty index', (r) => `${f(r.indexedColdMs)} ms`, '–'],
	['Server memory (RSS) once indexed', (r) => `${f(r.rssIndexedMb)} MB`, '–'],
	['Server memory, peak (after the load below)', (r) => `${f(r.rssPeakMb)} MB`, '< 300 MB'],
	['`/api/reports` (default page of 50)', (r) => `${f(r.apiReportsKb, 1)} kB`, '< 200 kB'],
	['`/api/reports?per=200` (the largest page)', (r) => `${f(r.apiReports200Kb, 1)} kB`, '–'],
	[
		'Map page `/`, uncompressed (× one article)',
		(r) => `${f(r.mapPageKb, 1)} kB (${f(r.mapPageKb / one.mapPageKb, 2)}×)`,
		'≤ 1.1×'
	],
	['Map page `/`, brotli', (r) => `${f(r.mapPageBrotliKb, 1)} kB`, '–'],
	[
		'Library search on the server, slowest query (median)',
		(r) => `${f(worstSearch(r), 1)} ms`,
		'< 50 ms'
	],
	...LOAD_PATHS.map((path): [string, (r: Figures) => string, string] => [
		`50 connections × 10 s on \`${path}\``,
		(r) => loadCell(r, path),
		'0 failed'
	])
];
const checks = [
	[
		'first answer < 2 s',
		results.every((r) => r.firstAnswerColdMs < 2000 && r.firstAnswerWarmMs < 2000)
	],
	['memory < 300 MB', results.every((r) => r.rssPeakMb < 300)],
	['/api/reports < 200 kB', results.every((r) => r.apiReportsKb < 200)],
	['map page ≤ 1.1× one article', last.mapPageKb <= 1.1 * one.mapPageKb],
	['search < 50 ms', results.every((r) => worstSearch(r) < 50)],
	['no failed requests', results.every((r) => Object.values(r.load).every((l) => l.failed === 0))]
] as const;

const header = `| Articles | ${results.map((r) => r.articles.toLocaleString('en')).join(' | ')} | Target |`;
const table = [
	header,
	`| --- | ${results.map(() => '---:').join(' | ')} | --- |`,
	...rows.map(
		([label, cell, target]) => `| ${label} | ${results.map(cell).join(' | ')} | ${target} |`
	)
].join('\n');
const searches = QUERIES.map(
	(q) => `- \`${q}\`: ${results.map((r) => `${f(r.searchMs[q]!, 1)} ms`).join(' / ')}`
).join('\n');
const verdict = checks.map(([name, ok]) => `${ok ? 'PASS' : 'FAIL'} ${name}`).join('\n');
const text = `${table}

Search time per query (median of 15, ${results.map((r) => r.articles).join(' / ')} articles):
${searches}

${verdict}

Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${
	readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'
} CPUs, load average ${f(load.before, 2)} → ${f(load.after, 2)}; synthetic articles of ~20 kB.
`;
console.log(`\n${text}`);
mkdirSync('bench/dist', { recursive: true });
writeFileSync('bench/dist/library.md', text);
writeFileSync('bench/dist/library.json', JSON.stringify({ load, results }, null, '\t') + '\n');
console.log('Written to bench/dist/library.md and bench/dist/library.json.');
