import { watch, type FSWatcher } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { Report } from '../../seed/types';
import { Catalog } from './catalog';
import { openIndex, type Db } from './db';
import { folderMatchesIndex } from './folderCheck';
import type { FromIndexer, ToIndexer } from './indexWorker';
import { spawnWorker } from './spawn';

export interface LibraryOptions {
	/** The seeds folder. */
	dir: string;
	/** The index file (db.ts indexPath). */
	path: string;
	/** The parser's build (the app's version): parses by another are not reused. */
	parser: string;
	/** How long a changed file must be left alone before it is read. */
	settleMs?: number;
	/** How often the folder is listed besides when fs.watch says it changed. */
	pollMs?: number;
	/** How long the indexer stays with nothing to do before it ends (the server then watches). */
	idleMs?: number;
}

/** How long a request waits for an article still to be indexed before it is taken as missing. */
const WAIT_MS = 10_000;

/**
 * The articles of the seeds folder, for the server's thread: it reads the index (catalog.ts)
 * while the indexer's worker (indexWorker.ts) keeps that index in step with the folder. Starting
 * costs opening a file: a thousand articles already indexed are served at once, and new ones as
 * the worker reads them (an article asked for is read first). The worker ends when the folder has
 * been still for a while; this thread then watches it (fs.watch, and a look every `pollMs`) and
 * starts the worker again when it changes. `version` changes whenever the library does, for
 * caches of what was made from it (the rendered pages).
 */
export class Library {
	readonly catalog: Catalog;
	readonly #db: Db;
	readonly #options: Required<LibraryOptions>;
	#worker: Worker | undefined;
	#spawning = false;
	#unsent: ToIndexer[] = [];
	/** While the worker is away: what watches the folder for it. */
	#watching: { watcher: FSWatcher | undefined; timer: ReturnType<typeof setInterval> } | undefined;
	#closed = false;
	#version = 0;
	#seen = -1;
	#pending = 0;
	#scanned = false;
	/** Called on every message from the worker: the waits below. */
	readonly #waiters = new Set<(message: FromIndexer | undefined) => void>();
	readonly #listeners = new Set<() => void>();

	constructor(options: LibraryOptions) {
		this.#options = { settleMs: 500, pollMs: 2000, idleMs: 10_000, ...options };
		this.#db = openIndex(options.path, options.parser);
		this.catalog = new Catalog(this.#db);
		// The worker only if the folder is not as the index has it: a restart with nothing changed
		// costs a look at the folder, not a thread with the parser loaded.
		this.#watch();
	}

	/** Changes whenever an article is added, changed or removed. */
	get version(): number {
		return this.#version;
	}

	/** Whether the folder has been listed and every file in it that is not still being written read. */
	get settled(): boolean {
		return this.#scanned && this.#pending === 0;
	}

	/** Calls `listener` after every change of the library; returns what stops it. */
	onChange(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Resolves once the library is settled, or after `ms` (false then). */
	async whenSettled(ms: number): Promise<boolean> {
		const deadline = Date.now() + ms;
		while (!this.settled) {
			if ((await this.#next(deadline)) === 'timeout') return this.settled;
		}
		return true;
	}

	/** The report with this id, waiting for it if the folder has it but it is not indexed yet. */
	report(id: string): Promise<Report | undefined> {
		return this.#lookUp(id, () => this.catalog.report(id));
	}

	/** The report as JSON, as the parser made it (catalog.ts reportJson). */
	reportJson(id: string): Promise<string | undefined> {
		return this.#lookUp(id, () => this.catalog.reportJson(id));
	}

	/** The first article by file name, once there is one or the folder has none. */
	async firstId(): Promise<string | undefined> {
		const deadline = Date.now() + WAIT_MS;
		for (;;) {
			const id = this.catalog.firstId();
			if (id !== undefined || this.settled) return id;
			if ((await this.#next(deadline)) === 'timeout') return undefined;
		}
	}

	/** Stops the worker and closes the index (for tests; the server's process just ends). */
	async close(): Promise<void> {
		this.#closed = true;
		this.#stopWatching();
		await this.#worker?.terminate();
		this.#db.close();
	}

	/** Whether the indexer's worker is running (it ends when the folder is still). */
	get indexing(): boolean {
		return this.#spawning || this.#worker !== undefined;
	}

	async #lookUp<T>(id: string, read: () => T | undefined): Promise<T | undefined> {
		let found = read();
		if (found !== undefined || this.settled) return found;
		this.#send({ type: 'need', id });
		const deadline = Date.now() + WAIT_MS;
		for (;;) {
			const why = await this.#next(deadline, id);
			found = read();
			if (found !== undefined || why !== 'state' || this.settled) return found;
		}
	}

	/** The next message from the worker (for `id`, when given), or the deadline. */
	#next(deadline: number, id?: string): Promise<'state' | 'missing' | 'idle' | 'timeout'> {
		return new Promise((resolve) => {
			const waiter = (message: FromIndexer | undefined) => {
				if (message?.type === 'missing' && message.id !== id) return;
				clearTimeout(timer);
				this.#waiters.delete(waiter);
				resolve(message === undefined ? 'timeout' : message.type);
			};
			const timer = setTimeout(() => waiter(undefined), Math.max(0, deadline - Date.now()));
			this.#waiters.add(waiter);
		});
	}

	/** To the worker; kept for it while it is starting. */
	#send(message: ToIndexer): void {
		if (this.#worker) this.#worker.postMessage(message);
		else this.#unsent.push(message);
	}

	async #start(): Promise<void> {
		if (this.#closed || this.#worker || this.#spawning) return;
		this.#stopWatching();
		this.#spawning = true;
		// Imported here, not above: built, the worker's module is a chunk of its own, and a worker
		// loads nothing but it and what it imports.
		const { INDEX_WORKER_URL, indexWorkerData } = await import('./indexWorker');
		this.#spawning = false;
		if (this.#closed) return;
		const { dir, path, parser, settleMs, pollMs, idleMs } = this.#options;
		const started = Date.now();
		this.#seen = -1; // a new worker counts its versions from 0 again
		const worker = spawnWorker(
			INDEX_WORKER_URL,
			indexWorkerData({ dir, path, parser, settleMs, pollMs, idleMs })
		);
		this.#worker = worker;
		for (const message of this.#unsent.splice(0)) worker.postMessage(message);
		worker.unref();
		let idle = false;
		worker.on('message', (message: FromIndexer) => {
			if (message.type === 'idle') idle = true;
			else this.#receive(message);
		});
		worker.on('error', (error) => console.error('The library indexer failed:', error));
		worker.on('exit', () => {
			this.#worker = undefined;
			if (this.#closed) return;
			if (idle) return this.#watch();
			// Started again, not too often: a worker that dies at once would die again at once.
			this.#scanned = false;
			this.#seen = -1;
			const wait = Math.max(1000, 10_000 - (Date.now() - started));
			setTimeout(() => void this.#start(), wait).unref();
		});
	}

	/** Watches the folder while the worker is away, and starts it when the folder changes. */
	#watch(): void {
		const { dir, pollMs } = this.#options;
		let checking = false;
		const check = async () => {
			if (checking || !this.#watching) return;
			checking = true;
			try {
				if (!(await folderMatchesIndex(dir, this.#db))) void this.#start();
				else if (!this.#scanned) this.#settle();
			} finally {
				checking = false;
			}
		};
		let watcher: FSWatcher | undefined;
		try {
			watcher = watch(dir, { persistent: false }, () => void this.#start());
			watcher.on('error', () => watcher?.close());
		} catch {
			watcher = undefined; // no folder: the looks below see it come
		}
		const timer = setInterval(() => void check(), pollMs);
		timer.unref();
		this.#watching = { watcher, timer };
		// A change between the worker's last look and this watch is seen at once.
		void check();
	}

	/** The folder is as the index has it: settled without the worker. */
	#settle(): void {
		this.#scanned = true;
		this.#pending = 0;
		const state: FromIndexer = { type: 'state', version: this.#seen, pending: 0, scanned: true };
		for (const waiter of [...this.#waiters]) waiter(state);
	}

	#stopWatching(): void {
		this.#watching?.watcher?.close();
		if (this.#watching) clearInterval(this.#watching.timer);
		this.#watching = undefined;
	}

	#receive(message: FromIndexer): void {
		if (message.type === 'state') {
			this.#pending = message.pending;
			this.#scanned = message.scanned;
			if (message.version !== this.#seen) {
				this.#seen = message.version;
				this.#version++;
				for (const listener of this.#listeners) listener();
			}
		}
		for (const waiter of [...this.#waiters]) waiter(message);
	}
}
