import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Db = Database.Database;

/** Bump when the tables change: an index of another shape is dropped and built again. */
const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Every parse by the hash of the bytes parsed: the cache that lets a restart skip the parser.
-- The report's id is left '' (the file names it); a failure keeps its reason and paragraph.
CREATE TABLE parsed (
	hash TEXT PRIMARY KEY,
	report TEXT,
	reason TEXT,
	paragraph INTEGER
);

-- Every file of the seeds folder as last read, with the summary of its report, or why the
-- library leaves it out (error).
CREATE TABLE articles (
	file TEXT PRIMARY KEY,
	id TEXT NOT NULL,
	size INTEGER NOT NULL,
	mtime REAL NOT NULL,
	hash TEXT NOT NULL,
	error TEXT,
	title TEXT,
	outlet TEXT,
	published TEXT,
	first TEXT,
	last TEXT,
	days INTEGER,
	regions INTEGER,
	meetings INTEGER,
	statements INTEGER,
	undated INTEGER,
	unattributed INTEGER,
	sort_date TEXT
);
CREATE INDEX articles_id ON articles(id);
CREATE INDEX articles_sort ON articles(sort_date);

-- Every sentence of every statement, for search: FTS5's trigram tokenizer finds any substring of
-- three characters or more, which is what a search of Chinese text needs (it has no spaces).
-- Case-sensitive, as the map's own search is.
CREATE TABLE sentences (
	rowid INTEGER PRIMARY KEY,
	article TEXT NOT NULL,
	meeting INTEGER NOT NULL,
	statement INTEGER NOT NULL,
	region TEXT NOT NULL,
	date TEXT,
	speaker_title TEXT,
	speaker_name TEXT,
	text TEXT NOT NULL
);
CREATE INDEX sentences_article ON sentences(article);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
	text, content='sentences', content_rowid='rowid', tokenize='trigram case_sensitive 1'
);
CREATE TRIGGER sentences_added AFTER INSERT ON sentences BEGIN
	INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER sentences_removed AFTER DELETE ON sentences BEGIN
	INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
`;

/**
 * Where the index of the seeds folder `seedsDir` is kept: `$MEETING_MAP_CACHE`, else `.cache/`
 * in the folder the server runs from; one file per seeds folder, so servers of different folders
 * (the tests, the benchmark) never share one.
 */
export function indexPath(seedsDir: string, cacheDir = process.env.MEETING_MAP_CACHE): string {
	const dir = resolve(cacheDir || '.cache');
	const key = createHash('sha256').update(resolve(seedsDir)).digest('hex').slice(0, 16);
	return join(dir, `library-${key}.sqlite`);
}

/**
 * Opens (creating it when needed) the index at `path`. It is a cache: one of another schema, or
 * one that is not a database at all, is thrown away and built again; one written by another
 * build of the parser (`parser`, the app's version) keeps nothing of its parses.
 */
export function openIndex(path: string, parser: string): Db {
	mkdirSync(join(path, '..'), { recursive: true });
	try {
		return prepare(new Database(path, { timeout: 5000 }), parser);
	} catch (error) {
		console.error(`The library's index ${path} could not be used, so it is built again:`, error);
		for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
		return prepare(new Database(path, { timeout: 5000 }), parser);
	}
}

function prepare(db: Db, parser: string): Db {
	try {
		// WAL: the server's readers never wait for the indexer's writes, nor it for them.
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = NORMAL');
		db.transaction(() => {
			if (db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION) {
				for (const { type, name } of db
					.prepare<[], { type: string; name: string }>(
						"SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sentences_fts_%'"
					)
					.all())
					db.exec(`DROP ${type.toUpperCase()} IF EXISTS "${name}"`);
				db.exec(SCHEMA);
				db.pragma(`user_version = ${SCHEMA_VERSION}`);
			}
			const stored = db
				.prepare<[], string>("SELECT value FROM meta WHERE key = 'parser'")
				.pluck()
				.get();
			if (stored !== parser) {
				db.exec('DELETE FROM sentences; DELETE FROM articles; DELETE FROM parsed;');
				db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('parser', ?)").run(parser);
			}
		}).immediate();
		return db;
	} catch (error) {
		db.close();
		throw error;
	}
}
