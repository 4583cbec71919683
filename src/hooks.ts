import type { Transport } from '@sveltejs/kit';
import { InlineShapes, documentPaths, withPaths, withoutPaths } from '$lib/map/inlineShapes';

/** Types the page's data carries between server and browser in a form of their own. */
export const transport: Transport = {
	// A page's map paths are in its SVG already: see map/inlineShapes.ts.
	InlineShapes: {
		encode: (value) => value instanceof InlineShapes && withoutPaths(value),
		decode: (shapes) => withPaths(shapes, documentPaths(document))
	}
};
