import { describe, expect, it } from 'vitest';
import type { RegionStyle } from './regionStyle';
import {
	applyFills,
	applyHover,
	applyStates,
	labelZoomButtons,
	zoomLocale,
	type MapLike
} from './helpers';
import { NEUTRAL } from './color';

/** Records what a helper asks of the map. */
function fakeMap() {
	const calls: unknown[][] = [];
	const map = {
		setFeatureState: (...args: unknown[]) => calls.push(['setFeatureState', ...args]),
		setPaintProperty: (...args: unknown[]) => calls.push(['setPaintProperty', ...args])
	} as unknown as MapLike;
	return { map, calls };
}

const style = (over: Partial<RegionStyle>): RegionStyle => ({
	fill: NEUTRAL,
	ink: '#000',
	mentioned: false,
	selected: false,
	highlighted: false,
	dimmed: false,
	...over
});

describe('map helpers', () => {
	it('colors mentioned regions by code and leaves the rest neutral', () => {
		const { map, calls } = fakeMap();
		applyFills(map, { '140000': style({ fill: '#21918c' }), '110000': style({}) });
		expect(calls).toStrictEqual([
			[
				'setPaintProperty',
				'province-fill',
				'fill-color',
				['match', ['get', 'code'], '140000', '#21918c', NEUTRAL]
			]
		]);
	});

	it('sets selection, highlight and dimming as feature-state keyed by code', () => {
		const { map, calls } = fakeMap();
		applyStates(map, { '140000': style({ selected: true }) });
		expect(calls).toStrictEqual([
			[
				'setFeatureState',
				{ source: 'provinces', id: '140000' },
				{ selected: true, highlighted: false, dimmed: false }
			]
		]);
	});

	it('moves hover from the previous region to the next', () => {
		const { map, calls } = fakeMap();
		applyHover(map, '110000', '120000');
		expect(calls).toStrictEqual([
			['setFeatureState', { source: 'provinces', id: '110000' }, { hover: false }],
			['setFeatureState', { source: 'provinces', id: '120000' }, { hover: true }]
		]);
	});

	it('relies only on methods maplibre still has, so an upgrade fails here by name', async () => {
		const source = await import('node:fs').then((fs) =>
			fs.readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.d.ts', 'utf8')
		);
		for (const method of ['setFeatureState', 'setPaintProperty', 'queryRenderedFeatures']) {
			expect(source).toMatch(new RegExp(`\\b${method}\\(`));
		}
	});
});

describe('zoom button labels', () => {
	it('give maplibre its strings and rename buttons it has already made', () => {
		const labels = { zoomIn: '放大', zoomOut: '缩小' };
		expect(zoomLocale(labels)).toStrictEqual({
			'NavigationControl.ZoomIn': '放大',
			'NavigationControl.ZoomOut': '缩小'
		});
		const attributes: Record<string, Record<string, string>> = {};
		const button = (selector: string) => ({
			setAttribute: (name: string, value: string) => ((attributes[selector] ??= {})[name] = value)
		});
		labelZoomButtons({ querySelector: button } as unknown as ParentNode, labels);
		expect(attributes).toStrictEqual({
			'.maplibregl-ctrl-zoom-in': { title: '放大', 'aria-label': '放大' },
			'.maplibregl-ctrl-zoom-out': { title: '缩小', 'aria-label': '缩小' }
		});
	});
});
