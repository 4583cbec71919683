import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ringArea } from '../../src/lib/geo/decode-echarts';
import { regionByCode } from '../../src/lib/geo/regions';
import { nanhai, provinces, type ProvinceFeature } from '../../src/lib/geo/shapes';

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function bbox(positions: Position[]): { w: number; s: number; e: number; n: number } {
	const lngs = positions.map((p) => p[0] ?? NaN);
	const lats = positions.map((p) => p[1] ?? NaN);
	return { w: Math.min(...lngs), s: Math.min(...lats), e: Math.max(...lngs), n: Math.max(...lats) };
}

const named = provinces.features.map((f): [string, ProvinceFeature] => [
	`${f.id} ${f.properties.name}`,
	f
]);

describe('provinces.json', () => {
	it('has the 34 provincial divisions, once each', () => {
		expect(provinces.type).toBe('FeatureCollection');
		expect(provinces.features).toHaveLength(34);
		expect(new Set(provinces.features.map((f) => f.id)).size).toBe(34);
	});

	it.each(named)('%s is keyed by its code and named as in the regions table', (_, f) => {
		expect(f.type).toBe('Feature');
		expect(String(f.id)).toMatch(/^\d{6}$/);
		expect(Object.keys(f.properties).sort()).toStrictEqual(['code', 'cp', 'name']);
		expect(f.properties.code).toBe(f.id);
		expect(regionByCode(String(f.id))?.name).toBe(f.properties.name);
	});

	// RFC 7946 §3.1.6; maplibre and d3-geo both misfill rings that break these rules.
	it.each(named)('%s has closed, deduplicated, correctly wound rings', (_, f) => {
		expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
		for (const polygon of polygonsOf(f.geometry)) {
			expect(polygon.length).toBeGreaterThan(0);
			for (const [i, ring] of polygon.entries()) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				expect(ring.at(-1)).toStrictEqual(ring[0]);
				const repeats = ring.filter((p, j) => j > 0 && p.join() === ring[j - 1]?.join());
				expect(repeats).toStrictEqual([]);
				// Exteriors counter-clockwise (positive area), holes clockwise.
				expect(Math.sign(ringArea(ring))).toBe(i === 0 ? 1 : -1);
			}
		}
	});

	it.each(named)('%s lies within China, with its label point inside its bounds', (_, f) => {
		const box = bbox(polygonsOf(f.geometry).flat(2));
		expect(box.w).toBeGreaterThanOrEqual(73);
		expect(box.e).toBeLessThanOrEqual(136);
		expect(box.s).toBeGreaterThanOrEqual(3);
		expect(box.n).toBeLessThanOrEqual(54);
		const [lng, lat] = f.properties.cp;
		expect(lng).toBeGreaterThanOrEqual(box.w);
		expect(lng).toBeLessThanOrEqual(box.e);
		expect(lat).toBeGreaterThanOrEqual(box.s);
		expect(lat).toBeLessThanOrEqual(box.n);
	});

	it('keeps at most 4 decimals, which is what keeps the file small', () => {
		const tooPrecise = provinces.features
			.flatMap((f) => polygonsOf(f.geometry).flat(2))
			.flat()
			.filter((v) => Math.round(v * 1e4) / 1e4 !== v);
		expect(tooPrecise).toStrictEqual([]);
	});
});

describe('nanhai.json', () => {
	const frames = nanhai.features.filter((f) => f.properties.kind === 'frame');
	const marks = nanhai.features.filter((f) => f.properties.kind === 'mark');

	it('has one box frame to stroke and the coast and dashes to fill', () => {
		expect(frames.map((f) => f.geometry.type)).toStrictEqual(['LineString']);
		// ECharts 4.9's nanhai.js: the coast along the top, the island below it, nine dashes.
		expect(marks).toHaveLength(11);
		expect(new Set(marks.map((f) => f.geometry.type))).toStrictEqual(new Set(['Polygon']));
		expect(frames.length + marks.length).toBe(nanhai.features.length);
	});

	it('sits in the bottom-right corner of the map, off the coast of Taiwan', () => {
		const positions = nanhai.features.flatMap((f) =>
			f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat()
		);
		const box = bbox(positions);
		expect(box.w).toBeGreaterThanOrEqual(126);
		expect(box.e).toBeLessThanOrEqual(132.2);
		expect(box.s).toBeGreaterThanOrEqual(18);
		expect(box.n).toBeLessThanOrEqual(25);
	});

	it('has every mark closed and counter-clockwise', () => {
		for (const f of marks) {
			if (f.geometry.type !== 'Polygon') continue;
			for (const ring of f.geometry.coordinates) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				expect(ring.at(-1)).toStrictEqual(ring[0]);
				expect(ringArea(ring)).toBeGreaterThan(0);
			}
		}
	});
});
