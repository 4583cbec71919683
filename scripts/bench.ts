/**
 * `npm run bench`: the app against the same map drawn with ECharts (bench/), side by side in one
 * headless Chromium, alternating, cold (fresh context, cache off). Prints the medians, the
 * app/ECharts ratios and each target as PASS or FAIL, and writes them to bench/dist/results.md
 * and .json. Exits 0 whatever the figures; only a crash is a failure.
 *
 *   npm run bench                      build both, 7 runs each, then Lighthouse
 *   npm run bench -- --runs 3          fewer runs
 *   npm run bench -- --no-build        reuse the last build (the reference page is always rebuilt)
 *   npm run bench -- --no-lighthouse
 *   npm run bench -- --server build-bench/index.js   serve the app another way (a before/after)
 *   npm run bench -- --build /tmp/other-build        serve another build as it is (a before/after)
 *
 * The app is built into build-bench/ (BUILD_DIR, KIT_DIR), so a benchmark never overwrites the
 * build/ that the tests or `npm start` are using.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { REGIONS } from '../src/lib/geo/regions';
import { NEUTRAL, meetingDays } from '../src/lib/map/color';
import { parseArticle } from '../src/lib/seed/parse.server';
import type { Report } from '../src/lib/seed/types';
import { READY_MARK, STARTED_MARK } from '../src/lib/map/ready';
import { chromePath, launch } from '../tests/browser/chromium';
import { startServer, type Server } from './serve';
import { median, medianRatioInterval } from './stats';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i === -1 ? undefined : args[i + 1];
};
const RUNS = Number(option('--runs') ?? 7);
const APP_SERVER = option('--server') ?? 'scripts/server.js';
const OTHER_BUILD = option('--build');
const BUILD = !args.includes('--no-build') && !OTHER_BUILD;
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const LIGHTHOUSE_RUNS = Number(option('--lighthouse-runs') ?? 3);
/** The region clicked to open a panel: compact, so its center is inside it on both maps. */
const CLICKED = '140000';
const DIST = 'bench/dist';
const BUILD_ENV = { BUILD_DIR: OTHER_BUILD ?? 'build-bench', KIT_DIR: '.svelte-kit-bench' };
const VIEWPORT = { width: 1280, height: 800 };
/**
 * Debian's chromium wrapper forces GPU rasterization, which here means SwiftShader drawing every
 * layer on the CPU as if it were a GPU: seconds of raster for a page of SVG under load, a setup no
 * user has (Chromium rasterizes in software without a real GPU). WebGL keeps its SwiftShader.
 */
const BROWSER_ARGS = ['--disable-gpu-rasterization'];

/** What one page load measured; times in ms from navigation start, sizes in bytes. */
interface Run {
	/** The frame that shows the whole map, clickable, presented (both pages mark it so). */
	ready: number;
	/**
	 * Interactive, with no input at all: the app once it has started (hydrated, `app:started`),
	 * ECharts once its map is drawn (its own 'finished' event: its click handler is on from then).
	 */
	interactive: number;
	fcp: number;
	lcp: number;
	/** Total blocking time of the long tasks that started before map:ready, interactive, ever. */
	tbtReady: number;
	tbtInteractive: number;
	tbtAll: number;
	bytesReady: number;
	bytesReadyByKind: Record<string, number>;
	requestsReady: number;
	bytesAll: number;
	/** Click to panel painted: the first click, once ready and interactive, and once settled. */
	clickFirst: number;
	clickSettled: number;
	/**
	 * The clicks' Event Timing durations (what INP counts: input to the next frame), the longest
	 * of each interaction's events; 0 when under the 16 ms Event Timing reports from. The app's
	 * first click is on the SVG map, its settled one on the WebGL map.
	 */
	eventFirst: number;
	eventSettled: number;
	/** JS heap of the page once settled, after a garbage collection (workers not counted). */
	heap: number;
	cls: number;
	/** What each layout shift moved, before → after. */
	moved: string[];
	/** The app only: which map answered the settled click. */
	renderer: string;
}

type Kind = 'app' | 'echarts';

function run(cmd: string, argv: string[], what: string, env: Record<string, string> = {}): void {
	console.log(what);
	const result = spawnSync(cmd, argv, {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, ...env }
	});
	if (result.status !== 0) {
		process.stderr.write(result.stdout + result.stderr);
		throw new Error(`${cmd} ${argv.join(' ')} exited with ${result.status}`);
	}
}

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill()));

/** Starts a server in its own process and waits until `path` answers. */
async function serve(entry: string, path: string): Promise<Server> {
	const server = await startServer({ entry, env: BUILD_ENV, ready: path, output: 'stderr' });
	children.push(server.child);
	return server;
}

/** The seed the page shows first (the first file, as the server orders them), parsed and timed. */
function parseSeed(): { report: Report; coldMs: number; warmMs: number } {
	const dir = process.env.SEEDS_DIR || 'seeds';
	const name = readdirSync(dir)
		.filter((n) => !n.startsWith('.'))
		.sort()[0];
	if (!name) throw new Error(`no seed in ${dir}/`);
	const bytes = readFileSync(join(dir, name));
	const opts = { id: name.replace(/\.[^.]*$/, ''), file: join(dir, name) };
	let t = performance.now();
	const report = parseArticle(bytes, opts);
	const coldMs = performance.now() - t;
	const warm: number[] = [];
	for (let i = 0; i < 30; i++) {
		t = performance.now();
		parseArticle(bytes, opts);
		warm.push(performance.now() - t);
	}
	return { report, coldMs, warmMs: median(warm) };
}

/** The reference page: bundled, minified and precompressed into bench/dist. */
async function buildReference(report: Report): Promise<void> {
	const benchRequire = createRequire(new URL('../bench/package.json', import.meta.url));
	// Typed here: esbuild is bench/'s, and the app's type check must not need bench/ installed.
	const esbuild = (await import(benchRequire.resolve('esbuild'))) as {
		build(options: Record<string, unknown>): Promise<unknown>;
	};
	const days = meetingDays(report.meetings);
	const fills = Object.fromEntries(REGIONS.map((r) => [r.code, NEUTRAL]));
	for (const d of days) for (const code of d.codes) fills[code] = d.color;
	const data = {
		names: Object.fromEntries(REGIONS.map((r) => [r.code, r.name])),
		fills,
		mentioned: days.flatMap((d) => d.codes),
		meetings: Object.fromEntries(
			report.meetings.map((m) => [
				m.region.code,
				{
					date: m.date,
					meeting: m.meeting,
					title: m.official?.title ?? '',
					name: m.official?.name ?? '',
					statements: m.statements.map((s) => ({ verb: s.verb, text: s.text }))
				}
			])
		)
	};
	rmSync(DIST, { recursive: true, force: true });
	mkdirSync(DIST, { recursive: true });
	await esbuild.build({
		entryPoints: ['bench/src/main.ts'],
		outfile: join(DIST, 'main.js'),
		bundle: true,
		minify: true,
		format: 'esm',
		target: 'es2022',
		define: { __BENCH_DATA__: JSON.stringify(data) },
		logLevel: 'warning'
	});
	const escape = (s: string) =>
		s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
	writeFileSync(
		join(DIST, 'index.html'),
		readFileSync('bench/src/index.html', 'utf8').replaceAll('%title%', escape(report.title))
	);
	// As adapter-node precompresses the app's files: gzip 9 and brotli 11.
	for (const file of ['index.html', 'main.js']) {
		const body = readFileSync(join(DIST, file));
		writeFileSync(join(DIST, file + '.gz'), gzipSync(body, { level: 9 }));
		writeFileSync(
			join(DIST, file + '.br'),
			brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
		);
	}
}

/** Observers the harness puts in both pages before any of their scripts run. */
function observe() {
	const w = window as unknown as Record<string, unknown>;
	const longTasks: { start: number; duration: number }[] = [];
	const shifts: number[] = [];
	let lcp = 0;
	w.__longTasks = longTasks;
	w.__shifts = shifts;
	w.__lcp = () => lcp;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	const moved: string[] = [];
	w.__moved = moved;
	// The harness's own clicks and keys, whose answers (a panel opening or closing) may land more
	// than the browser's 500 ms `hadRecentInput` window later on a busy machine.
	let lastInput = -Infinity;
	for (const type of ['pointerdown', 'keydown'])
		addEventListener(type, (e) => (lastInput = e.timeStamp), { capture: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as (PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
			sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
		})[]) {
			if (e.hadRecentInput || e.startTime - lastInput < 2000) continue;
			shifts.push(e.value);
			// What moved, so a shift can be found and fixed, not just counted.
			for (const s of e.sources) {
				const el = s.node instanceof Element ? s.node : s.node?.parentElement;
				const [a, b] = [s.previousRect, s.currentRect];
				moved.push(
					`${el?.tagName.toLowerCase() ?? '?'}.${el?.className ?? ''} ` +
						`${a.x},${a.y},${a.width}×${a.height} → ${b.x},${b.y},${b.width}×${b.height}`
				);
			}
		}
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) lcp = e.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	const events: { start: number; duration: number; interaction: number }[] = [];
	w.__events = events;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as (PerformanceEntry & { interactionId: number })[]) {
			events.push({ start: e.startTime, duration: e.duration, interaction: e.interactionId });
		}
	}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/**
 * Evaluates `expression` in the page over CDP and resolves with its (awaited) value. Playwright's
 * own page calls compile its injected scripts in the page first (some 15 ms of CPU), which during
 * a load would be counted against the page measured.
 */
async function inPage<T>(cdp: CDPSession, expression: string): Promise<T> {
	const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
		expression,
		awaitPromise: true,
		returnByValue: true
	});
	if (exceptionDetails) {
		throw new Error(
			`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`
		);
	}
	return result.value as T;
}

/** Resolves with `value` (an expression) once it is truthy in the page, checked every 10 ms. */
function waitInPage<T = unknown>(cdp: CDPSession, value: string, timeoutMs: number): Promise<T> {
	return inPage<T>(
		cdp,
		`new Promise((resolve, reject) => {
			const until = performance.now() + ${timeoutMs};
			const check = () => {
				const value = ${value};
				if (value) resolve(value);
				else if (performance.now() > until) reject(new Error(${JSON.stringify(`timed out waiting for ${value}`)}));
				else setTimeout(check, 10);
			};
			check();
		})`
	);
}

/**
 * Clicks at (x, y) and resolves with the ms from the click to the frame that shows `.panel`, and
 * the page's time just before the click (its Event Timing entries start after it).
 */
async function clickToPanel(
	page: Page,
	cdp: CDPSession,
	[x, y]: [number, number]
): Promise<{ ms: number; before: number }> {
	// In place before the click; awaited after it.
	const before = await inPage<number>(
		cdp,
		`(window.__clickTiming = new Promise((resolve) => {
			let start;
			const shown = () => {
				const panel = document.querySelector('.panel');
				return !!panel && panel.getClientRects().length > 0;
			};
			const done = () => {
				observer.disconnect();
				// The panel is in the DOM; it is on screen with the next frame.
				requestAnimationFrame(() => resolve(performance.now() - start));
			};
			const observer = new MutationObserver(() => {
				if (start !== undefined && shown()) done();
			});
			addEventListener('click', (e) => {
				// The input's own time, so time the page was too busy to take it counts.
				start = e.timeStamp;
				if (shown()) done();
				else observer.observe(document.body, { childList: true, subtree: true });
			}, { capture: true, once: true });
		}), performance.now())`
	);
	await page.mouse.click(x, y);
	return { ms: await inPage<number>(cdp, 'window.__clickTiming'), before };
}

async function clickPoint(cdp: CDPSession, kind: Kind): Promise<[number, number]> {
	const p = await inPage<[number, number] | null>(
		cdp,
		kind === 'echarts'
			? `window.__bench.pixelOf(${JSON.stringify(CLICKED)})`
			: `(() => {
				const r = document.querySelector('.svg path[data-code="${CLICKED}"]')?.getBoundingClientRect();
				return r && r.width ? [r.x + r.width / 2, r.y + r.height / 2] : null;
			})()`
	);
	if (!p) throw new Error(`the ${kind} page cannot place the clicked region`);
	return p;
}

async function closePanel(page: Page, cdp: CDPSession): Promise<void> {
	await page.keyboard.press('Escape');
	await waitInPage(cdp, "!document.querySelector('.panel')", 10_000);
}

interface Entry {
	name: string;
	initiatorType: string;
	transferSize: number;
	responseEnd: number;
}

function kindOf(e: Entry, navigation: boolean): string {
	if (navigation) return 'html';
	const path = new URL(e.name).pathname;
	if (/\.m?js$/.test(path) || e.initiatorType === 'script') return 'js';
	if (/\.css$/.test(path)) return 'css';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	if (/\.json$/.test(path) || e.initiatorType === 'fetch') return 'data';
	return 'other';
}

async function measure(browser: Browser, url: string, kind: Kind): Promise<Run> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	// tsx names functions through an `__name` helper that pages passed our functions do not have.
	await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	await page.addInitScript(observe);
	await page.goto(url, { waitUntil: 'commit' });
	// Untouched until both: the app must become interactive on its own.
	const mark = (name: string) =>
		waitInPage<number>(cdp, `performance.getEntriesByName('${name}')[0]?.startTime`, 30_000);
	const interactive = await mark(kind === 'app' ? STARTED_MARK : 'map:drawn');
	const ready = await mark(READY_MARK);
	const first = await clickToPanel(page, cdp, await clickPoint(cdp, kind));
	const closing = await inPage<number>(cdp, 'performance.now()');
	await closePanel(page, cdp);

	// Settled: the app once the WebGL map has taken over (or given up); both a moment later.
	let renderer = 'canvas';
	if (kind === 'app') {
		// A user reaching for the map: maplibre loads on that intent.
		const corner = await inPage<[number, number]>(
			cdp,
			`(() => { const r = document.querySelector('.map-view').getBoundingClientRect(); return [r.x + 4, r.y + 4]; })()`
		);
		await page.mouse.move(...corner);
		await waitInPage(
			cdp,
			`!!document.querySelector('.map-view[data-renderer="webgl"]')`,
			20_000
		).catch(() => undefined);
		renderer = await inPage<string>(
			cdp,
			`document.querySelector('.map-view')?.getAttribute('data-renderer') ?? '?'`
		);
	}
	await page.waitForTimeout(500);
	const settled = await clickToPanel(page, cdp, await clickPoint(cdp, kind));
	await page.waitForTimeout(300);

	const seen = await page.evaluate(() => {
		const w = window as unknown as Record<string, unknown>;
		const pick = (e: PerformanceResourceTiming) => ({
			name: e.name,
			initiatorType: e.initiatorType,
			transferSize: e.transferSize,
			responseEnd: e.responseEnd
		});
		return {
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			lcp: (w.__lcp as () => number)(),
			navigation: pick(performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming),
			resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
				pick
			),
			longTasks: w.__longTasks as { start: number; duration: number }[],
			shifts: w.__shifts as number[],
			moved: w.__moved as string[],
			events: w.__events as { start: number; duration: number; interaction: number }[]
		};
	});
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await context.close();
	if (errors.length) throw new Error(`${kind} page errors: ${errors.join('; ')}`);

	const entries = [
		{ e: seen.navigation, navigation: true },
		...seen.resources.map((e) => ({ e, navigation: false }))
	];
	const before = entries.filter(({ e }) => e.responseEnd <= ready);
	const bytesReadyByKind: Record<string, number> = {};
	for (const { e, navigation } of before) {
		const k = kindOf(e, navigation);
		bytesReadyByKind[k] = (bytesReadyByKind[k] ?? 0) + e.transferSize;
	}
	const blocking = (tasks: { duration: number }[]) =>
		tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
	/** The Event Timing duration of the click made at `before` (the next click's are after it). */
	const eventOf = (before: number, next = Infinity) =>
		Math.max(
			0,
			...seen.events
				.filter((e) => e.start >= before && e.start < next && e.interaction > 0)
				.map((e) => e.duration)
		);
	return {
		ready,
		interactive,
		fcp: seen.fcp,
		lcp: seen.lcp,
		tbtReady: blocking(seen.longTasks.filter((t) => t.start < ready)),
		tbtInteractive: blocking(seen.longTasks.filter((t) => t.start < interactive)),
		tbtAll: blocking(seen.longTasks),
		bytesReady: before.reduce((s, { e }) => s + e.transferSize, 0),
		bytesReadyByKind,
		requestsReady: before.length,
		bytesAll: entries.reduce((s, { e }) => s + e.transferSize, 0),
		clickFirst: first.ms,
		clickSettled: settled.ms,
		// The Escape that closed the first click's panel is an interaction too: not counted.
		eventFirst: eventOf(first.before, closing),
		eventSettled: eventOf(settled.before),
		heap: usedSize,
		cls: seen.shifts.reduce((a, b) => a + b, 0),
		moved: seen.moved,
		renderer
	};
}

interface LighthouseScores {
	performance: number;
	accessibility: number;
}

/** Lighthouse's CLI (bench/'s pinned 12.2.3) against the served app; the median of its runs. */
function lighthouse(url: string, preset: 'mobile' | 'desktop', runs: number): LighthouseScores {
	const cli = createRequire(new URL('../bench/package.json', import.meta.url)).resolve(
		'lighthouse/cli/index.js'
	);
	const scores: LighthouseScores[] = [];
	for (let i = 0; i < runs; i++) {
		const out = join(tmpdir(), `lighthouse-${process.pid}-${preset}-${i}.json`);
		const argv = [
			cli,
			url,
			'--quiet',
			'--output=json',
			`--output-path=${out}`,
			'--only-categories=performance,accessibility',
			// Lighthouse does not reach for the map, so maplibre (loaded on intent) is not measured.
			`--chrome-flags=--headless --no-sandbox ${BROWSER_ARGS.join(' ')}`,
			...(preset === 'desktop' ? ['--preset=desktop'] : [])
		];
		const result = spawnSync(process.execPath, argv, {
			env: { ...process.env, CHROME_PATH: chromePath() },
			encoding: 'utf8'
		});
		if (result.status !== 0 || !existsSync(out)) {
			throw new Error(`lighthouse exited with ${result.status}: ${result.stderr}`);
		}
		const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
			categories: Record<string, { score: number }>;
			runtimeError?: { message: string };
		};
		rmSync(out);
		if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
		scores.push({
			performance: Math.round(lhr.categories.performance!.score * 100),
			accessibility: Math.round(lhr.categories.accessibility!.score * 100)
		});
	}
	return {
		performance: median(scores.map((s) => s.performance)),
		accessibility: median(scores.map((s) => s.accessibility))
	};
}

function machine(browserVersion: string, loadBefore: number) {
	const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout.trim();
	const cpu =
		readFileSync('/proc/cpuinfo', 'utf8')
			.match(/^model name\s*:\s*(.+)$/m)?.[1]
			?.trim() ?? 'unknown';
	return {
		date: new Date().toISOString().slice(0, 10),
		nproc,
		cpu,
		chromium: browserVersion,
		node: process.version,
		// Other work on the machine slows both pages; the ratios hold up better than the times.
		load: [loadBefore, loadavg()[0]!].map((l) => l.toFixed(1)).join(' → ')
	};
}

const ms = (v: number) => `${Math.round(v)} ms`;
const kB = (v: number) => `${(v / 1000).toFixed(1)} kB`;
const MB = (v: number) => `${(v / 1e6).toFixed(1)} MB`;

async function main() {
	if (BUILD) run('npx', ['vite', 'build'], 'Building the app (npx vite build)…', BUILD_ENV);
	if (!existsSync(join(BUILD_ENV.BUILD_DIR, 'handler.js')))
		throw new Error(`No app build in ${BUILD_ENV.BUILD_DIR}/: run without --no-build.`);
	if (!existsSync('bench/node_modules')) {
		run(
			'npm',
			['install', '--prefix', 'bench', '--no-audit', '--no-fund'],
			'Installing the reference page and Lighthouse (bench/)…'
		);
	}
	const loadBefore = loadavg()[0]!;
	const seed = parseSeed();
	console.log('Building the ECharts reference page (bench/dist)…');
	await buildReference(seed.report);

	const app = await serve(APP_SERVER, '/');
	const ref = await serve('bench/serve.js', '/index.html');
	const browser = await launch(BROWSER_ARGS);
	try {
		const runs: Record<Kind, Run[]> = { app: [], echarts: [] };
		// Unmeasured: a browser's first page also pays for starting its GPU process and caches.
		await measure(browser, app.url + '/', 'app');
		await measure(browser, ref.url + '/index.html', 'echarts');
		for (let i = 0; i < RUNS; i++) {
			// Alternate which goes first, so neither always meets a warmer machine.
			const order: Kind[] = i % 2 ? ['echarts', 'app'] : ['app', 'echarts'];
			for (const kind of order) {
				runs[kind].push(
					await measure(browser, kind === 'app' ? app.url + '/' : ref.url + '/index.html', kind)
				);
			}
			process.stdout.write(`run ${i + 1}/${RUNS}\r`);
		}
		process.stdout.write('\n');

		let scores: { mobile: LighthouseScores; desktop: LighthouseScores } | undefined;
		if (LIGHTHOUSE) {
			console.log(`Lighthouse (${LIGHTHOUSE_RUNS} runs each, mobile and desktop)…`);
			scores = {
				mobile: lighthouse(app.url + '/', 'mobile', LIGHTHOUSE_RUNS),
				desktop: lighthouse(app.url + '/', 'desktop', LIGHTHOUSE_RUNS)
			};
		}
		report(runs, seed, scores, machine(browser.version(), loadBefore));
	} finally {
		await browser.close();
		app.child.kill();
		ref.child.kill();
	}
}

function report(
	runs: Record<Kind, Run[]>,
	seed: { coldMs: number; warmMs: number },
	scores: { mobile: LighthouseScores; desktop: LighthouseScores } | undefined,
	host: ReturnType<typeof machine>
) {
	const m = (kind: Kind, key: keyof Run) => median(runs[kind].map((r) => r[key] as number));
	const max = (kind: Kind, key: keyof Run) => Math.max(...runs[kind].map((r) => r[key] as number));
	const rows: [string, string, string, string][] = [];
	const row = (label: string, key: keyof Run, format: (v: number) => string) => {
		const [a, e] = [m('app', key), m('echarts', key)];
		rows.push([label, format(a), format(e), e > 0 ? (a / e).toFixed(2) : '–']);
	};
	const event = (v: number) => (v ? ms(v) : '< 16 ms');
	row('Navigation → map:ready', 'ready', ms);
	row('Navigation → interactive, untouched (app: started; ECharts: map drawn)', 'interactive', ms);
	row('First contentful paint', 'fcp', ms);
	row('Largest contentful paint', 'lcp', ms);
	row('Total blocking time before map:ready', 'tbtReady', ms);
	row('Total blocking time before interactive', 'tbtInteractive', ms);
	row('Total blocking time, whole load¹', 'tbtAll', ms);
	row('Bytes before map:ready (on the wire)', 'bytesReady', kB);
	row('Requests before map:ready', 'requestsReady', String);
	row('Bytes, whole load¹', 'bytesAll', kB);
	row('Click → panel, first click (once ready and interactive)', 'clickFirst', ms);
	row('First click, Event Timing duration (app: the SVG map)', 'eventFirst', event);
	row('Click → panel, settled¹', 'clickSettled', ms);
	row('Settled click, Event Timing duration (INP; app: the WebGL map)¹', 'eventSettled', event);
	row('JS heap, settled (after GC)', 'heap', MB);
	rows.push([
		'Cumulative layout shift (worst run)',
		max('app', 'cls').toFixed(3),
		max('echarts', 'cls').toFixed(3),
		'–'
	]);
	rows.push([
		'Seed parse (cold / warm median)',
		`${seed.coldMs.toFixed(1)} / ${seed.warmMs.toFixed(1)} ms`,
		'–',
		'–'
	]);
	if (scores) {
		const lh = (s: LighthouseScores) => `${s.performance} / ${s.accessibility}`;
		rows.push(['Lighthouse performance / accessibility, mobile', lh(scores.mobile), '–', '–']);
		rows.push(['Lighthouse performance / accessibility, desktop', lh(scores.desktop), '–', '–']);
	}

	const kinds = Object.keys(runs.app[0]!.bytesReadyByKind).sort();
	const breakdown = kinds
		.map((k) => `${k} ${kB(median(runs.app.map((r) => r.bytesReadyByKind[k] ?? 0)))}`)
		.join(', ');
	const renderers = [...new Set(runs.app.map((r) => r.renderer))].join(', ');

	/** The ratio of the medians of `a` and `b`, with its 90% bootstrap interval over the runs. */
	const ratio = (a: [Kind, keyof Run], b: [Kind, keyof Run]) => {
		const [low, high] = medianRatioInterval(
			runs[a[0]].map((r) => r[a[1]] as number),
			runs[b[0]].map((r) => r[b[1]] as number)
		);
		const value = m(...a) / m(...b);
		const text = `${value.toFixed(2)}× (90% bootstrap interval: ${low.toFixed(2)}–${high.toFixed(2)}×)`;
		return { value, text };
	};
	const ready = ratio(['app', 'ready'], ['echarts', 'ready']);
	const interactive = ratio(['app', 'interactive'], ['echarts', 'interactive']);
	const [eventApp, eventECharts] = [m('app', 'eventSettled'), m('echarts', 'eventSettled')];
	const [tbtApp, tbtECharts] = [m('app', 'tbtInteractive'), m('echarts', 'tbtInteractive')];
	const targets: [boolean, string][] = [
		[ready.value <= 0.5, `map:ready at most half of ECharts': ${ready.text}`],
		[
			interactive.value <= 1,
			`interactive untouched (app:started) no later than ECharts' map is drawn: ` +
				`${ms(m('app', 'interactive'))} / ${ms(m('echarts', 'interactive'))} = ${interactive.text}`
		],
		[
			eventApp <= Math.max(16, eventECharts),
			`a settled click's Event Timing duration at most max(16 ms, ECharts'): ` +
				`app ${event(eventApp)}, ECharts ${event(eventECharts)}`
		],
		[
			tbtApp <= tbtECharts,
			`total blocking time to interactive at most ECharts': app ${ms(tbtApp)}, ECharts ${ms(tbtECharts)}`
		],
		[
			m('app', 'bytesReady') <= 150_000,
			`at most 150 kB before map:ready: ${kB(m('app', 'bytesReady'))}`
		],
		[max('app', 'cls') === 0, `no layout shift: CLS ${max('app', 'cls').toFixed(3)} (worst run)`]
	];
	if (scores) {
		for (const preset of ['mobile', 'desktop'] as const) {
			const s = scores[preset];
			targets.push([
				s.performance === 100,
				`Lighthouse performance 100 (${preset}): ${s.performance}`
			]);
			targets.push([
				s.accessibility === 100,
				`Lighthouse accessibility 100 (${preset}): ${s.accessibility}`
			]);
		}
	}

	const table = [
		'| Median of ' + RUNS + ' cold loads | App | ECharts | App / ECharts |',
		'| --- | --: | --: | --: |',
		...rows.map((r) => `| ${r.join(' | ')} |`)
	].join('\n');
	const text = [
		table,
		'',
		`Bytes before map:ready, app: ${breakdown}. ¹ The app's whole load includes maplibre-gl ` +
			`taking over after map:ready (settled on: ${renderers}).`,
		'',
		`Measured ${host.date} on ${host.nproc} × ${host.cpu}, Chromium ${host.chromium}, ` +
			`Node ${host.node}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ` +
			`${BROWSER_ARGS.join(' ')}, load average ${host.load} during the runs.`,
		'',
		...targets.map(([ok, line]) => `- ${ok ? 'PASS' : 'FAIL'} ${line}`)
	].join('\n');
	console.log('\n' + text);
	writeFileSync(join(DIST, 'results.md'), text + '\n');
	writeFileSync(
		join(DIST, 'results.json'),
		JSON.stringify({ host, runs, seed, lighthouse: scores }, null, '\t') + '\n'
	);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
