import type { PageLoad } from './$types';

/**
 * The presenter's code only where the page presents (?mode=present): the map page loads and
 * hydrates without it, and P or the header's link fetches it then. A universal load may return a
 * component, which the server's data could not carry.
 */
export const load: PageLoad = async ({ data, url }) => ({
	...data,
	Presenter:
		url.searchParams.get('mode') === 'present'
			? (await import('$lib/ui/present/Presenter.svelte')).default
			: null
});
