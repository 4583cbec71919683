import { pickReport } from '$lib/server/pickReport';
import { getReports } from '$lib/server/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => pickReport(getReports().reports, url);
