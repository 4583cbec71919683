/**
 * An article's headline as a title and a subtitle: Chinese headlines put the subtitle after a
 * dash (——山西、内蒙古…部署…). On a title slide the two read better on their own lines.
 */
export function splitHeadline(title: string): { main: string; sub: string } {
	const at = title.search(/\s*——/);
	if (at <= 0) return { main: title.trim(), sub: '' };
	return { main: title.slice(0, at).trim(), sub: title.slice(at).trim() };
}
