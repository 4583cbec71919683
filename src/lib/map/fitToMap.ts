import { fitLabels, type Fitted } from './fitLabels';
import type { MapLabel } from './labels';
import { pathBox } from './pathBox';
import type { MapShapes } from './shapes';

/** Clear space between two labels, in map units at the country's view (5 px at 1024 × 768). */
export const LABEL_GAP = 8;

export interface MapFit {
	/** The regions drawn at the mentioned size. */
	mentioned: ReadonlySet<string>;
	/** The names' sizes against the map's own 24 and 32 units (the presenter's are larger). */
	scale?: { name: number; mentioned: number };
	/**
	 * How far the camera has zoomed in from the country's view (2 = twice as large). Names grow
	 * only by its square root (the SVG map's rule, and GlLabels'), so there is more room.
	 */
	zoom?: number;
}

/**
 * Labels fitted where the server placed them (fitLabels.ts): at its points, inside its frame and
 * clear of its South China Sea inset while the whole country is in view. Once zoomed in, labels
 * beyond the view's edge are the edge's business, and the inset is fixed over a corner.
 */
export function fitToMap(
	labels: Readonly<Record<string, MapLabel>>,
	shapes: MapShapes,
	{ mentioned, scale = { name: 1, mentioned: 1 }, zoom = 1 }: MapFit
): Fitted {
	const [x, y, w, h] = shapes.viewBox;
	const whole = zoom <= 1.001;
	const shrink = Math.sqrt(Math.max(1, zoom));
	const inset = shapes.inset.find((m) => m.kind === 'frame');
	return fitLabels(labels, Object.fromEntries(shapes.regions.map((r) => [r.code, r.label])), {
		mentioned,
		scale: { name: scale.name / shrink, mentioned: scale.mentioned / shrink },
		frame: whole ? { x0: x, y0: y, x1: x + w, y1: y + h } : undefined,
		obstacles: whole && inset ? [pathBox(inset.d)] : [],
		gap: LABEL_GAP / shrink
	});
}
