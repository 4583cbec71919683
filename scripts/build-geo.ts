/**
 * Builds src/lib/geo/data/{provinces,nanhai}.json from ECharts 4.9.0's China map.
 *
 *   npm run build:geo                 # npm pack echarts@4.9.0 into a temp dir, extract two files
 *   npm run build:geo -- --from DIR   # DIR is an extracted package folder (has map/json/china.json)
 *
 * ECharts is fetched with `npm pack` rather than listed in package.json so that installing the app
 * never pulls a 30 MB charting library for two data files. All decoding lives in
 * src/lib/geo/decode-echarts.ts; this file only does I/O and reporting.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
	decodeEChartsGeo,
	emptyDecodeStats,
	nanhaiToGeoJson,
	parseNanhaiSource,
	type CleanStats,
	type EChartsGeoJson
} from '../src/lib/geo/decode-echarts';

const PACKAGE = 'echarts@4.9.0';
const CHINA = 'map/json/china.json';
const NANHAI = 'lib/coord/geo/fix/nanhai.js';
const PROVINCE_COUNT = 34;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src/lib/geo/data');

/** Fetches the package tarball and extracts just the two files; returns the package folder. */
function fetchPackage(tmp: string): string {
	console.log(`npm pack ${PACKAGE} …`);
	// --json: the plain output mixes the tarball name with notices.
	const packed = JSON.parse(
		// Run from the project root so that its .npmrc (registry, proxy) applies.
		execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', tmp], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit']
		})
	) as { filename: string; integrity: string }[];
	const tarball = packed[0];
	if (!tarball) throw new Error('npm pack reported no tarball');
	console.log(`  ${tarball.filename} ${tarball.integrity}`);
	execFileSync(
		'tar',
		['-xzf', join(tmp, tarball.filename), '-C', tmp, `package/${CHINA}`, `package/${NANHAI}`],
		{ stdio: 'inherit' }
	);
	return join(tmp, 'package');
}

function read(dir: string, file: string): string {
	const bytes = readFileSync(join(dir, file));
	console.log(`  ${file}: ${bytes.length} bytes, sha256 ${sha256(bytes).slice(0, 16)}…`);
	return bytes.toString('utf8');
}

function sha256(bytes: Buffer | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

function write(file: string, data: unknown): void {
	const text = JSON.stringify(data) + '\n';
	writeFileSync(join(outDir, file), text);
	const raw = Buffer.byteLength(text);
	const gz = gzipSync(text, { level: 9 }).length;
	console.log(`wrote src/lib/geo/data/${file}: ${kb(raw)} (${kb(gz)} gzipped)`);
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KiB`;
}

function describe(label: string, s: CleanStats): void {
	console.log(
		`  ${label}: ${s.rings} rings → ${s.ringsKept} kept ` +
			`(${s.droppedTooFew} with < 4 positions, ${s.droppedZeroArea} with ~zero area dropped; ` +
			`${s.closed} closed, ${s.reversed} reversed); ` +
			`${s.pointsIn} → ${s.pointsOut} positions, ${s.duplicatesRemoved} duplicates removed`
	);
}

function main(): void {
	const { values } = parseArgs({ options: { from: { type: 'string' } } });
	const tmp = values.from ? undefined : mkdtempSync(join(tmpdir(), 'build-geo-'));
	try {
		const dir = values.from ? resolve(values.from) : fetchPackage(tmp as string);
		console.log(`reading ${dir}`);
		const china = JSON.parse(read(dir, CHINA)) as EChartsGeoJson;
		const nanhaiJs = read(dir, NANHAI);

		const stats = emptyDecodeStats();
		const provinces = decodeEChartsGeo(china, { stats });
		if (provinces.features.length !== PROVINCE_COUNT) {
			throw new Error(`expected ${PROVINCE_COUNT} provinces, got ${provinces.features.length}`);
		}
		console.log(`${provinces.features.length} provinces`);
		describe('decoded', stats.raw);
		describe('rounded', stats.rounded);
		console.log(`  ${stats.polygonsDropped} polygons dropped with their exterior ring`);

		const nanhai = nanhaiToGeoJson(parseNanhaiSource(nanhaiJs));
		const kinds = nanhai.features.map((f) => f.properties.kind);
		console.log(
			`南海诸岛 inset: ${kinds.filter((k) => k === 'frame').length} frame, ` +
				`${kinds.filter((k) => k === 'mark').length} marks`
		);

		mkdirSync(outDir, { recursive: true });
		write('provinces.json', provinces);
		write('nanhai.json', nanhai);
	} finally {
		if (tmp) rmSync(tmp, { recursive: true, force: true });
	}
}

main();
