import {
	fitText,
	wrap,
	type Box,
	type Font,
	type Measure,
	type PlacedLine,
	type TextBlock
} from './textLayout';

/** What a saved image says besides the map. */
export interface ImageText {
	/** The article's title. */
	title: string;
	/** What the image shows: the province and day, or the step. */
	subtitle: string;
	/** Said after the subtitle on a page that continues the one before: '（续）'. */
	continued: string;
	/** Who published the article and when, and whose map data it is. */
	credit: string;
	/** The step's words: the statements, the lead, the days. */
	blocks: TextBlock[];
}

export interface ImagePage {
	lines: PlacedLine[];
	/** Where the map is drawn. */
	map: Box;
}

/**
 * The pages of a saved image `width`×`height` pixels: on each, the title and subtitle at the top,
 * the credit at the bottom, the map and the step's words between them, side by side (under each
 * other on a portrait screen). The words are set from `text.max` pixels down to `text.min`; what
 * does not fit at that continues on another page, which repeats the title, map and credit so each
 * image stands on its own.
 */
export function imagePages(
	content: ImageText,
	size: { width: number; height: number },
	measure: Measure,
	text: { max: number; min: number }
): ImagePage[] {
	const { width, height } = size;
	const pad = Math.round(Math.max(width, height) * 0.018);
	const inner = width - 2 * pad;

	// The title on at most two lines, smaller if it needs to be (never below the credit's size).
	const creditFont: Font = { size: Math.max(text.min * 0.75, width / 110), weight: 400 };
	let titleFont: Font = { size: Math.round(width / 42), weight: 700 };
	let title = wrap(content.title, inner, titleFont, measure);
	while (title.length > 2 && titleFont.size > creditFont.size * 1.3) {
		titleFont = { ...titleFont, size: titleFont.size - 1 };
		title = wrap(content.title, inner, titleFont, measure);
	}
	const subFont: Font = { size: Math.round(titleFont.size * 0.75), weight: 700 };
	const header = (subtitle: string): PlacedLine[] => {
		const lines: PlacedLine[] = [];
		let y = pad;
		for (const [texts, font] of [
			[title, titleFont],
			[wrap(subtitle, inner, subFont, measure), subFont]
		] as const) {
			for (const t of texts) {
				y += font.size * 1.35;
				lines.push({ text: t, x: pad, y: y - font.size * 0.3, font });
			}
		}
		return lines;
	};
	// Below the longer of the two headers (a continued page's), so both pages set their words alike.
	const longest = header(`${content.subtitle}${content.continued}`).at(-1)!;
	const headerBottom = longest.y + longest.font.size * 0.3 + pad / 2;

	const credit = wrap(content.credit, inner, creditFont, measure);
	const creditTop = height - pad - credit.length * creditFont.size * 1.4;
	const footer: PlacedLine[] = credit.map((t, i) => ({
		text: t,
		x: pad,
		y: creditTop + (i + 1) * creditFont.size * 1.4 - creditFont.size * 0.35,
		font: creditFont
	}));

	const body: Box = {
		x: pad,
		y: headerBottom,
		width: inner,
		height: creditTop - pad / 2 - headerBottom
	};
	const portrait = height > width;
	const split = portrait ? Math.round(body.height * 0.45) : Math.round(body.width * 0.55);
	const map: Box = portrait ? { ...body, height: split } : { ...body, width: split };
	const words: Box = portrait
		? { x: body.x, y: body.y + split + pad, width: body.width, height: body.height - split - pad }
		: { x: body.x + split + pad, y: body.y, width: body.width - split - pad, height: body.height };

	const { pages } = fitText(content.blocks, words, measure, text);
	return pages.map((lines, i) => ({
		lines: [
			...header(i === 0 ? content.subtitle : `${content.subtitle}${content.continued}`),
			...lines,
			...footer
		],
		map
	}));
}
