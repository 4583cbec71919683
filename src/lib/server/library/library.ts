import type { Worker } from 'node:worker_threads';
import type { Report } from '../../seed/types';
import { Catalog } from './catalog';
import { openIndex, type Db } from './db';
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
}

/** How long a request waits for an article still to be indexed before it is taken as missing. */
const WAIT_MS = 10_000;

/**
 * The articles of the seeds folder, for the server's thread: it reads the index (catalog.ts)
 * while the indexer's worker (indexWorker.ts) keeps that index in step with the folder. Starting
 * costs opening a file: a thousand articles already indexed are served at once, and new ones as
 * the worker reads them (an article asked for is read first). `version` changes whenever the
 * library does, for caches of what was made from it (the rendered pages).
 */
export class Library {
	readonly catalog: Catalog;
	readonly #db: Db;
	readonly #options: Required<LibraryOptions>;
	#worker: Worker | undefined;
	#closed = false;
	#version = 0;
	#seen = -1;
	#pending = 0;
	#scanned = false;
	/** Called on every message from the worker: the waits below. */
	readonly #waiters = new Set<(message: FromIndexer | undefined) => void>();
	readonly #listeners = new Set<() => void>();

	constructor(options: LibraryOptions) {
		this.#options = { settleMs: 500, pollMs: 2000, ...options };
		this.#db = openIndex(options.path, options.parser);
		this.catalog = new Catalog(this.#db);
		void this.#start();
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
		await this.#worker?.terminate();
		this.#db.close();
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
	#next(deadline: number, id?: string): Promise<'state' | 'missing' | 'timeout'> {
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

	#send(message: ToIndexer): void {
		this.#worker?.postMessage(message);
	}

	async #start(): Promise<void> {
		// Imported here, not above: built, the worker's module is a chunk of its own, and a worker
		// loads nothing but it and what it imports.
		const { INDEX_WORKER_URL, indexWorkerData } = await import('./indexWorker');
		if (this.#closed) return;
		const { dir, path, parser, settleMs, pollMs } = this.#options;
		const started = Date.now();
		const worker = spawnWorker(
			INDEX_WORKER_URL,
			indexWorkerData({ dir, path, parser, settleMs, pollMs })
		);
		this.#worker = worker;
		worker.unref();
		worker.on('message', (message: FromIndexer) => this.#receive(message));
		worker.on('error', (error) => console.error('The library indexer failed:', error));
		worker.on('exit', () => {
			if (this.#closed) return;
			// Started again, not too often: a worker that dies at once would die again at once.
			this.#scanned = false;
			this.#seen = -1;
			const wait = Math.max(1000, 10_000 - (Date.now() - started));
			setTimeout(() => void this.#start(), wait).unref();
		});
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
