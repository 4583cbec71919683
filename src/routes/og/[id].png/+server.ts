import { error } from '@sveltejs/kit';
import { version } from '$app/environment';
import { CACHE_CONTROL } from '$lib/server/httpCache';
import { reportFor } from '$lib/server/reports';
import { sharePng, shareVersion } from '$lib/server/shareImage';
import { langOf } from '$lib/ui/i18n';
import type { RequestHandler } from './$types';

/**
 * The picture a shared link of this article shows (Open Graph, 1200 × 630 PNG), in the page's
 * language (`?lang=`: the interface's words; the article's stay as written). Pages link it with
 * `?v=` its version: that URL's picture never changes, so caches keep it for good; without it (or
 * with an old one) it is the current picture, asked about each time.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	// A campaign's id is its articles' ids joined by commas (library/campaign.ts): it is read as
	// the map page reads ?reports=, and a single id is that article.
	const asked = new URL(url.origin);
	asked.searchParams.set('reports', params.id);
	if (url.searchParams.has('lang')) asked.searchParams.set('lang', url.searchParams.get('lang')!);
	const { report, missingReports } = await reportFor(asked);
	if (!report || missingReports.length)
		error(404, `No report with id ${JSON.stringify(params.id)}`);
	const current = shareVersion(report, version);
	const png = await sharePng(report, current, langOf(url.searchParams));
	return new Response(png.slice().buffer, {
		headers: {
			'Content-Type': 'image/png',
			'Cache-Control':
				url.searchParams.get('v') === current ? CACHE_CONTROL.immutable : CACHE_CONTROL.revalidate
		}
	});
};
