import { goto } from '$app/navigation';
import { hrefWith, type ParamChanges } from './params';

/**
 * Sets or clears URL parameters, keeping the rest, as a new history entry (or in this one, with
 * `replaceState`): the map page's one way of changing its URL once the app has started.
 */
export function setParams(changes: ParamChanges, replaceState = false): Promise<void> {
	// From location, not page.url: maplibre keeps its view in the hash without telling the router.
	const { searchParams, hash } = new URL(location.href);
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- this page, another query
	return goto(hrefWith(searchParams, changes) + hash, {
		noScroll: true,
		keepFocus: true,
		replaceState
	});
}
