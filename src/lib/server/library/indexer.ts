import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { sortDate, summarize } from '../../library/summary';
import { ParseError } from '../../seed/errors';
import { MAX_ARTICLE_BYTES, tooLarge, type ParseOptions } from '../../seed/parse.server';
import type { Report } from '../../seed/types';
import type { Db } from './db';
import { sentenceRows } from './sentences';

export type Parse = (bytes: Uint8Array, opts: ParseOptions) => Report;

export interface IndexerOptions {
	/** How long a file must have been left alone before it is read: a writer may not be done. */
	settleMs?: number;
	now?: () => number;
	log?: (line: string) => void;
}

export interface Scan {
	/** New and changed files, settled, to read now (in file-name order). */
	ready: string[];
	/** Changed files still being written: to look at again once they have settled. */
	settling: number;
	/** Whether the scan itself changed the library (files gone, the folder gone or back). */
	changed: boolean;
}

/** What reading one file did: changed the library, found it as it was, or caught it mid-write. */
export type Indexed = 'changed' | 'same' | 'busy';

/** A seed's id: its file name without the extension (000_x.txt → 000_x). */
export const idOf = (file: string): string => file.slice(0, file.length - extname(file).length);

interface Known {
	file: string;
	id: string;
	size: number;
	mtime: number;
	hash: string;
}

/**
 * Keeps the index (db.ts) in step with the seeds folder: which files it holds, each one's report
 * (parsed once per content: a file whose bytes hash to a known parse is not parsed again) and
 * summary, and the sentences search reads. Synchronous: it runs in a worker of its own
 * (indexWorker.ts), where blocking holds up nothing but the indexing.
 */
export class Indexer {
	readonly #db: Db;
	readonly #dir: string;
	readonly #parse: Parse;
	readonly #settleMs: number;
	readonly #now: () => number;
	readonly #log: (line: string) => void;
	/** Each changed file's size when last looked at: a file still growing is not settled. */
	readonly #sizes = new Map<string, number>();
	/** Errors already logged by this process, so that each is logged once. */
	readonly #logged = new Set<string>();

	constructor(db: Db, dir: string, parse: Parse, options: IndexerOptions = {}) {
		this.#db = db;
		this.#dir = dir;
		this.#parse = parse;
		this.#settleMs = options.settleMs ?? 500;
		this.#now = options.now ?? Date.now;
		this.#log = options.log ?? ((line) => console.error(line));
	}

	/** Lists the folder: drops what is gone, and says which files to read. */
	scan(): Scan {
		let names: string[];
		try {
			names = readdirSync(this.#dir, { withFileTypes: true })
				.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
				.map((entry) => entry.name)
				.sort();
		} catch (error) {
			// The code, not the message: that has the folder's whole path.
			const code = (error as NodeJS.ErrnoException).code ?? String(error);
			const changed = this.#setFolderError(`cannot list the seeds folder (${code})`);
			return { ready: [], settling: 0, changed: this.#removeAll() || changed };
		}
		let changed = this.#setFolderError(null);

		const known = new Map(this.#known().map((row) => [row.file, row]));
		const listed = new Set(names);
		for (const row of known.values()) {
			if (!listed.has(row.file)) changed = this.#remove(row) || changed;
		}

		const ready: string[] = [];
		let settling = 0;
		for (const name of names) {
			let stat: Stats;
			try {
				stat = statSync(join(this.#dir, name));
			} catch {
				continue; // gone since the listing: the next scan drops it
			}
			const row = known.get(name);
			if (row && row.size === stat.size && row.mtime === stat.mtimeMs) {
				this.#sizes.delete(name);
				continue;
			}
			const lastSize = this.#sizes.get(name);
			this.#sizes.set(name, stat.size);
			const quiet = this.#now() - stat.mtimeMs >= this.#settleMs;
			if (quiet && (lastSize === undefined || lastSize === stat.size)) ready.push(name);
			else settling++;
		}
		return { ready, settling, changed };
	}

	/** Reads one file and brings the index up to date with it. */
	index(name: string): Indexed {
		const path = join(this.#dir, name);
		let before: Stats;
		let bytes: Buffer | undefined;
		let after: Stats;
		try {
			before = statSync(path);
			if (before.size <= MAX_ARTICLE_BYTES) bytes = readFileSync(path);
			after = statSync(path);
		} catch {
			return 'busy'; // gone or unreadable for now: the next scan says which
		}
		const moved = before.size !== after.size || before.mtimeMs !== after.mtimeMs;
		if (moved || (bytes !== undefined && bytes.length !== after.size)) return 'busy';
		this.#sizes.delete(name);

		// A file too large to be an article is not read: its size stands for its content.
		const hash = bytes ? createHash('sha256').update(bytes).digest('hex') : `size:${after.size}`;
		const id = idOf(name);
		const row = this.#db
			.prepare<[string], Known>('SELECT file, id, size, mtime, hash FROM articles WHERE file = ?')
			.get(name);
		if (row?.hash === hash) {
			this.#db
				.prepare('UPDATE articles SET size = ?, mtime = ? WHERE file = ?')
				.run(after.size, after.mtimeMs, name);
			return 'same';
		}
		if (!this.#isParsed(hash)) this.#store(hash, this.#parsed(bytes, after.size, id, name));
		this.#db.transaction(() => {
			this.#db
				.prepare(
					`INSERT INTO articles (file, id, size, mtime, hash) VALUES (?, ?, ?, ?, ?)
					ON CONFLICT (file) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, hash = excluded.hash`
				)
				.run(name, id, after.size, after.mtimeMs, hash);
			this.#settleId(id);
		})();
		return 'changed';
	}

	/** Logs every seed the library leaves out that this process has not logged yet. */
	logErrors(): void {
		const rows = this.#db
			.prepare<[], { file: string; error: string }>(
				'SELECT file, error FROM articles WHERE error IS NOT NULL ORDER BY file'
			)
			.all();
		for (const { file, error } of rows) this.#logError(file, error);
	}

	#parsed(bytes: Buffer | undefined, size: number, id: string, file: string) {
		if (!bytes) return { report: null, reason: tooLarge(size), paragraph: null };
		try {
			return { report: this.#parse(bytes, { id, file }), reason: null, paragraph: null };
		} catch (error) {
			if (error instanceof ParseError)
				return { report: null, reason: error.reason, paragraph: error.paragraph };
			return { report: null, reason: String(error), paragraph: null };
		}
	}

	#isParsed(hash: string): boolean {
		return this.#db.prepare('SELECT 1 FROM parsed WHERE hash = ?').get(hash) !== undefined;
	}

	#store(
		hash: string,
		{
			report,
			reason,
			paragraph
		}: { report: Report | null; reason: string | null; paragraph: number | null }
	): void {
		// The id is the file's, not the content's: the same bytes under two names are two articles.
		const json = report ? JSON.stringify({ ...report, id: '' }) : null;
		this.#db
			.prepare(
				'INSERT OR REPLACE INTO parsed (hash, report, reason, paragraph) VALUES (?, ?, ?, ?)'
			)
			.run(hash, json, reason, paragraph);
	}

	/**
	 * Who holds `id` now: of the files with that id, the first by name that parsed (as the server
	 * always did: a.html before a.txt). The others say why they are left out. The holder's
	 * summary and sentences are written again.
	 */
	#settleId(id: string): void {
		const rows = this.#db
			.prepare<
				[string],
				{
					file: string;
					report: string | null;
					reason: string | null;
					paragraph: number | null;
					error: string | null;
				}
			>(
				`SELECT a.file, p.report, p.reason, p.paragraph, a.error FROM articles a
				LEFT JOIN parsed p ON p.hash = a.hash WHERE a.id = ? ORDER BY a.file`
			)
			.all(id);
		const holder = rows.find((row) => row.report !== null);
		const update = this.#db.prepare(
			`UPDATE articles SET error = ?, title = ?, outlet = ?, published = ?, first = ?, last = ?,
			days = ?, regions = ?, meetings = ?, statements = ?, undated = ?, unattributed = ?,
			sort_date = ? WHERE file = ?`
		);
		for (const row of rows) {
			if (row === holder) continue;
			const error =
				row.report === null
					? new ParseError(row.file, row.paragraph, row.reason ?? 'not parsed').message
					: `another seed already has the id ${id}`;
			update.run(error, ...Array<null>(12).fill(null), row.file);
			if (error !== row.error) this.#logError(row.file, error);
		}

		this.#db.prepare('DELETE FROM sentences WHERE article = ?').run(id);
		if (!holder) return;
		const report = { ...(JSON.parse(holder.report!) as Report), id };
		const s = summarize(report);
		update.run(
			null,
			s.title,
			s.outlet,
			s.published,
			s.dates.first,
			s.dates.last,
			s.dates.days,
			s.counts.regions,
			s.counts.meetings,
			s.counts.statements,
			s.counts.undated,
			s.counts.unattributed,
			sortDate(s),
			holder.file
		);
		const insert = this.#db.prepare(
			`INSERT INTO sentences (article, meeting, statement, region, date, speaker_title, speaker_name, text)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		for (const r of sentenceRows(report)) {
			insert.run(
				id,
				r.meeting,
				r.statement,
				r.region,
				r.date,
				r.speakerTitle,
				r.speakerName,
				r.text
			);
		}
	}

	#logError(file: string, error: string): void {
		const key = `${file}\n${error}`;
		if (this.#logged.has(key)) return;
		this.#logged.add(key);
		this.#log(`seed ${join(this.#dir, file)} skipped: ${error}`);
	}

	#known(): Known[] {
		return this.#db
			.prepare<[], Known>('SELECT file, id, size, mtime, hash FROM articles ORDER BY file')
			.all();
	}

	#remove(row: Known): boolean {
		this.#sizes.delete(row.file);
		this.#db.transaction(() => {
			this.#db.prepare('DELETE FROM articles WHERE file = ?').run(row.file);
			this.#settleId(row.id);
		})();
		return true;
	}

	#removeAll(): boolean {
		const rows = this.#known();
		for (const row of rows) this.#remove(row);
		return rows.length > 0;
	}

	/**
	 * Drops the parses no file holds any more: a cache of the folder as it is, not of its history.
	 * Called once the folder's changes are in, so that a file renamed keeps its parse.
	 */
	prune(): void {
		this.#db.exec('DELETE FROM parsed WHERE hash NOT IN (SELECT hash FROM articles)');
	}

	/** Records why the folder cannot be read (null: it can); whether that changed. */
	#setFolderError(message: string | null): boolean {
		const stored = this.#db
			.prepare<[], string>("SELECT value FROM meta WHERE key = 'folder_error'")
			.pluck()
			.get();
		if ((stored ?? null) === message) return false;
		if (message === null) this.#db.prepare("DELETE FROM meta WHERE key = 'folder_error'").run();
		else {
			this.#db
				.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('folder_error', ?)")
				.run(message);
			this.#logError(basename(this.#dir), message);
		}
		return true;
	}
}
