import { json } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { summarize } from '$lib/library/summary';
import { meetingDays } from '$lib/map/color';
import { ParsePool, ParseUnavailable } from '$lib/server/library/parsePool';
import { readBody, TooLarge } from '$lib/server/readBody';
import type { RequestHandler } from './$types';

/** A reader's article is a page of news: 1 MB is far more than the longest roundup. */
const MAX_BYTES = 1024 * 1024;

const pool = new ParsePool({ timeoutMs: 5000 });

/**
 * Parses the article in the body (its bytes: UTF-8 or GBK, text or HTML) and answers what the map
 * shows of it: the report, its summary and its days' colors. Nothing is stored. Its id is
 * `own-` and the start of its bytes' hash, the same for the same article; `?name=` names the file
 * in the reasons given. 413 over 1 MB, 422 with the reason when it holds no meeting or is not
 * text, 503 when too many wait to be parsed, 504 when the parse runs past 5 s.
 */
export const POST: RequestHandler = async ({ request, url }) => {
	let bytes: Uint8Array;
	try {
		bytes = await readBody(request, MAX_BYTES);
	} catch (error) {
		if (error instanceof TooLarge) return json({ message: error.message }, { status: 413 });
		throw error;
	}
	const id = `own-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
	const name = (url.searchParams.get('name') ?? '').replace(/^.*[/\\]/, '').slice(0, 100);
	try {
		const outcome = await pool.parse(bytes, id, name || 'article');
		if ('error' in outcome) return json(outcome.error, { status: 422 });
		const { report } = outcome;
		return json(
			{ report, summary: summarize(report), days: meetingDays(report.meetings) },
			{ headers: { 'Cache-Control': 'no-store' } }
		);
	} catch (error) {
		if (error instanceof ParseUnavailable)
			return json({ message: error.message }, { status: error.status });
		throw error;
	}
};
