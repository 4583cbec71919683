import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../seed/parse.server';
import { openIndex, type Db } from './db';
import { folderMatchesIndex } from './folderCheck';
import { Indexer } from './indexer';

const SEED = new URL('../../../../seeds/000_44db7bec739ae390.txt', import.meta.url);
let root: string;
let dir: string;
let db: Db;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'folder-'));
	dir = join(root, 'seeds');
	mkdirSync(dir);
	copyFileSync(SEED, join(dir, 'a.txt'));
	utimesSync(join(dir, 'a.txt'), new Date(0), new Date(0));
	db = openIndex(join(root, 'index.sqlite'), 'test');
	const indexer = new Indexer(db, dir, parseArticle);
	for (const name of indexer.scan().ready) indexer.index(name);
});

afterEach(() => {
	db.close();
	rmSync(root, { recursive: true, force: true });
});

describe('folderMatchesIndex', () => {
	it('matches the folder the index was built from, dotfiles and folders aside', async () => {
		writeFileSync(join(dir, '.hidden'), 'x');
		mkdirSync(join(dir, 'sub'));
		expect(await folderMatchesIndex(dir, db)).toBe(true);
	});

	it.each([
		{ name: 'a file added', change: () => writeFileSync(join(dir, 'b.txt'), 'x') },
		{ name: 'a file removed', change: () => rmSync(join(dir, 'a.txt')) },
		{
			name: 'a file touched',
			change: () => utimesSync(join(dir, 'a.txt'), new Date(), new Date())
		},
		{ name: 'the folder gone', change: () => rmSync(dir, { recursive: true }) }
	])('sees $name', async ({ change }) => {
		change();
		expect(await folderMatchesIndex(dir, db)).toBe(false);
	});
});
