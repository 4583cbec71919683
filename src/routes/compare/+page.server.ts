import { reportFor } from '$lib/server/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => reportFor(url);
