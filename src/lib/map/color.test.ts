import { rgb } from 'd3-color';
import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../seed/types';
import {
	MAX_DAYS,
	NEUTRAL,
	UNDATED,
	UNDATED_INK,
	contrast,
	dateIn,
	dayOf,
	dayColors,
	fillsByCode,
	inkOn,
	meetingDays
} from './color';
import { deltaE2000, deltaE76, labOf } from './deltaE';

const meeting = (code: string, date: string | null) =>
	({ region: { code, name: code }, date }) as unknown as Meeting;

const lightness = (color: string) => labOf(color)[0];
const de2000 = (a: string, b: string) => deltaE2000(labOf(a), labOf(b));
const de76 = (a: string, b: string) => deltaE76(labOf(a), labOf(b));
const neighbours = (colors: string[]) => colors.slice(1).map((c, i) => [colors[i]!, c] as const);

/**
 * Color vision deficiencies, simulated as Machado, Oliveira and Fernandes (2009) do at full
 * severity: a matrix on linear sRGB.
 */
const CVD = {
	protan: [
		0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998
	],
	deutan: [
		0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881
	],
	tritan: [
		1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039
	]
};
function seenWith(kind: keyof typeof CVD, color: string): string {
	const toLinear = (c: number) =>
		(c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	const toSrgb = (v: number) => {
		const c = Math.min(1, Math.max(0, v));
		return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
	};
	const { r, g, b } = rgb(color);
	const v = [toLinear(r), toLinear(g), toLinear(b)] as const;
	const m = CVD[kind];
	const row = (i: number) => toSrgb(m[i]! * v[0] + m[i + 1]! * v[1] + m[i + 2]! * v[2]);
	return rgb(row(0), row(3), row(6)).formatHex();
}
/** The least difference between neighbours as a viewer with `kind` vision sees them. */
const leastSeenWith = (kind: keyof typeof CVD, colors: string[]) =>
	Math.min(...neighbours(colors).map(([a, b]) => de2000(seenWith(kind, a), seenWith(kind, b))));
/** The viridis palette this one replaced, for comparison: n steps over the whole of it. */
const viridis = (n: number) =>
	Array.from({ length: n }, (_, i) => rgb(interpolateViridis(i / (n - 1))).formatHex());

const counts = Array.from({ length: MAX_DAYS }, (_, i) => ({ n: i + 1 }));
/** Palettes that have neighbours. */
const several = counts.slice(1);

describe('dayColors', () => {
	it.each(counts)(
		'keeps every one of $n day colors at least 10 L* darker than the neutral',
		({ n }) => {
			for (const color of dayColors(n))
				expect(lightness(NEUTRAL) - lightness(color)).toBeGreaterThanOrEqual(10);
		}
	);

	it.each(several)('keeps neighbours among $n days 12 ΔE2000 apart (and 12 ΔE76)', ({ n }) => {
		for (const [a, b] of neighbours(dayColors(n))) {
			expect(de2000(a, b)).toBeGreaterThanOrEqual(12);
			expect(de76(a, b)).toBeGreaterThanOrEqual(12);
		}
	});

	it.each(several)(
		'orders $n days dark to light, 6 L* apart or more, for a grayscale copy',
		({ n }) => {
			for (const [a, b] of neighbours(dayColors(n)))
				expect(lightness(b) - lightness(a)).toBeGreaterThanOrEqual(6);
		}
	);

	it.each(several)(
		'keeps $n days apart for color-blind viewers, more than viridis did',
		({ n }) => {
			for (const kind of ['protan', 'deutan', 'tritan'] as const) {
				expect(leastSeenWith(kind, dayColors(n))).toBeGreaterThanOrEqual(5.9);
				expect(leastSeenWith(kind, dayColors(n))).toBeGreaterThan(
					Math.min(leastSeenWith(kind, viridis(n)), 5.9)
				);
			}
		}
	);

	it.each(counts)('gives label ink of 4.5:1 on each of $n day colors', ({ n }) => {
		for (const color of dayColors(n))
			expect(contrast(color, inkOn(color))).toBeGreaterThanOrEqual(4.5);
	});

	it('gives a single day the middle of the ramp, neither its darkest nor its lightest', () => {
		expect(dayColors(1)).toHaveLength(1);
		expect(lightness(dayColors(1)[0]!)).toBeCloseTo(45, 0);
	});

	it('measures as the palette was fitted: least neighbour ΔE2000 and L* gap to the neutral', () => {
		const palettes = counts.map(({ n }) => dayColors(n));
		const leastDelta = Math.min(
			...palettes.flatMap((p) => neighbours(p).map(([a, b]) => de2000(a, b)))
		);
		const leastGap = Math.min(...palettes.flat().map((c) => lightness(NEUTRAL) - lightness(c)));
		expect(leastDelta).toBeCloseTo(12.54, 2);
		expect(leastGap).toBeCloseTo(10.7, 1);
	});
});

describe('UNDATED', () => {
	it('stands 10 L* or more from the neutral, and apart from every day color', () => {
		expect(Math.abs(lightness(NEUTRAL) - lightness(UNDATED))).toBeGreaterThanOrEqual(10);
		for (const { n } of counts)
			for (const color of dayColors(n)) expect(de2000(UNDATED, color)).toBeGreaterThanOrEqual(12);
	});

	it('carries ink that reads on it', () => {
		expect(UNDATED_INK).toBe(inkOn(UNDATED));
		expect(contrast(UNDATED, UNDATED_INK)).toBeGreaterThanOrEqual(4.5);
	});
});

describe('meetingDays', () => {
	const days = meetingDays([
		meeting('140000', '2019-09-10'),
		meeting('500000', '2019-09-08'),
		meeting('150000', '2019-09-10'),
		meeting('650000', '2019-09-11')
	]);

	it('lists each day once, in date order, with its regions in article order', () => {
		expect(days.map((d) => [d.date, d.codes])).toStrictEqual([
			['2019-09-08', ['500000']],
			['2019-09-10', ['140000', '150000']],
			['2019-09-11', ['650000']]
		]);
	});

	it('colors the days from the palette for their number, none of them the neutral', () => {
		expect(days.map((d) => d.color)).toStrictEqual(dayColors(3));
		expect(days.map((d) => d.color)).not.toContain(NEUTRAL);
	});

	it('picks label ink that keeps 4.5:1 contrast on every day color', () => {
		for (const d of days) expect(contrast(d.color, d.ink)).toBeGreaterThanOrEqual(4.5);
	});

	it('gives a meeting without a date no day, but the undated group with a swatch of its own', () => {
		const withUndated = meetingDays([meeting('140000', '2019-09-10'), meeting('150000', null)]);
		expect(withUndated.map((d) => [d.date, d.codes, d.color === UNDATED])).toStrictEqual([
			['2019-09-10', ['140000'], false],
			[null, ['150000'], true]
		]);
	});

	it('maps every mentioned region code to its day color', () => {
		expect(fillsByCode(days)).toStrictEqual({
			'500000': days[0]!.color,
			'140000': days[1]!.color,
			'150000': days[1]!.color,
			'650000': days[2]!.color
		});
	});

	it('keeps ten meeting days as days', () => {
		const ten = meetingDays(
			Array.from({ length: 10 }, (_, i) => meeting(`${i}`, `2019-09-${10 + i}`))
		);
		expect(ten.map((d) => [d.date, d.end])).toHaveLength(10);
		expect(ten.every((d) => d.end === undefined)).toBe(true);
	});

	it('groups eleven meeting days or more into weeks, each region keeping its own date', () => {
		const eleven = meetingDays(
			Array.from({ length: 11 }, (_, i) => meeting(`${i}`, `2019-09-${10 + i}`))
		);
		// 10 September 2019 is a Tuesday: its week runs from Monday the 9th.
		expect(eleven.map((d) => [d.date, d.end, d.codes])).toStrictEqual([
			['2019-09-09', '2019-09-15', ['0', '1', '2', '3', '4', '5']],
			['2019-09-16', '2019-09-22', ['6', '7', '8', '9', '10']]
		]);
		expect(eleven.map((d) => d.color)).toStrictEqual(dayColors(2));
		expect(dateIn(eleven[0]!, '3')).toBe('2019-09-13');
		expect(dateIn(days[1]!, '150000')).toBe('2019-09-10');
	});
});

describe('meetingDays with a province reported twice, and undated meetings', () => {
	const days = meetingDays([
		meeting('420000', '2020-02-10'),
		meeting('430000', null),
		meeting('420000', '2020-02-03'),
		meeting('440000', '2020-02-10'),
		meeting('420000', null)
	]);

	it('puts the province on both its days, and the undated meetings last, in a group of their own', () => {
		expect(days.map((d) => [d.date, d.codes])).toStrictEqual([
			['2020-02-03', ['420000']],
			['2020-02-10', ['420000', '440000']],
			[null, ['430000', '420000']]
		]);
		expect(days[2]?.color).toBe(UNDATED);
	});

	it('colors a province by its earliest meeting, and one known only undated by the undated swatch', () => {
		expect(fillsByCode(days)).toStrictEqual({
			'420000': days[0]!.color,
			'440000': days[1]!.color,
			'430000': UNDATED
		});
		expect(dayOf(days, '420000')?.date).toBe('2020-02-03');
		expect(dayOf(days, '430000')?.date).toBeNull();
		expect(dayOf(days, null)).toBeUndefined();
	});

	it('never gives the undated a day’s color, nor one that reads as the neutral', () => {
		expect(days.slice(0, -1).map((d) => d.color)).not.toContain(UNDATED);
		expect(contrast(UNDATED, NEUTRAL)).toBeGreaterThan(1.5);
	});
});

describe('inkOn', () => {
	it('writes white on dark and black on light', () => {
		expect(inkOn('#440154')).toBe('#ffffff');
		expect(inkOn('#fde725')).toBe('#000000');
	});
});
