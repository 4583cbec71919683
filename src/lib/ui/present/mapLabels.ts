import type { Bounds } from '../../geo/mercator';
import { REGIONS } from '../../geo/regions';
import { svgFocusTransform } from '../../map/camera';
import type { Day } from '../../map/color';
import { fitToMap } from '../../map/fitToMap';
import { mapLabels, type MapLabel } from '../../map/labels';
import type { MapShapes } from '../../map/shapes';
import { labelDate } from '../format';
import type { Lang } from '../i18n';
import { labelVars } from './theme';

/** The smallest name the presenter draws, in CSS pixels, however crowded (a phone). */
export const MIN_LABEL_PX = 10;

interface PresentedMap {
	lang: Lang;
	days: readonly Day[];
	/** Region names in the interface's language, by code. */
	names: Record<string, string>;
	shapes: MapShapes;
	/** The map's box on screen, in CSS pixels. */
	width: number;
	height: number;
	/** How tall the room should see names: the statements' size (theme.ts textSize). */
	textPx: number;
	/** The province the camera is framed on, or null for the whole country. */
	focus: Bounds | null;
}

/**
 * The presenter's map labels and their sizes. Names are drawn as large as the statements, for the
 * back of the room, unless the whole country would then have labels over labels: then as large
 * as they fit (never under MIN_LABEL_PX), in one size for every step so that nothing jumps.
 */
export function presentedLabels(map: PresentedMap): {
	labels: Record<string, MapLabel>;
	vars: ReturnType<typeof labelVars>;
} {
	const { lang, days, names, shapes, width, height, textPx, focus } = map;
	// Names and dates only: a search's counts are the explorer's, not the room's.
	const labels = mapLabels(
		REGIONS,
		days,
		(r) => names[r.code] ?? r.name,
		(iso) => labelDate(iso, lang)
	);
	const mentioned = new Set(days.flatMap((d) => d.codes));
	const fit = Math.min(width / shapes.viewBox[2], height / shapes.viewBox[3]) || 1;
	// labelVars' sizes, in map units, against labelBox's 24 and 32.
	const scale = (px: number) => ({ name: (0.7 * px) / fit / 24, mentioned: px / fit / 32 });
	const fits = (px: number) => fitToMap(labels, shapes, { mentioned, scale: scale(px) }).rest === 0;
	// The largest whole pixel size that fits, found by halving (larger labels never fit better).
	let px = Math.max(MIN_LABEL_PX, textPx);
	if (!fits(px)) {
		let [lo, hi] = [MIN_LABEL_PX, Math.ceil(px) - 1];
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			[lo, hi] = fits(mid) ? [mid, hi] : [lo, mid - 1];
		}
		px = lo;
	}
	const zoom = focus ? svgFocusTransform(shapes.viewBox, focus).scale : 1;
	return {
		labels: fitToMap(labels, shapes, { mentioned, scale: scale(px), zoom }).labels,
		vars: labelVars(width, height, shapes.viewBox, px)
	};
}
