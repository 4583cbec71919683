import type { ReportSummary } from '../../library/summary';
import type { Day } from '../../map/color';
import type { Report } from '../../seed/types';
import type { Lang } from '../i18n';
import { t } from '../i18n';

/** What POST /api/parse answers for an article it could parse. */
export interface Parsed {
	report: Report;
	summary: ReportSummary;
	days: Day[];
}

/** The body of an answer that is not 200: `{ message, reason? }`. */
export interface ParseError {
	message?: string;
	reason?: string;
}

/**
 * What the reader is told when their article was not parsed: nothing sent (400), too large (413), no meeting in it
 * (422, with the parser's reason rather than its whole message), or anything else with what the
 * server said.
 */
export function parseFailure(status: number, body: ParseError | null, lang: Lang): string {
	if (status === 413) return t(lang, 'ownTooLarge');
	if (status === 400) return t(lang, 'ownEmpty');
	const reason = body?.reason || body?.message || `HTTP ${status}`;
	return t(lang, status === 422 ? 'ownNoMeeting' : 'ownFailed', { reason });
}

/**
 * The article's bytes (a file as it is, UTF-8 or GBK: the server decodes; pasted text as UTF-8)
 * sent to be parsed, and nowhere else.
 */
export async function parseOwn(
	body: Blob | string,
	name: string,
	lang: Lang
): Promise<{ parsed: Parsed } | { error: string }> {
	let response: Response;
	try {
		response = await fetch(`/api/parse?name=${encodeURIComponent(name)}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/octet-stream' },
			body
		});
	} catch (error) {
		return { error: t(lang, 'ownFailed', { reason: (error as Error).message }) };
	}
	const json = (await response.json().catch(() => null)) as Parsed | ParseError | null;
	if (response.ok && json && 'report' in json) return { parsed: json };
	return { error: parseFailure(response.status, json as ParseError | null, lang) };
}
