import { hcl, rgb } from 'd3-color';
import type { RegionRef } from '../seed/types';
import { weekSpans } from './weeks';

/**
 * One meeting day, or a span of weeks when an article has more meeting days than the palette has
 * colors: its color on the map and legend, and the regions that met then.
 */
export interface Day {
	/**
	 * The meeting date, 'YYYY-MM-DD'; for a span, its first day (a Monday). null for the meetings
	 * the article gives no date (日期未注明), always last.
	 */
	date: string | null;
	/** For a span of weeks: its last day (a Sunday). Absent for a single day. */
	end?: string;
	/** For a span: each region's own meeting date, by code. */
	dates?: Record<string, string>;
	color: string;
	/** Text color that reads on `color` (≥ 4.5:1). */
	ink: string;
	codes: string[];
}

/**
 * Regions the article does not mention: a warm gray at L* 88.6, which every day color stays at
 * least 10 L* below, so that a washed-out projector or a grayscale copy still tells them apart.
 */
export const NEUTRAL = '#e2ded5';
export const NEUTRAL_INK = '#1d1d1b';
/**
 * Regions whose meeting the article gives no date: a darker gray (L* 68), 20 L* from the neutral
 * and, having almost no chroma, at least 25 ΔE2000 from every day color.
 */
export const UNDATED = '#aaa5a1';
export const UNDATED_INK = '#000000';
/** More meeting days than this are grouped into weeks: beyond it, neighbours would look alike. */
export const MAX_DAYS = 10;

/**
 * The day ramp, dark to light: lightness runs evenly from L* 12 to 78 (so a grayscale copy keeps
 * the order), while chroma and hue (LCh) pass through six knots from a dark violet by blue and
 * teal to a yellow green, as viridis does. Fitted so that for any 1–10 days neighbours differ by
 * at least 12.5 ΔE2000, and by more than viridis's do when simulated for protan, deutan and tritan
 * vision (color.test.ts). Viridis itself ends in a yellow at L* 91, beside the neutral.
 */
const L_DARK = 12;
const L_LIGHT = 78;
const RAMP: readonly (readonly [chroma: number, hue: number])[] = [
	[16, 314],
	[85, 304],
	[48, 244],
	[48, 187],
	[59, 150],
	[71, 105]
];

/** The ramp's color at `t` (0 darkest, 1 lightest), its chroma lowered until sRGB can show it. */
export function rampColor(t: number): string {
	const at = t * (RAMP.length - 1);
	const i = Math.min(RAMP.length - 2, Math.floor(at));
	const [[c0, h0], [c1, h1]] = [RAMP[i]!, RAMP[i + 1]!];
	const f = at - i;
	const color = hcl(h0 + (h1 - h0) * f, c0 + (c1 - c0) * f, L_DARK + (L_LIGHT - L_DARK) * t);
	while (!color.displayable() && color.c > 0) color.c = Math.max(0, color.c - 0.5);
	return color.formatHex();
}

/** `n` colors (1 to MAX_DAYS) spread evenly over the ramp; a single day takes its middle. */
export function dayColors(n: number): string[] {
	if (n === 1) return [rampColor(0.5)];
	return Array.from({ length: n }, (_, i) => rampColor(i / (n - 1)));
}

/** A meeting as far as the palette cares; one without a date (null) gets no day. */
interface Dated {
	region: RegionRef;
	date: string | null;
}

/**
 * The meeting days in date order (or weeks, past MAX_DAYS days), each with its color, then the
 * undated meetings' group. A province that met on two days is on both, once on each.
 */
export function meetingDays(meetings: readonly Dated[]): Day[] {
	const dated = meetings.filter((m): m is Dated & { date: string } => m.date !== null);
	const dates = [...new Set(dated.map((m) => m.date))].sort();
	const spans =
		dates.length <= MAX_DAYS
			? dates.map((date) => ({ start: date, end: null, dates: [date] }))
			: weekSpans(dates, MAX_DAYS);
	const colors = dayColors(spans.length);
	const days = spans.map((span, i) => {
		// In date order, so that a province that met twice in a span keeps its first date there.
		const within = dated
			.filter((m) => span.dates.includes(m.date))
			.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
		const color = colors[i]!;
		const codes = [
			...new Set(dated.filter((m) => span.dates.includes(m.date)).map((m) => m.region.code))
		];
		const day: Day = { date: span.start, color, ink: inkOn(color), codes };
		if (span.end === null) return day;
		const dates: Record<string, string> = {};
		for (const m of within) dates[m.region.code] ??= m.date;
		return { ...day, end: span.end, dates };
	});
	const undated = [...new Set(meetings.filter((m) => m.date === null).map((m) => m.region.code))];
	if (undated.length === 0) return days;
	return [...days, { date: null, color: UNDATED, ink: UNDATED_INK, codes: undated }];
}

/** A day's key in the legend, the timeline and the URL: its date, or 'undated'. */
export const dayKey = (day: Pick<Day, 'date'>): string => day.date ?? 'undated';

/** A region's own meeting date within its day (for a span of weeks, the day it met). */
export function dateIn(day: Day, code: string): string | null {
	return day.dates?.[code] ?? day.date;
}

/** The fill of every mentioned region, by code: the color of its earliest meeting's day. */
export function fillsByCode(days: readonly Day[]): Record<string, string> {
	const fills: Record<string, string> = {};
	for (const day of days) for (const code of day.codes) fills[code] ??= day.color;
	return fills;
}

/** The day a region is colored by: its earliest meeting's, or the undated group's. */
export function dayOf(days: readonly Day[], code: string | null): Day | undefined {
	return code === null ? undefined : days.find((d) => d.codes.includes(code));
}

/** WCAG relative luminance. */
export function luminance(color: string): number {
	const { r, g, b } = rgb(color);
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `color`; mid-tones need pure black to reach 4.5:1. */
export function inkOn(color: string): string {
	return contrast(color, '#ffffff') >= contrast(color, '#000000') ? '#ffffff' : '#000000';
}
