import { json } from '@sveltejs/kit';
import { getReports } from '$lib/server/reports';
import type { RequestHandler } from './$types';

/** Every parsed report, whole: the same JSON `npm run parse` prints. */
export const GET: RequestHandler = () => {
	const { reports, errors } = getReports();
	return json({ reports, errors });
};
