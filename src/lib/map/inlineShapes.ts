/**
 * The map's paths travel once. A page load renders them into the SVG map, so the page's hydration
 * data carries everything but the path strings (a third of the page), and the app reads those back
 * from the SVG it was served with. Client-side navigations get the whole shapes as plain data.
 * (SvelteKit's `transport` hook in hooks.ts does the encoding; see +page.server.ts.)
 */
import type { MapShapes } from './shapes';

/** Shapes on their way into a server-rendered page. */
export class InlineShapes implements MapShapes {
	readonly bounds: MapShapes['bounds'];
	readonly viewBox: MapShapes['viewBox'];
	readonly regions: MapShapes['regions'];
	readonly inset: MapShapes['inset'];

	constructor(shapes: MapShapes) {
		({
			bounds: this.bounds,
			viewBox: this.viewBox,
			regions: this.regions,
			inset: this.inset
		} = shapes);
	}
}

/** Shapes without their path strings. */
export type ShapesWithoutPaths = Omit<MapShapes, 'regions' | 'inset'> & {
	regions: Omit<MapShapes['regions'][number], 'd'>[];
	inset: Omit<MapShapes['inset'][number], 'd'>[];
};

export function withoutPaths(shapes: MapShapes): ShapesWithoutPaths {
	return {
		bounds: shapes.bounds,
		viewBox: shapes.viewBox,
		regions: shapes.regions.map(({ d: _, ...rest }) => rest),
		inset: shapes.inset.map(({ d: _, ...rest }) => rest)
	};
}

/** Where ChinaMap.svg.svelte draws each path: a region's by its code, the inset's in order. */
export interface PathSource {
	region(code: string): string | null;
	inset(index: number): string | null;
}

/** The shapes again, their paths read back; a path that cannot be found is an error, not a hole. */
export function withPaths(shapes: ShapesWithoutPaths, source: PathSource): MapShapes {
	const found = (d: string | null, what: string) => {
		if (d === null) throw new Error(`The page's map has no path for ${what}.`);
		return d;
	};
	return {
		...shapes,
		regions: shapes.regions.map((r) => ({ ...r, d: found(source.region(r.code), r.code) })),
		inset: shapes.inset.map((m, i) => ({ ...m, d: found(source.inset(i), `inset mark ${i}`) }))
	};
}

/** The paths of the SVG map in this document, as the server rendered it. */
export function documentPaths(doc: Document): PathSource {
	const map = doc.querySelector('svg.map');
	const inset = map ? [...map.querySelectorAll('.inset path')] : [];
	return {
		region: (code) =>
			map?.querySelector(`.regions path[data-code="${code}"]`)?.getAttribute('d') ?? null,
		inset: (i) => inset[i]?.getAttribute('d') ?? null
	};
}
