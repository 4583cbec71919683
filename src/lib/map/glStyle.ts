import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { RegionStyle } from './regionStyle';
import { NEUTRAL } from './color';

export const SOURCE = 'provinces';

/**
 * An offline style: no tiles, no glyph server, no sprite. Province names are HTML labels over the
 * canvas (GlLabels.svelte), which draw CJK in the system's fonts; the South China Sea inset is
 * fixed over it too (NanhaiInset.svelte), as it must not zoom with the map.
 */
export function offlineStyle(provincesUrl: string): StyleSpecification {
	return {
		version: 8,
		sources: {
			[SOURCE]: { type: 'geojson', data: provincesUrl, promoteId: 'code' }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
			{
				id: 'province-fill',
				type: 'fill',
				source: SOURCE,
				paint: {
					'fill-color': NEUTRAL,
					'fill-opacity': ['case', ['boolean', ['feature-state', 'dimmed'], false], 0.3, 1]
				}
			},
			{
				id: 'province-border',
				type: 'line',
				source: SOURCE,
				// One pixel, as the SVG map's (drawn there as hairlines).
				paint: { 'line-color': '#ffffff', 'line-width': 1 }
			},
			{
				// A light ring under the selected region's dark outline, which on the darkest fills
				// would otherwise barely show (a projector washes contrast out further).
				id: 'province-selected-halo',
				type: 'line',
				source: SOURCE,
				paint: {
					'line-color': '#ffffff',
					'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 7, 0]
				}
			},
			{
				id: 'province-focus',
				type: 'line',
				source: SOURCE,
				paint: {
					'line-color': '#111111',
					'line-width': [
						'case',
						['boolean', ['feature-state', 'selected'], false],
						3,
						['boolean', ['feature-state', 'highlighted'], false],
						3,
						['boolean', ['feature-state', 'hover'], false],
						2,
						0
					]
				}
			},
			{
				// The keyboard's region (MapView's arrow keys): the page's focus ring on a light one.
				id: 'province-key-halo',
				type: 'line',
				source: SOURCE,
				paint: {
					'line-color': '#ffffff',
					'line-width': ['case', ['boolean', ['feature-state', 'keyboard'], false], 8, 0]
				}
			},
			{
				id: 'province-key',
				type: 'line',
				source: SOURCE,
				paint: {
					'line-color': '#1d5fbf',
					'line-width': ['case', ['boolean', ['feature-state', 'keyboard'], false], 4, 0]
				}
			}
		]
	};
}

/** The fill of every region as one data-driven expression keyed by code. */
export function fillExpression(styles: Record<string, RegionStyle>): ExpressionSpecification {
	const pairs = Object.entries(styles)
		.filter(([, s]) => s.fill !== NEUTRAL)
		.flatMap(([code, s]) => [code, s.fill]);
	if (pairs.length === 0) return ['literal', NEUTRAL] as unknown as ExpressionSpecification;
	return ['match', ['get', 'code'], ...pairs, NEUTRAL] as unknown as ExpressionSpecification;
}
