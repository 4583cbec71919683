import { error, json } from '@sveltejs/kit';
import { getReport } from '$lib/server/reports';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const report = getReport(params.id);
	if (!report) error(404, `No report with id ${JSON.stringify(params.id)}`);
	return json(report);
};
