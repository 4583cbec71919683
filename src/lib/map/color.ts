import { rgb } from 'd3-color';
import { scaleSequential } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { Meeting } from '../seed/types';

/** One meeting day: its color on the map and legend, and the regions that met that day. */
export interface Day {
	/** ISO date; null for the meetings the article gives no date (日期未注明), always last. */
	date: string | null;
	color: string;
	/** Text color that reads on `color` (≥ 4.5:1). */
	ink: string;
	/** The regions that met that day, each once, in the article's order. */
	codes: string[];
}

/** Regions the article does not mention: a warm gray no day color comes close to. */
export const NEUTRAL = '#e2ded5';
export const NEUTRAL_INK = '#1d1d1b';
/**
 * Meetings without a date: an ochre off the day colors' ramp, darker than the neutral by some
 * 30 L*, so that a province the article reports, undated, never reads as one it does not.
 */
export const UNDATED = '#b5895b';

/**
 * The meeting days in date order, each with its color, then the undated meetings' group. Viridis
 * is ordered, color-blind safe and keeps its steps apart on a washed-out projector; we leave its
 * palest yellow to the last day. A province that met on two days is on both.
 */
export function meetingDays(meetings: readonly Pick<Meeting, 'date' | 'region'>[]): Day[] {
	const dates = [...new Set(meetings.flatMap((m) => (m.date === null ? [] : [m.date])))].sort();
	const scale = scaleSequential(interpolateViridis).domain([0, Math.max(1, dates.length - 1)]);
	const day = (date: string | null, color: string): Day => ({
		date,
		color,
		ink: inkOn(color),
		codes: [...new Set(meetings.filter((m) => m.date === date).map((m) => m.region.code))]
	});
	const days = dates.map((date, i) =>
		day(date, rgb(scale(dates.length === 1 ? 0.5 : i)).formatHex())
	);
	return meetings.some((m) => m.date === null) ? [...days, day(null, UNDATED)] : days;
}

/** A day's key in the legend, the timeline and the URL: its date, or 'undated'. */
export const dayKey = (day: Pick<Day, 'date'>): string => day.date ?? 'undated';

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
