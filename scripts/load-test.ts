/**
 * How much traffic the built app takes:
 *
 *   npm run load                                build if needed, serve it as `npm start` does
 *   npm run load -- --server build/index.js     serve it some other way (adapter-node's own)
 *
 * 50 connections for 10 s on `/` and then on `/api/reports`, against the production server on a
 * free localhost port. Prints requests per second and the 99th-percentile latency; exits 1 if any
 * request failed, timed out or was answered with anything but 2xx.
 */
import autocannon, { type Result } from 'autocannon';
import { buildIfNeeded } from './buildIfNeeded';
import { startServer } from './serve';

const CONNECTIONS = 50;
const SECONDS = 10;
const PATHS = ['/', '/api/reports'];

const dir = process.env.BUILD_DIR ?? 'build';
const serverIndex = process.argv.indexOf('--server');
// The production server (`npm start`): scripts/server.js, serving BUILD_DIR.
const entry = serverIndex > 0 ? process.argv[serverIndex + 1] : 'scripts/server.js';
if (!entry) throw new Error('usage: npm run load -- [--server FILE]');

function report(path: string, r: Result): boolean {
	const failed = r.errors + r.timeouts + r.non2xx;
	console.log(
		`${path.padEnd(14)} ${r.requests.average.toFixed(0).padStart(6)} req/s   ` +
			`p99 ${String(r.latency.p99).padStart(5)} ms   ` +
			`${r['2xx']} ok, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`
	);
	return failed === 0 && r['2xx'] > 0;
}

if (serverIndex < 0) buildIfNeeded(dir);
const server = await startServer({ entry, output: 'stderr' });
const base = server.url;
let ok = true;
try {
	console.log(`${entry} on ${base}: ${CONNECTIONS} connections, ${SECONDS} s per path`);
	for (const path of PATHS) {
		const result = await autocannon({
			url: base + path,
			connections: CONNECTIONS,
			duration: SECONDS
		});
		ok = report(path, result) && ok;
	}
} finally {
	await server.stop();
}
if (!ok) {
	console.error('load test failed: some requests did not succeed');
	process.exit(1);
}
