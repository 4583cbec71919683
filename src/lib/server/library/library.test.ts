import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	rmSync,
	writeSync,
	closeSync,
	readFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from './library';

const SEED = new URL('../../../../seeds/000_44db7bec739ae390.txt', import.meta.url);
const fixture = (name: string) => new URL(`../../../../tests/fixtures/${name}`, import.meta.url);

let root: string;
let dir: string;
let library: Library;

const open = (idleMs = 60_000) =>
	new Library({
		dir,
		path: join(root, 'index.sqlite'),
		parser: 'test',
		settleMs: 200,
		pollMs: 300,
		idleMs
	});

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'library-'));
	dir = join(root, 'seeds');
	mkdirSync(dir);
});

afterEach(async () => {
	await library?.close();
	rmSync(root, { recursive: true, force: true });
});

/** Polls `read` until it gives `expected` (the worker works on its own clock). */
async function until<T>(read: () => T, expected: T): Promise<void> {
	await expect.poll(read, { timeout: 10_000, interval: 50 }).toStrictEqual(expected);
}

// Each test starts a worker through tsx, which takes a second or two on a busy machine.
describe('Library', { timeout: 30_000 }, () => {
	it('serves a report asked for before the worker has read it, by reading it first', async () => {
		for (let i = 0; i < 5; i++) copyFileSync(SEED, join(dir, `${i}.txt`));
		library = open();
		expect((await library.report('4'))?.meetings).toHaveLength(11);
		expect(await library.report('nope')).toBeUndefined();
		expect(await library.whenSettled(10_000)).toBe(true);
		expect(library.catalog.titles().map((t) => t.id)).toStrictEqual(['0', '1', '2', '3', '4']);
		expect(await library.firstId()).toBe('0');
	});

	it('follows the folder: a file added, changed and removed, each a new version', async () => {
		copyFileSync(SEED, join(dir, 'a.txt'));
		library = open();
		await library.whenSettled(10_000);
		let changes = 0;
		library.onChange(() => changes++);
		let version = library.version;
		/** The index shows it, and the version has moved on (the worker says so after it writes). */
		const changed = async <T>(read: () => T, expected: T) => {
			await until(read, expected);
			await until(() => library.version > version, true);
			version = library.version;
		};

		copyFileSync(fixture('undated.txt'), join(dir, 'b.txt'));
		await changed(() => library.catalog.titles().map((t) => t.id), ['a', 'b']);

		copyFileSync(fixture('twice.txt'), join(dir, 'b.txt'));
		await changed(() => library.catalog.summaries(['b'])[0]?.counts.undated, 0);

		rmSync(join(dir, 'a.txt'));
		await changed(() => library.catalog.titles().map((t) => t.id), ['b']);
		expect(changes).toBeGreaterThanOrEqual(3);
	});

	it('never reads a file half-written: it waits until the writer has left it alone', async () => {
		library = open();
		await library.whenSettled(10_000);
		const bytes = readFileSync(SEED);
		const fd = openSync(join(dir, 'slow.txt'), 'w');
		// Its first half, then nothing for a while: no paragraph of it may be read as an article.
		writeSync(fd, bytes.subarray(0, bytes.length / 2));
		for (let i = 0; i < 8; i++) {
			await new Promise((r) => setTimeout(r, 50));
			writeSync(fd, bytes.subarray(0, 0));
			expect(library.catalog.titles()).toStrictEqual([]);
		}
		writeSync(fd, bytes.subarray(bytes.length / 2));
		closeSync(fd);
		await until(() => library.catalog.report('slow')?.meetings.length, 11);
		expect(library.catalog.errors()).toStrictEqual([]);
	});

	it('lets its worker go when the folder is still, and starts it again when it changes', async () => {
		copyFileSync(SEED, join(dir, 'a.txt'));
		library = open(300);
		await library.whenSettled(10_000);
		await until(() => library.indexing, false);
		expect(library.catalog.titles().map((t) => t.id)).toStrictEqual(['a']);
		copyFileSync(fixture('undated.txt'), join(dir, 'b.txt'));
		await until(() => library.catalog.titles().map((t) => t.id), ['a', 'b']);
		await until(() => library.indexing, false);
	});

	it('restarts from its index, and with the folder unchanged, without its worker', async () => {
		copyFileSync(SEED, join(dir, 'a.txt'));
		library = open();
		await library.whenSettled(10_000);
		await library.close();
		library = open();
		expect(library.catalog.titles().map((t) => t.id)).toStrictEqual(['a']);
		expect(await library.whenSettled(10_000)).toBe(true);
		expect(library.indexing).toBe(false);
	});
});
