import { watch, type FSWatcher } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { parseArticle } from '../../seed/parse.server';
import { openIndex } from './db';
import { Indexer, idOf } from './indexer';

/**
 * The indexer's thread: it keeps the index in step with the seeds folder, parsing and writing off
 * the server's thread, so that a thousand articles to read at start (or a slow one) never hold
 * up a request. It looks at the folder when it changes (fs.watch: one watch on the folder, not one
 * per file) and every `pollMs` besides, for file systems whose changes fs.watch does not see. Once
 * nothing has changed for `idleMs` it says so and ends: its parser and heap (some 40 MB) are not
 * kept for a folder that does not change; the server starts it again when it does (library.ts).
 */

/** This module's URL, for the server to start it (library.ts). */
export const INDEX_WORKER_URL = import.meta.url;

const ROLE = 'meeting-map-index';

export interface IndexWorkerData {
	role: typeof ROLE;
	dir: string;
	/** The index file (db.ts). */
	path: string;
	/** The parser's build: parses by another build are not reused. */
	parser: string;
	settleMs: number;
	pollMs: number;
	idleMs: number;
}

export const indexWorkerData = (data: Omit<IndexWorkerData, 'role'>): IndexWorkerData => ({
	role: ROLE,
	...data
});

/** From the server: read this article before the others (a page is waiting for it). */
export type ToIndexer = { type: 'need'; id: string };

export type FromIndexer =
	/**
	 * After the index changed, and at least every 200 ms while reading. `version` counts the
	 * changes; `pending`, the settled files still to read; `scanned`, that the folder has been
	 * listed once, so an id that is neither indexed nor pending is not there.
	 */
	| { type: 'state'; version: number; pending: number; scanned: boolean }
	/** An id asked for that no file of the folder has. */
	| { type: 'missing'; id: string }
	/** Nothing to do for `idleMs`: the worker ends; the index is as the folder is. */
	| { type: 'idle' };

const data = workerData as IndexWorkerData | undefined;
if (parentPort && data?.role === ROLE) void run(data, parentPort);

async function run(data: IndexWorkerData, port: MessagePort): Promise<void> {
	const db = openIndex(data.path, data.parser);
	const indexer = new Indexer(db, data.dir, parseArticle, { settleMs: data.settleMs });
	const post = (message: FromIndexer) => port.postMessage(message);
	let version = 0;
	let scanned = false;
	let queue: string[] = [];
	const needed = new Set<string>();
	let wake: (() => void) | undefined;
	let lastChange = Date.now();
	const wakeUp = () => {
		lastChange = Date.now();
		wake?.();
	};

	/** Needed files first; ids no file has are answered at once, once the folder is listed. */
	const promote = () => {
		if (!scanned) return;
		const first = queue.filter((name) => needed.has(idOf(name)));
		queue = [...first, ...queue.filter((name) => !needed.has(idOf(name)))];
		const queued = new Set(queue.map(idOf));
		for (const id of needed) {
			if (queued.has(id)) continue;
			needed.delete(id);
			post({ type: 'missing', id });
		}
	};
	port.on('message', (message: ToIndexer) => {
		if (message.type !== 'need') return;
		needed.add(message.id);
		promote();
		wakeUp();
	});

	let watcher: FSWatcher | undefined;
	const watchFolder = () => {
		if (watcher) return;
		try {
			watcher = watch(data.dir, { persistent: false }, wakeUp);
			watcher.on('error', () => {
				watcher?.close();
				watcher = undefined;
			});
		} catch {
			watcher = undefined; // no folder yet: the next look tries again
		}
	};

	let first = true;
	for (;;) {
		let settling = 0;
		try {
			watchFolder();
			const scan = indexer.scan();
			if (scan.changed) version++;
			settling = scan.settling;
			queue = scan.ready;
			scanned = true;
			promote();
			let posted = 0;
			while (queue.length > 0) {
				const name = queue.shift()!;
				const result = indexer.index(name);
				if (result === 'changed') version++;
				lastChange = Date.now();
				if (result === 'busy') settling++;
				const urgent = needed.delete(idOf(name));
				if (urgent || Date.now() - posted >= 200) {
					post({ type: 'state', version, pending: queue.length, scanned });
					posted = Date.now();
				}
				// Between two files, the messages that came in: a page may be waiting for one.
				await new Promise((resolve) => setImmediate(resolve));
			}
			indexer.prune();
			if (first) indexer.logErrors();
			first = false;
		} catch (error) {
			console.error('The library could not index its seeds folder:', error);
		}
		post({ type: 'state', version, pending: 0, scanned });
		if (settling === 0 && needed.size === 0 && Date.now() - lastChange >= data.idleMs) break;
		await new Promise<void>((resolve) => {
			const timer = setTimeout(done, settling > 0 ? data.settleMs : data.pollMs);
			function done() {
				clearTimeout(timer);
				wake = undefined;
				// A burst of events (an editor saving, a copy) is one look, a moment later.
				setTimeout(resolve, 50);
			}
			wake = done;
		});
	}
	post({ type: 'idle' });
	watcher?.close();
	db.close();
	port.close();
}
