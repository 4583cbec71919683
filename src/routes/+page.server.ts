import { fail, redirect } from '@sveltejs/kit';
import { library } from '$lib/server/reports';
import { mapData } from '$lib/server/mapData';
import { campaignIds } from '$lib/library/campaign';
import type { Parsed, ParseError } from '$lib/ui/own/ownParse';
import type { Actions, PageServerLoad } from './$types';

/** How many other articles the header offers: the page's weight must not grow with the library. */
const RECENT = 5;

export const load: PageServerLoad = async ({ url, isDataRequest }) => {
	// The library's form sends ?reports=a&reports=b: one comma-separated value, as links keep it.
	const chosen = url.searchParams.getAll('reports');
	if (chosen.length > 1) {
		const canonical = new URL(url);
		canonical.searchParams.set('reports', campaignIds(chosen).join(','));
		redirect(303, `${canonical.pathname}${canonical.search.replaceAll('%2C', ',')}`);
	}
	const lib = library();
	const recent = lib.catalog.list({ sort: 'date', order: 'desc', per: RECENT });
	return {
		...(await mapData(url, isDataRequest)),
		/** The latest few articles and how many there are: the header's way to the others. */
		articles: {
			recent: recent.items.map(({ id, title }) => ({ id, title })),
			total: recent.total
		},
		errors: lib.catalog.errors()
	};
};

export const actions: Actions = {
	/**
	 * The reader's own article from the library's form, without script: parsed by POST /api/parse
	 * (the one way an article is parsed for a reader) and shown on this page, kept nowhere. With
	 * script, the form sends it to /api/parse itself and the browser keeps it (ui/own/).
	 */
	own: async ({ request, fetch }) => {
		const form = await request.formData();
		const file = form.get('file');
		const text = form.get('text');
		const chosen = file instanceof File && file.size > 0 ? file : null;
		const body = chosen ?? (typeof text === 'string' && text.trim() ? text : null);
		if (body === null) return fail(400, { ownError: { status: 400, body: null } });
		const name = encodeURIComponent(chosen?.name ?? 'article');
		const response = await fetch(`/api/parse?name=${name}`, { method: 'POST', body });
		const json = (await response.json().catch(() => null)) as Parsed | ParseError | null;
		if (!response.ok || !json || !('report' in json))
			return fail(response.status, {
				ownError: { status: response.status, body: json as ParseError | null }
			});
		return { own: json };
	}
};
