import { describe, expect, it } from 'vitest';
import { REGIONS } from '../geo/regions';
import { svgMap } from '../server/svgMap';
import { neighbourIn, placesOf, type Direction, type Place } from './neighbour';

const DIRECTIONS: Direction[] = ['up', 'down', 'left', 'right'];

describe('neighbourIn', () => {
	// A plus sign: C in the middle, one region each way, and one far off to the north-east.
	const plus: Place[] = [
		{ code: 'C', x: 0, y: 0 },
		{ code: 'N', x: 0, y: -10 },
		{ code: 'S', x: 1, y: 10 },
		{ code: 'W', x: -10, y: 0 },
		{ code: 'E', x: 10, y: -1 },
		{ code: 'NE', x: 30, y: -30 }
	];

	it('moves to the region that lies that way, y growing downward', () => {
		expect(DIRECTIONS.map((d) => neighbourIn(plus, 'C', d))).toStrictEqual(['N', 'S', 'W', 'E']);
	});

	it('prefers a region close to the arrow’s line over a nearer one far off it', () => {
		const places: Place[] = [
			{ code: 'A', x: 0, y: 0 },
			{ code: 'aside', x: 6, y: -6 },
			{ code: 'ahead', x: 14, y: 0 }
		];
		expect(neighbourIn(places, 'A', 'right')).toBe('ahead');
	});

	it('takes a region it shares a border with over a nearer one it does not', () => {
		const places: Place[] = [
			{ code: 'A', x: 0, y: 0, neighbours: ['far'] },
			{ code: 'near', x: 0, y: 5 },
			{ code: 'far', x: 2, y: 20 }
		];
		expect(neighbourIn(places, 'A', 'down')).toBe('far');
		// Without borders to go by, the nearer.
		expect(
			neighbourIn(
				places.map(({ neighbours: _, ...p }) => p),
				'A',
				'down'
			)
		).toBe('near');
	});

	it('gives null at an edge, for nothing lying that way, and for an unknown region', () => {
		expect(neighbourIn(plus, 'W', 'left')).toBe(null);
		expect(neighbourIn(plus, 'S', 'down')).toBe(null);
		expect(neighbourIn(plus, 'nowhere', 'up')).toBe(null);
	});

	it('never leaves the cone: a region straight beside is not "up"', () => {
		const places: Place[] = [
			{ code: 'A', x: 0, y: 0 },
			{ code: 'B', x: 10, y: -1 }
		];
		expect(neighbourIn(places, 'A', 'up')).toBe(null);
		expect(neighbourIn(places, 'A', 'right')).toBe('B');
	});
});

describe('the arrow keys on the map of China', () => {
	const shapes = svgMap();
	const places = placesOf(shapes);
	const code = (name: string) => REGIONS.find((r) => r.name === name)!.code;
	const name = (c: string | null) => (c ? REGIONS.find((r) => r.code === c)!.name : null);
	const step = (from: string, d: Direction) => name(neighbourIn(places, code(from), d));

	it('knows which provinces share a border, from the shapes', () => {
		const borders = (n: string) =>
			shapes.regions
				.find((r) => r.code === code(n))!
				.neighbours!.map(name)
				.sort();
		expect(borders('北京')).toStrictEqual(['天津', '河北'].sort());
		expect(borders('香港')).toStrictEqual(['广东']);
		expect(borders('湖南')).not.toContain('湖南');
		expect(borders('海南')).toStrictEqual([]);
	});

	it('goes where a reader looking at the map would expect', () => {
		expect(step('江西', 'down')).toBe('广东');
		expect(step('广东', 'left')).toBe('广西');
		expect(step('浙江', 'right')).toBe('上海');
		expect(step('四川', 'right')).toBe('重庆');
		expect(step('新疆', 'right')).toBe('甘肃');
		expect(step('湖北', 'down')).toBe('湖南');
		expect(step('湖南', 'up')).toBe('湖北');
		expect(step('黑龙江', 'down')).toBe('吉林');
	});

	it('reaches every region from every other, 香港 and 澳门 too', () => {
		const codes = places.map((p) => p.code);
		expect(codes).toHaveLength(34);
		for (const start of codes) {
			const seen = new Set([start]);
			const queue = [start];
			while (queue.length) {
				const at = queue.shift()!;
				for (const d of DIRECTIONS) {
					const next = neighbourIn(places, at, d);
					if (next && !seen.has(next)) {
						seen.add(next);
						queue.push(next);
					}
				}
			}
			expect([name(start), codes.filter((c) => !seen.has(c)).map(name)]).toStrictEqual([
				name(start),
				[]
			]);
		}
	});

	it('moves from every region somewhere', () => {
		const stuck = places.filter((p) => DIRECTIONS.every((d) => !neighbourIn(places, p.code, d)));
		expect(stuck).toStrictEqual([]);
	});
});
