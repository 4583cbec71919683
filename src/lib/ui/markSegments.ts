/** A run of text, marked or not. */
export interface Segment {
	text: string;
	mark: boolean;
}

/**
 * `text` cut into runs so that every occurrence of a phrase is its own marked run; the runs join
 * back to `text` exactly. Where phrases overlap the longest one starting first wins. Svelte renders
 * the runs as text and <mark>: no HTML is ever built from the article.
 */
export function markSegments(text: string, phrases: readonly string[]): Segment[] {
	const wanted = [...new Set(phrases)].filter((p) => p !== '').sort((a, b) => b.length - a.length);
	const segments: Segment[] = [];
	let plain = '';
	let i = 0;
	while (i < text.length) {
		const hit = wanted.find((p) => text.startsWith(p, i));
		if (hit) {
			if (plain) segments.push({ text: plain, mark: false });
			segments.push({ text: hit, mark: true });
			plain = '';
			i += hit.length;
		} else {
			plain += text[i];
			i++;
		}
	}
	if (plain) segments.push({ text: plain, mark: false });
	return segments;
}
