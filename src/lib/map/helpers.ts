import type { Map as MapLibreMap } from 'maplibre-gl';
import type { RegionStyle } from './regionStyle';
import { SOURCE, fillExpression } from './glStyle';

/** The part of maplibre's Map these helpers use, so tests can hand in a fake. */
export type MapLike = Pick<MapLibreMap, 'setFeatureState' | 'setPaintProperty'>;

/** Colors by code through the fill expression; survives a lost WebGL context, unlike state. */
export function applyFills(map: MapLike, styles: Record<string, RegionStyle>): void {
	map.setPaintProperty('province-fill', 'fill-color', fillExpression(styles));
}

/** Selection, highlight and dimming as feature-state, so no data is re-uploaded on a click. */
export function applyStates(map: MapLike, styles: Record<string, RegionStyle>): void {
	for (const [code, s] of Object.entries(styles)) {
		map.setFeatureState(
			{ source: SOURCE, id: code },
			{ selected: s.selected, highlighted: s.highlighted, dimmed: s.dimmed }
		);
	}
}

export function applyHover(map: MapLike, previous: string | null, next: string | null): void {
	if (previous) map.setFeatureState({ source: SOURCE, id: previous }, { hover: false });
	if (next) map.setFeatureState({ source: SOURCE, id: next }, { hover: true });
}

/** The keyboard's ring (MapView's arrow keys) from `previous` to `next`. */
export function applyKeyFocus(map: MapLike, previous: string | null, next: string | null): void {
	if (previous && previous !== next)
		map.setFeatureState({ source: SOURCE, id: previous }, { keyboard: false });
	if (next) map.setFeatureState({ source: SOURCE, id: next }, { keyboard: true });
}

/** The zoom buttons' names, in the page's language. */
export interface ZoomLabels {
	zoomIn: string;
	zoomOut: string;
}

/** maplibre's own strings for its zoom buttons, which it reads once, when the map is made. */
export function zoomLocale(labels: ZoomLabels): Record<string, string> {
	return {
		'NavigationControl.ZoomIn': labels.zoomIn,
		'NavigationControl.ZoomOut': labels.zoomOut
	};
}

/** Renames the zoom buttons of a map already made, when the page's language changes. */
export function labelZoomButtons(container: Pick<ParentNode, 'querySelector'>, labels: ZoomLabels) {
	for (const [selector, label] of [
		['.maplibregl-ctrl-zoom-in', labels.zoomIn],
		['.maplibregl-ctrl-zoom-out', labels.zoomOut]
	] as const) {
		const button = container.querySelector(selector);
		button?.setAttribute('title', label);
		button?.setAttribute('aria-label', label);
	}
}
