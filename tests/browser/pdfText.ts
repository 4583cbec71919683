import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdf.js 6 asks for Promise.withResolvers, which Node 20 does not have yet.
const withResolvers = <T>() => {
	let resolve!: (value: T) => void;
	let reject!: (reason?: unknown) => void;
	const promise = new Promise<T>((a, b) => {
		resolve = a;
		reject = b;
	});
	return { promise, resolve, reject };
};
(Promise as unknown as { withResolvers?: unknown }).withResolvers ??= withResolvers;

/** Each page of a PDF: its size in points and its text, as pdf.js reads it. */
export async function pdfPages(data: Uint8Array): Promise<{ size: number[]; text: string }[]> {
	const doc = await getDocument({ data, useSystemFonts: false }).promise;
	const pages = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const page = await doc.getPage(i);
		const content = await page.getTextContent();
		const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
		pages.push({ size: page.view.slice(2).map((v) => Math.round(v)), text });
	}
	await doc.cleanup();
	return pages;
}

/**
 * Whether `text`, read out of a PDF, holds `words`. A CJK font may map a character's glyph back to
 * a radical of the same shape (民 as ⺠, 山 as ⼭): any character of those blocks stands for any.
 */
export function pdfHolds(text: string, words: string): boolean {
	const radical = '[\\u2e80-\\u2fdf]';
	const pattern = [...words.replace(/\s+/g, '')]
		.map((ch) => `(?:${ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|${radical})`)
		.join('');
	return new RegExp(pattern, 'u').test(text.replace(/\s+/g, ''));
}
