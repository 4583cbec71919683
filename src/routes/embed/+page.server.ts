import { mapData } from '$lib/server/mapData';
import type { PageServerLoad } from './$types';

/** The map page's article and map, without the site around them. */
export const load: PageServerLoad = async ({ url, isDataRequest }) => mapData(url, isDataRequest);
