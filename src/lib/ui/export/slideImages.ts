import type { MapMarkup } from '../../map/serializeMap';
import { imagePages, type ImageText } from './imageLayout';
import { mapOnly } from './mapDocument';
import type { Font, Measure } from './textLayout';

export interface SlideImages {
	/** The image's size in CSS pixels (the screen's), and how many image pixels each one is. */
	width: number;
	height: number;
	scale: number;
	/** The page's type, which the canvas measures and draws with. */
	fontFamily: string;
	content: ImageText;
	/** The map as the page draws it (serializeMap.ts). */
	map: MapMarkup;
	/** The words' body size in CSS pixels: the slide's, and the smallest before another image. */
	text: { max: number; min: number };
}

/**
 * The step as PNG images: the title and what is shown above, the credit below, the map and the
 * words between, every line measured on the canvas that draws it (imageLayout.ts). One image when
 * the words fit, more when they do not.
 */
export async function slideImages(s: SlideImages): Promise<Blob[]> {
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(s.width * s.scale);
	canvas.height = Math.round(s.height * s.scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas');
	const fontOf = (font: Font) => `${font.weight} ${font.size}px ${s.fontFamily}`;
	const measure: Measure = (text, font) => {
		ctx.font = fontOf(font);
		return ctx.measureText(text).width;
	};
	const pages = imagePages(s.content, canvas, measure, {
		max: s.text.max * s.scale,
		min: s.text.min * s.scale
	});
	const box = pages[0]!.map;
	const map = await svgImage(mapOnly(s.map, box.width, box.height));
	const blobs: Blob[] = [];
	for (const page of pages) {
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(map, page.map.x, page.map.y, page.map.width, page.map.height);
		ctx.fillStyle = '#111111';
		ctx.textBaseline = 'alphabetic';
		for (const line of page.lines) {
			ctx.font = fontOf(line.font);
			ctx.fillText(line.text, line.x, line.y);
		}
		blobs.push(await pngOf(canvas));
	}
	return blobs;
}

async function svgImage(svg: string): Promise<HTMLImageElement> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		return image;
	} finally {
		URL.revokeObjectURL(url);
	}
}

const pngOf = (canvas: HTMLCanvasElement) =>
	new Promise<Blob>((resolve, reject) =>
		canvas.toBlob(
			(b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))),
			'image/png'
		)
	);
