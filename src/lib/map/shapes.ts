import type { Bounds } from '../geo/mercator';

/** What the server hands the page to draw the map before any map library loads. */
export interface MapShapes {
	/** The lng/lat box the view fits: the same box for the SVG and the WebGL map. */
	bounds: Bounds;
	/** x, y, width, height in Web Mercator pixels at zoom 4 (see geo/mercator.ts). */
	viewBox: [number, number, number, number];
	regions: {
		code: string;
		d: string;
		/** Where the name goes, in viewBox units. */
		label: [number, number];
		/** For a region too small for its name: the point its label's leader line reaches. */
		anchor?: [number, number];
		/** The region's own lng/lat box, for flying the camera to it. */
		bbox: Bounds;
		/** The regions it shares a border with (by code), for the arrow keys (neighbour.ts). */
		neighbours?: string[];
	}[];
	/** The South China Sea islands inset: its frame and marks. */
	inset: { kind: string; d: string }[];
}
