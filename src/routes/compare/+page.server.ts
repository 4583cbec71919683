import { pickReport } from '$lib/server/pickReport';
import { library } from '$lib/server/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => pickReport(library(), url);
