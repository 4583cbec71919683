import { describe, expect, it } from 'vitest';
import { offlineStyle } from './glStyle';

describe('offlineStyle', () => {
	const layers = offlineStyle('/p.json').layers;
	const ids = layers.map((l) => l.id);

	it('rings the selected region in white under its dark outline, above the borders', () => {
		expect(ids.indexOf('province-border')).toBeLessThan(ids.indexOf('province-selected-halo'));
		expect(ids.indexOf('province-selected-halo')).toBeLessThan(ids.indexOf('province-focus'));
		const halo = layers.find((l) => l.id === 'province-selected-halo')!;
		expect(halo.type).toBe('line');
		expect((halo.paint as Record<string, unknown>)['line-color']).toBe('#ffffff');
		// Wide only where the feature-state says selected, and wider than the outline over it.
		expect((halo.paint as Record<string, unknown>)['line-width']).toStrictEqual([
			'case',
			['boolean', ['feature-state', 'selected'], false],
			7,
			0
		]);
	});

	it('loads nothing from outside: its one source is the given file', () => {
		const style = offlineStyle('/p.json');
		expect(Object.values(style.sources).map((s) => (s as { data: string }).data)).toStrictEqual([
			'/p.json'
		]);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
	});

	it('leaves the South China Sea inset out of the map, which would zoom it', () => {
		expect(ids.filter((id) => id.includes('inset'))).toStrictEqual([]);
	});
});
