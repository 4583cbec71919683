import type { MapMarkup } from '../../map/serializeMap';
import { wrap, type Font } from './textLayout';

/** What a vector export of the map holds besides the map. */
export interface MapDocument {
	title: string;
	/** The province chosen and its day, when one is. */
	subtitle: string | null;
	/** The legend's entries: a day's color and what it says ('9月10日 · 5 个'). */
	legend: { color: string; text: string }[];
	/** Who published the article and when; whose map data it is. */
	credit: string[];
	map: MapMarkup;
	/** The page's type, so the file reads as the page did where the same fonts are installed. */
	fontFamily: string;
}

const WIDTH = 1200;
const PAD = 32;

/**
 * Type is not measured in a file no browser lays out: a Chinese character is about an em wide,
 * Latin letters and digits about half of one, which sets lines no longer than the page.
 */
const estimate = (text: string, font: Font) =>
	[...text].reduce((w, ch) => w + (ch.codePointAt(0)! <= 0x24f ? 0.58 : 1), 0) * font.size;

const escape = (text: string) =>
	text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/**
 * The map as an SVG file: the title (and the province chosen) above it, the legend and the credit
 * under it, on white, 1200 units wide. The map keeps its own viewBox in a nested <svg>.
 */
export function mapDocument(d: MapDocument): string {
	const inner = WIDTH - 2 * PAD;
	const parts: string[] = [];
	let y = PAD;
	const line = (text: string, font: Font, fill = '#1d1d1b') => {
		y += font.size * 1.3;
		parts.push(
			`<text x="${PAD}" y="${(y - font.size * 0.3).toFixed(1)}" font-size="${font.size}" font-weight="${font.weight}" fill="${fill}">${escape(text)}</text>`
		);
	};
	const titleFont: Font = { size: 32, weight: 700 };
	for (const t of wrap(d.title, inner, titleFont, estimate)) line(t, titleFont);
	if (d.subtitle) line(d.subtitle, { size: 24, weight: 700 });

	const [, , vw, vh] = d.map.viewBox;
	const mapHeight = vw > 0 ? Math.round((inner * vh) / vw) : inner;
	y += PAD / 2;
	parts.push(
		`<svg x="${PAD}" y="${y.toFixed(1)}" width="${inner}" height="${mapHeight}" viewBox="${d.map.viewBox.join(' ')}" preserveAspectRatio="xMidYMid meet">${d.map.markup}</svg>`
	);
	y += mapHeight + PAD / 2;

	// The legend in columns of up to five entries.
	const entryFont: Font = { size: 18, weight: 400 };
	const rows = Math.min(5, d.legend.length);
	const column = inner / Math.max(1, Math.ceil(d.legend.length / 5));
	d.legend.forEach((entry, i) => {
		const x = PAD + Math.floor(i / 5) * column;
		const top = y + (i % 5) * entryFont.size * 1.5;
		parts.push(
			`<rect x="${x}" y="${(top + 2).toFixed(1)}" width="18" height="18" rx="3" fill="${escape(entry.color)}" stroke="rgba(0,0,0,0.35)"/>`,
			`<text x="${x + 26}" y="${(top + entryFont.size - 1).toFixed(1)}" font-size="${entryFont.size}" fill="#1d1d1b">${escape(entry.text)}</text>`
		);
	});
	y += rows * entryFont.size * 1.5 + PAD / 2;

	const creditFont: Font = { size: 15, weight: 400 };
	for (const c of d.credit)
		for (const t of wrap(c, inner, creditFont, estimate)) line(t, creditFont, '#4a4a4a');
	const height = Math.ceil(y + PAD);

	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escape(d.fontFamily)}">`,
		`<title>${escape(d.title)}</title>`,
		`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
		...parts,
		'</svg>',
		''
	].join('\n');
}

/** The map alone as an SVG file `width`×`height` units, for drawing into an image. */
export function mapOnly(map: MapMarkup, width: number, height: number): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${map.viewBox.join(' ')}" preserveAspectRatio="xMidYMid meet">${map.markup}</svg>`;
}
