import { mapData } from '$lib/server/mapData';
import { articleSource } from '$lib/seed/source';
import type { PageServerLoad } from './$types';

/** The map page's article and map, and who published it, for the credit under the embed. */
export const load: PageServerLoad = async ({ url, isDataRequest }) => {
	const data = await mapData(url, isDataRequest);
	return { ...data, source: data.report ? articleSource(data.report) : null };
};
