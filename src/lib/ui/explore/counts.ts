import { t, type Lang, type MessageKey } from '../i18n';
import type { Matches } from './matches';

/** '3 处' / '3 matches' / '1 match': English needs the singular, Chinese does not. */
export function plural(lang: Lang, n: number, one: MessageKey, other: MessageKey): string {
	return t(lang, n === 1 ? one : other, { n });
}

/** The map label's extra line per matching province: how often it says what was looked for. */
export function matchLines(matches: Matches | null, lang: Lang): Record<string, string> {
	if (!matches) return {};
	return Object.fromEntries(
		matches.codes.map((code) => [code, plural(lang, matches.counts[code]!, 'matchOne', 'matches')])
	);
}

/** '“一刀切”：3 处，2 个省份' — or that nothing was found. */
export function matchSummary(matches: Matches, label: string, lang: Lang): string {
	if (matches.total === 0) return t(lang, 'searchNone', { q: label });
	return t(lang, 'matchSummary', {
		q: label,
		n: plural(lang, matches.total, 'matchOne', 'matches'),
		regions: plural(lang, matches.codes.length, 'provinceOne', 'provinces')
	});
}
