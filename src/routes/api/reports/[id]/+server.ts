import { error } from '@sveltejs/kit';
import { attachment } from '$lib/library/csv';
import { library } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/** The whole report, as `npm run parse` prints it; `?download` saves it as a file. */
export const GET: RequestHandler = async ({ params, url }) => {
	const lib = library();
	const json = await lib.reportJson(params.id);
	if (json === undefined) error(404, `No report with id ${JSON.stringify(params.id)}`);
	const headers: Record<string, string> = { 'Content-Type': 'application/json' };
	if (url.searchParams.has('download')) {
		const title = lib.catalog.summaries([params.id])[0]?.title ?? params.id;
		headers['Content-Disposition'] = attachment({ id: params.id, title }, 'json');
	}
	return new Response(json, { headers });
};
