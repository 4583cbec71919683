/** The embed's height: the map, its timeline and a panel's first statements on a desktop page. */
export const EMBED_HEIGHT = 600;

/**
 * The <iframe> that shows the embed at `src` (absolute: it goes into another site's page). As wide
 * as the column it is put in, a fixed height: a frame cannot take its content's height without a
 * script on the host page.
 */
export function embedCode(src: URL, title: string): string {
	const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	return (
		`<iframe src="${attr(src.href)}" title="${attr(title)}" width="100%" ` +
		`height="${EMBED_HEIGHT}" style="border: 0" loading="lazy"></iframe>`
	);
}
