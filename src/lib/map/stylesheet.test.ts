import { describe, expect, it } from 'vitest';
import { stylesheet } from './stylesheet';

/** Just enough of a document for stylesheet(): links that load or fail when told to. */
function fakeDocument() {
	type Link = {
		rel: string;
		href: string;
		sheet: object | null;
		listeners: Record<string, (() => void)[]>;
		addEventListener(type: string, listener: () => void): void;
		fire(type: 'load' | 'error'): void;
	};
	const links: Link[] = [];
	const doc = {
		querySelector: (selector: string) =>
			links.find((l) => selector === `link[rel="stylesheet"][href="${l.href}"]`) ?? null,
		createElement: (): Link => ({
			rel: '',
			href: '',
			sheet: null,
			listeners: {},
			addEventListener(type, listener) {
				(this.listeners[type] ??= []).push(listener);
			},
			fire(type) {
				if (type === 'load') this.sheet = {};
				this.listeners[type]?.forEach((listener) => listener());
			}
		}),
		head: { append: (link: Link) => links.push(link) }
	};
	return { doc: doc as unknown as Document, links };
}

describe('stylesheet', () => {
	it('links the sheet once and resolves when it has loaded', async () => {
		const { doc, links } = fakeDocument();
		const first = stylesheet('/a.css', doc);
		const second = stylesheet('/a.css', doc);
		expect(links.map((l) => [l.rel, l.href])).toStrictEqual([['stylesheet', '/a.css']]);
		links[0]!.fire('load');
		await expect(Promise.all([first, second])).resolves.toStrictEqual([undefined, undefined]);
		await expect(stylesheet('/a.css', doc)).resolves.toBeUndefined();
		expect(links).toHaveLength(1);
	});

	it('rejects when the sheet cannot load, so the WebGL map gives way to the SVG map', async () => {
		const { doc, links } = fakeDocument();
		const loading = stylesheet('/missing.css', doc);
		links[0]!.fire('error');
		await expect(loading).rejects.toThrow('stylesheet /missing.css did not load');
	});
});
