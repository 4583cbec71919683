import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	truncateSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../seed/parse.server';
import { Catalog } from './catalog';
import { openIndex, type Db } from './db';
import { Indexer, type Parse } from './indexer';

const SEED = new URL('../../../../seeds/000_44db7bec739ae390.txt', import.meta.url);
const fixture = (name: string) => new URL(`../../../../tests/fixtures/${name}`, import.meta.url);
const NO_MEETING = 'no meeting: no paragraph starts with a date, a region and 召开';
const NOW = Date.parse('2024-01-01T00:00:00Z');

let root: string;
let dir: string;
let dbPath: string;
let db: Db;
let parse: ReturnType<typeof vi.fn<Parse>>;
let logged: string[];
let now: number;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'library-'));
	dir = join(root, 'seeds');
	dbPath = join(root, 'cache', 'index.sqlite');
	mkdirSync(dir);
	db = openIndex(dbPath, 'v1');
	parse = vi.fn<Parse>(parseArticle);
	logged = [];
	now = NOW;
});

afterEach(() => {
	db.close();
	rmSync(root, { recursive: true, force: true });
});

/** Writes a seed last modified `age` ms before the test's clock (settled, by default). */
function put(name: string, content: string | URL, age = 10_000) {
	const path = join(dir, name);
	rmSync(path, { force: true });
	if (typeof content === 'string') {
		writeFileSync(path, content);
	} else {
		copyFileSync(content, path);
	}
	const when = new Date(now - age);
	utimesSync(path, when, when);
}

const indexer = () =>
	new Indexer(db, dir, parse, { now: () => now, log: (line) => logged.push(line), settleMs: 500 });

/** Scans and reads what is ready, as the worker does; the names read. */
function sync(ix = indexer()): string[] {
	const { ready } = ix.scan();
	for (const name of ready) ix.index(name);
	ix.prune();
	return ready;
}

describe('Indexer and Catalog', () => {
	it('indexes every seed: the good ones in the catalog, the broken one named with its reason', () => {
		put('000_44db7bec739ae390.txt', SEED);
		put('gbk.html', fixture('div-span-gbk.html'));
		put('broken.txt', fixture('no-meeting.txt'));
		put('.hidden', 'not a seed');
		expect(sync()).toStrictEqual(['000_44db7bec739ae390.txt', 'broken.txt', 'gbk.html']);

		const catalog = new Catalog(db);
		expect(catalog.titles().map((t) => t.id)).toStrictEqual(['000_44db7bec739ae390', 'gbk']);
		expect(catalog.errors()).toStrictEqual([
			{ file: 'broken.txt', message: `broken.txt: ${NO_MEETING}` }
		]);
		expect(logged).toStrictEqual([
			`seed ${join(dir, 'broken.txt')} skipped: broken.txt: ${NO_MEETING}`
		]);
		const expected = parseArticle(readFileSync(SEED), {
			id: '000_44db7bec739ae390',
			file: '000_44db7bec739ae390.txt'
		});
		expect(catalog.report('000_44db7bec739ae390')).toStrictEqual(expected);
		expect(catalog.reportJson('000_44db7bec739ae390')).toBe(JSON.stringify(expected));
		for (const id of ['broken', '../seeds/gbk', 'gbk.html', '', 'GBK']) {
			expect(catalog.report(id)).toBeUndefined();
		}
	});

	it('parses each content once: a restart, a rename and a copy read the index, not the parser', () => {
		put('a.txt', SEED);
		sync();
		expect(parse).toHaveBeenCalledTimes(1);

		sync(indexer()); // a restart: the same files, the same index
		expect(parse).toHaveBeenCalledTimes(1);

		rmSync(join(dir, 'a.txt'));
		put('b.txt', SEED);
		put('c.txt', SEED);
		expect(sync()).toStrictEqual(['b.txt', 'c.txt']);
		expect(parse).toHaveBeenCalledTimes(1);
		expect(new Catalog(db).titles().map((t) => t.id)).toStrictEqual(['b', 'c']);
		expect(new Catalog(db).report('c')?.id).toBe('c');
	});

	it('parses everything again for another build of the parser', () => {
		put('a.txt', SEED);
		sync();
		db.close();
		db = openIndex(dbPath, 'v2');
		expect(sync()).toStrictEqual(['a.txt']);
		expect(parse).toHaveBeenCalledTimes(2);
	});

	it('reads a changed file again, and drops a removed one', () => {
		put('a.txt', SEED);
		put('b.txt', fixture('undated.txt'));
		sync();
		put('b.txt', fixture('twice.txt'));
		expect(sync()).toStrictEqual(['b.txt']);
		const catalog = new Catalog(db);
		expect(catalog.list().items.map((s) => [s.id, s.title])).toStrictEqual([
			['a', catalog.report('a')!.title],
			['b', parseArticle(readFileSync(fixture('twice.txt')), { id: 'b', file: 'b' }).title]
		]);
		rmSync(join(dir, 'a.txt'));
		expect(indexer().scan()).toStrictEqual({ ready: [], settling: 0, changed: true });
		expect(catalog.titles().map((t) => t.id)).toStrictEqual(['b']);
		expect(catalog.search('骆惠宁').total).toBe(0);
	});

	it('gives an id to the first file by name that parses, and hands it on when that one goes', () => {
		put('a.html', SEED);
		put('a.txt', fixture('undated.txt'));
		sync();
		const catalog = new Catalog(db);
		expect(catalog.titles()).toHaveLength(1);
		expect(catalog.report('a')?.meetings).toHaveLength(11);
		expect(catalog.errors()).toStrictEqual([
			{ file: 'a.txt', message: 'another seed already has the id a' }
		]);
		rmSync(join(dir, 'a.html'));
		sync();
		expect(catalog.report('a')?.meetings).toHaveLength(5);
		expect(catalog.errors()).toStrictEqual([]);
	});

	it('waits for a file still being written: recently modified, or grown since the last look', () => {
		put('a.txt', SEED, 100);
		const ix = indexer();
		expect(ix.scan()).toStrictEqual({ ready: [], settling: 1, changed: false });
		now += 500;
		expect(ix.scan().ready).toStrictEqual(['a.txt']);

		put('b.txt', SEED, 10_000);
		truncateSync(join(dir, 'b.txt'), 1000);
		utimesSync(join(dir, 'b.txt'), new Date(now - 10_000), new Date(now - 10_000));
		expect(ix.scan().ready).toStrictEqual(['a.txt', 'b.txt']);
		put('b.txt', SEED, 10_000); // it grew between two looks: one more look first
		expect(ix.scan()).toStrictEqual({ ready: ['a.txt'], settling: 1, changed: false });
		expect(ix.scan().ready).toStrictEqual(['a.txt', 'b.txt']);
	});

	it('names a missing folder, and reads it once it is there', () => {
		rmSync(dir, { recursive: true });
		expect(indexer().scan()).toStrictEqual({ ready: [], settling: 0, changed: true });
		expect(new Catalog(db).errors()).toStrictEqual([
			{ file: 'seeds', message: 'cannot list the seeds folder (ENOENT)' }
		]);
		mkdirSync(dir);
		put('a.txt', SEED);
		expect(sync()).toStrictEqual(['a.txt']);
		expect(new Catalog(db).errors()).toStrictEqual([]);
	});

	it('refuses a file too large to be an article without reading it', () => {
		put('big.txt', 'x');
		truncateSync(join(dir, 'big.txt'), 6 * 1024 * 1024);
		utimesSync(join(dir, 'big.txt'), new Date(now - 10_000), new Date(now - 10_000));
		sync();
		expect(parse).not.toHaveBeenCalled();
		expect(new Catalog(db).errors()).toStrictEqual([
			{
				file: 'big.txt',
				message: 'big.txt: 6.0 MB: more than the 5 MB an article may weigh'
			}
		]);
	});
});
