/**
 * Text set into boxes of an image, line by line, measured: what a canvas draws never runs past its
 * box and is never cut mid-line. The type shrinks to fit, down to a floor; what still does not fit
 * continues on the next page. Pure: the caller's `measure` is the canvas's, a test's is a table.
 */

export interface Font {
	/** In the image's pixels. */
	size: number;
	weight: 400 | 700;
}

/** The width `text` takes in `font`. */
export type Measure = (text: string, font: Font) => number;

/** A paragraph to set: its text and how it stands out (sizes are multiples of the body's). */
export interface TextBlock {
	text: string;
	style: 'heading' | 'strong' | 'body' | 'note';
}

export interface PlacedLine {
	text: string;
	/** Left edge and baseline, in the image's pixels. */
	x: number;
	y: number;
	font: Font;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const STYLE: Record<TextBlock['style'], { scale: number; weight: 400 | 700 }> = {
	heading: { scale: 1.5, weight: 700 },
	strong: { scale: 1, weight: 700 },
	body: { scale: 1, weight: 400 },
	note: { scale: 0.75, weight: 400 }
};
const LINE_HEIGHT = 1.5;
/** Space between blocks, in body sizes. */
const GAP = 0.4;

/** A run of Latin letters and digits (a URL, a number) breaks only where it must; else any character. */
const TOKENS = /[\p{Script=Latin}\d@#%&+\-./:_~?=]+|\s+|[\s\S]/gu;
/** Opening marks, which never end a line. */
const NO_END = /[“‘（《「『【〔([]+$/u;
/** Marks that never start a line: they hang past its end instead (CJK typesetting's rule). */
const NO_START = /^[，。、；：？！）》」』”’〕】…—·%,.;:?!)\]]$/u;

/** `text` broken into lines at most `width` wide (but for hanging punctuation). */
export function wrap(text: string, width: number, font: Font, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	const push = () => {
		// An opening mark never ends a line: it goes down with what it opens.
		const opening = NO_END.exec(line)?.[0] ?? '';
		const kept = line.slice(0, line.length - opening.length);
		if (kept.trim() !== '') {
			lines.push(kept.trimEnd());
			line = opening;
		} else {
			if (line.trim() !== '') lines.push(line.trimEnd());
			line = '';
		}
	};
	for (const token of text.match(TOKENS) ?? []) {
		if (line === '' && /^\s+$/.test(token)) continue;
		if (measure(line + token, font) <= width || NO_START.test(token)) {
			line += token;
		} else if (measure(token, font) <= width) {
			push();
			if (!/^\s+$/.test(token)) line += token;
		} else {
			// A token wider than the box (a long URL): cut it where the box ends.
			for (const ch of token) {
				if (line !== '' && measure(line + ch, font) > width) push();
				line += ch;
			}
		}
	}
	push();
	if (line.trim() !== '') lines.push(line.trimEnd());
	return lines;
}

/** The blocks set at body size `size`, as lines from the top of `box`, with each line's height. */
function setLines(blocks: readonly TextBlock[], box: Box, size: number, measure: Measure) {
	const lines: { text: string; font: Font; height: number; gapBefore: number }[] = [];
	blocks.forEach((block, b) => {
		const { scale, weight } = STYLE[block.style];
		const font: Font = { size: Math.round(size * scale * 10) / 10, weight };
		wrap(block.text, box.width, font, measure).forEach((text, i) =>
			lines.push({
				text,
				font,
				height: font.size * LINE_HEIGHT,
				gapBefore: i === 0 && b > 0 ? size * GAP : 0
			})
		);
	});
	return lines;
}

/**
 * The blocks set in `box`: at the largest body size from `max` down to `min` (whole pixels) at
 * which they fit on one page; at `min`, on as many pages as they need, each line whole.
 */
export function fitText(
	blocks: readonly TextBlock[],
	box: Box,
	measure: Measure,
	sizes: { max: number; min: number }
): { size: number; pages: PlacedLine[][] } {
	let size = Math.max(sizes.min, Math.floor(sizes.max));
	let lines = setLines(blocks, box, size, measure);
	const total = () => lines.reduce((h, l) => h + l.gapBefore + l.height, 0);
	while (size > sizes.min && total() > box.height) {
		size = Math.max(sizes.min, size - 1);
		lines = setLines(blocks, box, size, measure);
	}
	const pages: PlacedLine[][] = [[]];
	let y = 0;
	for (const line of lines) {
		const gap = pages.at(-1)!.length ? line.gapBefore : 0;
		if (pages.at(-1)!.length && y + gap + line.height > box.height) {
			pages.push([]);
			y = 0;
		}
		const top = y + (pages.at(-1)!.length ? gap : 0);
		// The baseline: the line box's middle, plus about a third of the type's size.
		const baseline = top + line.height / 2 + line.font.size * 0.35;
		pages.at(-1)!.push({ text: line.text, x: box.x, y: box.y + baseline, font: line.font });
		y = top + line.height;
	}
	return { size, pages };
}
