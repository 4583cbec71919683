import { reportFor } from '$lib/server/reports';
import { langOf } from '$lib/ui/i18n';
import { romanizedNames } from '$lib/ui/romanize.server';
import type { LayoutServerLoad } from './$types';

/**
 * The officials' names in pinyin for English pages (ui/gloss.ts), on every page that shows them
 * (the map, the presenter, the comparison): worked out here so that no page ships the dictionary.
 */
export const load: LayoutServerLoad = async ({ url }) => {
	if (langOf(url.searchParams) !== 'en') return { romanized: {} };
	// The names of the article the page shows: not every article's, which a library has many of.
	const { report } = await reportFor(url);
	return { romanized: romanizedNames(report ? [report] : []) };
};
