import { error } from '@sveltejs/kit';
import { attachment, statementsCsv } from '$lib/library/csv';
import { library } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/**
 * The report's statements as CSV, one row a statement (library/csv.ts), to save. A route of its
 * own: `[id].csv` outranks `[id]` in SvelteKit's sorting (a static suffix is more specific).
 */
export const GET: RequestHandler = async ({ params }) => {
	const report = await library().report(params.id);
	if (!report) error(404, `No report with id ${JSON.stringify(params.id)}`);
	return new Response(statementsCsv(report), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': attachment(report, 'csv')
		}
	});
};
