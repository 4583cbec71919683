/**
 * Loads a stylesheet once and resolves when it applies. For styles that only a lazily loaded part
 * needs: imported as CSS they would be linked from the page's head and hold up its first paint.
 */
export function stylesheet(href: string, doc: Document = document): Promise<void> {
	const existing = doc.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
	if (existing?.sheet) return Promise.resolve();
	const link = existing ?? doc.createElement('link');
	const loaded = new Promise<void>((resolve, reject) => {
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener('error', () => reject(new Error(`stylesheet ${href} did not load`)), {
			once: true
		});
	});
	if (!existing) {
		link.rel = 'stylesheet';
		link.href = href;
		doc.head.append(link);
	}
	return loaded;
}
