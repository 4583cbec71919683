import { regionByCode } from '../geo/regions';
import type { Report } from '../seed/types';

/** The columns of a report's CSV, in order: one row per statement. */
export const CSV_COLUMNS = [
	'article',
	'title',
	'region_code',
	'region',
	'date',
	'meeting',
	'speaker_title',
	'speaker_name',
	'verb',
	'text',
	'paragraph',
	// Added with Report.citation: the article's, on every row, so a row cited alone says where from.
	'outlet',
	'published',
	'url'
] as const;

/**
 * A report's statements as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a quote, a
 * comma or a line end, its quotes doubled), with a UTF-8 BOM so that spreadsheet programs read the
 * Chinese. A statement the meeting itself made (会议指出) has no speaker: both speaker cells are
 * empty.
 */
export function statementsCsv(report: Report): string {
	const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
	for (const meeting of report.meetings) {
		const region = regionByCode(meeting.region.code);
		for (const s of meeting.statements) {
			rows.push([
				report.id,
				report.title,
				meeting.region.code,
				region?.name ?? meeting.region.name,
				meeting.date,
				meeting.meeting,
				s.speaker?.title ?? null,
				s.speaker?.name ?? null,
				s.verb,
				s.text,
				s.paragraph,
				report.citation.outlet,
				report.citation.published,
				report.citation.url
			]);
		}
	}
	return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * One field. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe, as OWASP advises for CSV exports: an article is text from the web, and the JSON
 * keeps it exact.
 */
export function csvField(value: string | number | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The Content-Disposition of a download named after the article: its title in `filename*`
 * (RFC 6266, UTF-8), and its id, in ASCII, for clients that read only `filename`.
 */
export function attachment(report: Pick<Report, 'id' | 'title'>, extension: string): string {
	const safe = (name: string) =>
		[...name.replace(/[\p{Cc}\\/:*?"<>|]+/gu, '_').trim()].slice(0, 80).join('') || 'report';
	const ascii = safe(report.id)
		.replace(/[^\x20-\x7e]/g, '_')
		.replaceAll('%', '_');
	const utf8 = encodeURIComponent(`${safe(report.title || report.id)}.${extension}`).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${utf8}`;
}
