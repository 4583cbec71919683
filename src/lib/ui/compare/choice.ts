import { findRegion } from '../../geo/regions';

/** How many provinces the compare page sets side by side. */
export const MIN_REGIONS = 2;
export const MAX_REGIONS = 4;

export interface Choice {
	/** The provinces to compare, by code, in the order asked for. */
	codes: string[];
	/** Values that name no province of the article, as given. */
	unknown: string[];
	/** Provinces asked for beyond the fourth. */
	dropped: string[];
}

/**
 * The provinces `?regions=` asks for, among those the article reports (`available`). Accepts
 * `regions=140000,500000` (what links write) and repeated `regions=` (what the picker form sends
 * without JavaScript), codes or names.
 */
export function chosenRegions(params: URLSearchParams, available: readonly string[]): Choice {
	const values = params
		.getAll('regions')
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter((v) => v !== '');
	const codes: string[] = [];
	const unknown: string[] = [];
	for (const value of values) {
		const code = findRegion(value)?.code;
		if (!code || !available.includes(code)) unknown.push(value);
		else if (!codes.includes(code)) codes.push(code);
	}
	return { codes: codes.slice(0, MAX_REGIONS), unknown, dropped: codes.slice(MAX_REGIONS) };
}
