import { page } from '$app/state';
import { OwnReport } from './ownReport.svelte';

/**
 * The reader's own article the page's `?own=` names, followed as the URL changes: for the pages
 * that show a report (the map, the article, the comparison). Call it in a component's script.
 */
export function ownFromUrl(): OwnReport {
	const own = new OwnReport();
	$effect(() => void own.show(page.url.searchParams.get('own')));
	return own;
}
