import { rgb } from 'd3-color';
import { scaleSequential } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { Meeting } from '../seed/types';

/** One meeting day: its color on the map and legend, and the regions that met that day. */
export interface Day {
	date: string;
	color: string;
	/** Text color that reads on `color` (≥ 4.5:1). */
	ink: string;
	codes: string[];
}

/** Regions the article does not mention: a warm gray no day color comes close to. */
export const NEUTRAL = '#e2ded5';
export const NEUTRAL_INK = '#1d1d1b';

/**
 * The meeting days in date order, each with its color. Viridis is ordered, color-blind safe and
 * keeps its steps apart on a washed-out projector; we leave its palest yellow to the last day.
 */
export function meetingDays(meetings: readonly Meeting[]): Day[] {
	const dates = [...new Set(meetings.map((m) => m.date))].sort();
	const scale = scaleSequential(interpolateViridis).domain([0, Math.max(1, dates.length - 1)]);
	return dates.map((date, i) => {
		const color = rgb(scale(dates.length === 1 ? 0.5 : i)).formatHex();
		return {
			date,
			color,
			ink: inkOn(color),
			codes: meetings.filter((m) => m.date === date).map((m) => m.region.code)
		};
	});
}

/** The fill of every mentioned region, by code. */
export function fillsByCode(days: readonly Day[]): Record<string, string> {
	return Object.fromEntries(days.flatMap((d) => d.codes.map((code) => [code, d.color])));
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
