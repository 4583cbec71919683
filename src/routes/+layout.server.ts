import { version } from '$app/environment';
import { reportFor } from '$lib/server/reports';
import { shareMeta } from '$lib/server/shareMeta';
import { langOf } from '$lib/ui/i18n';
import { romanizedNames } from '$lib/ui/romanize.server';
import type { LayoutServerLoad } from './$types';

/**
 * Every page's card for a shared link (its article's title, what it reports, its picture), and
 * the officials' names in pinyin for English pages (ui/gloss.ts), on every page that shows them
 * (the map, the presenter, the comparison): worked out here so that no page ships the dictionary.
 */
export const load: LayoutServerLoad = async ({ url }) => {
	const lang = langOf(url.searchParams);
	// The names of the article the page shows: not every article's, which a library has many of.
	const { report } = await reportFor(url);
	return {
		romanized: lang === 'en' ? romanizedNames(report ? [report] : []) : {},
		share: shareMeta(report, url, lang, version)
	};
};
