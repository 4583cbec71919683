import type { Worker } from 'node:worker_threads';
import type { Report } from '../../seed/types';
import type { ParseDone, ParseJob } from './parseWorker';
import { spawnWorker } from './spawn';

/** Why a parse was not done: too many waiting (503), or it ran past its time (504). */
export class ParseUnavailable extends Error {
	constructor(
		readonly status: 503 | 504,
		message: string
	) {
		super(message);
	}
}

export type ParseOutcome =
	{ report: Report } | { error: { message: string; reason: string; paragraph: number | null } };

interface Queued {
	job: ParseJob;
	resolve: (outcome: ParseOutcome) => void;
	reject: (error: Error) => void;
}

export interface PoolOptions {
	/** How long one parse may run. */
	timeoutMs?: number;
	/** How many may wait behind the one running; more are refused. */
	maxWaiting?: number;
}

/**
 * Parses articles one at a time in a worker thread (parseWorker.ts), each within a time limit:
 * past it the worker is ended (a synchronous parse cannot be interrupted otherwise) and the next
 * parse gets a new one. A queue of a few; past that, requests are refused rather than left to
 * wait for minutes.
 */
export class ParsePool {
	readonly #timeoutMs: number;
	readonly #maxWaiting: number;
	readonly #queue: Queued[] = [];
	#worker: Promise<Worker> | undefined;
	#running: (Queued & { timer: ReturnType<typeof setTimeout> | undefined }) | undefined;
	#jobs = 0;

	constructor({ timeoutMs = 5000, maxWaiting = 4 }: PoolOptions = {}) {
		this.#timeoutMs = timeoutMs;
		this.#maxWaiting = maxWaiting;
	}

	parse(bytes: Uint8Array, id: string, file: string): Promise<ParseOutcome> {
		if (this.#queue.length >= this.#maxWaiting)
			return Promise.reject(new ParseUnavailable(503, 'too many articles are being parsed'));
		return new Promise((resolve, reject) => {
			this.#queue.push({ job: { job: ++this.#jobs, bytes, id, file }, resolve, reject });
			void this.#next();
		});
	}

	/** Ends the worker (for tests). */
	async close(): Promise<void> {
		const worker = this.#worker;
		this.#worker = undefined;
		await (await worker)?.terminate();
	}

	async #next(): Promise<void> {
		if (this.#running || this.#queue.length === 0) return;
		const queued = this.#queue.shift()!;
		this.#running = { ...queued, timer: undefined };
		try {
			const worker = await this.#start();
			// The limit is the parse's: a worker's start (loading the parser) is not counted.
			this.#running.timer = setTimeout(() => void this.#timeOut(), this.#timeoutMs);
			worker.postMessage(queued.job, [queued.job.bytes.buffer as ArrayBuffer]);
		} catch (error) {
			this.#finish(() => queued.reject(error as Error));
		}
	}

	#start(): Promise<Worker> {
		this.#worker ??= import('./parseWorker').then(({ PARSE_WORKER_URL, PARSE_ROLE }) => {
			const worker = spawnWorker(PARSE_WORKER_URL, { role: PARSE_ROLE });
			worker.unref();
			let ready: () => void;
			const loaded = new Promise<Worker>((resolve) => (ready = () => resolve(worker)));
			worker.on('message', (done: ParseDone) => {
				if ('ready' in done) return ready();
				const running = this.#running;
				if (running?.job.job !== done.job) return;
				this.#finish(() =>
					running.resolve('report' in done ? { report: done.report } : { error: done.error })
				);
			});
			worker.on('error', (error) => {
				console.error('The parse worker failed:', error);
				this.#worker = undefined;
				const running = this.#running;
				if (running) this.#finish(() => running.reject(error));
			});
			return loaded;
		});
		return this.#worker;
	}

	async #timeOut(): Promise<void> {
		const running = this.#running;
		if (!running) return;
		const worker = this.#worker;
		this.#worker = undefined;
		this.#finish(() =>
			running.reject(
				new ParseUnavailable(504, `the parse took more than ${this.#timeoutMs / 1000} s`)
			)
		);
		await (await worker)?.terminate();
	}

	#finish(settle: () => void): void {
		clearTimeout(this.#running?.timer);
		this.#running = undefined;
		settle();
		void this.#next();
	}
}
