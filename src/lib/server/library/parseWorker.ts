import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { ParseError } from '../../seed/errors';
import { parseArticle } from '../../seed/parse.server';
import type { Report } from '../../seed/types';

/**
 * The thread POST /api/parse parses in (parsePool.ts): an article sent by a reader is whatever
 * they had, and a parse that runs long must not hold up the server. The pool ends this thread
 * when a parse runs past its time, which no check inside a synchronous parse could do.
 */

/** This module's URL, for the pool to start it. */
export const PARSE_WORKER_URL = import.meta.url;

export const PARSE_ROLE = 'meeting-map-parse';

export interface ParseJob {
	job: number;
	bytes: Uint8Array;
	id: string;
	file: string;
}

export type ParseDone =
	/** Sent once, when the thread has loaded the parser: the time limit counts from there. */
	| { ready: true }
	| { job: number; report: Report }
	| { job: number; error: { message: string; reason: string; paragraph: number | null } };

if (parentPort && (workerData as { role?: string } | undefined)?.role === PARSE_ROLE)
	serve(parentPort);

function serve(port: MessagePort): void {
	port.on('message', ({ job, bytes, id, file }: ParseJob) => {
		let done: ParseDone;
		try {
			done = { job, report: parseArticle(bytes, { id, file }) };
		} catch (error) {
			const e = error instanceof ParseError ? error : new ParseError(file, null, String(error));
			done = { job, error: { message: e.message, reason: e.reason, paragraph: e.paragraph } };
		}
		port.postMessage(done);
	});
	port.postMessage({ ready: true } satisfies ParseDone);
}
