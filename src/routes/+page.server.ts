import { library } from '$lib/server/reports';
import { mapData } from '$lib/server/mapData';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, isDataRequest }) => ({
	...(await mapData(url, isDataRequest)),
	reports: library().catalog.titles(),
	errors: library().catalog.errors()
});
