/** A stretch of whole weeks holding some of an article's meeting dates. */
export interface Span {
	/** Its first day, a Monday, 'YYYY-MM-DD'. */
	start: string;
	/** Its last day, a Sunday. */
	end: string;
	/** The meeting dates in it, in order. */
	dates: string[];
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The Monday of a date's week (weeks start on Monday in China, as in ISO 8601). */
const monday = (date: string) => {
	const ms = Date.parse(date);
	return ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS;
};

/**
 * Sorted meeting dates grouped into calendar weeks, or into runs of two, three … weeks when even
 * the weeks are more than `max`: the fewest weeks a span that gives at most `max` spans. Weeks
 * without a meeting make no span.
 */
export function weekSpans(dates: readonly string[], max: number): Span[] {
	if (dates.length === 0) return [];
	const first = monday(dates[0]!);
	for (let weeks = 1; ; weeks++) {
		const length = weeks * 7 * DAY_MS;
		const spans = new Map<number, Span>();
		for (const date of dates) {
			const i = Math.floor((monday(date) - first) / length);
			const start = first + i * length;
			const span = spans.get(i) ?? {
				start: iso(start),
				end: iso(start + length - DAY_MS),
				dates: []
			};
			span.dates.push(date);
			spans.set(i, span);
		}
		if (spans.size <= max) return [...spans.values()];
	}
}
