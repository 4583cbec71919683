import type { Meeting } from '../seed/types';
import { longDate } from './format';
import { nameIn, titleIn } from './gloss';
import { t, type Lang } from './i18n';
import { byDate } from './meetings';

/**
 * What a screen reader says of a region as the map's arrow keys reach it: its name, then each
 * of its meetings' date (or that the article gives none) and leading official, or that the
 * article does not mention it. '山西，2019年9月10日，省委书记骆惠宁。'
 */
export function regionSaid(
	name: string,
	meetings: readonly Pick<Meeting, 'date' | 'official'>[],
	lang: Lang,
	romanized: Record<string, string> = {}
): string {
	const [comma, semicolon, stop, space] =
		lang === 'en' ? [', ', '; ', '.', ' '] : ['，', '；', '。', ''];
	if (meetings.length === 0) return name + comma + t(lang, 'notMentioned') + stop;
	const told = byDate(meetings).map((m) => {
		const date = longDate(m.date, lang);
		const who = m.official
			? titleIn(m.official.title, lang) + space + nameIn(m.official.name, lang, romanized)
			: null;
		return who ? date + comma + who : date;
	});
	return name + comma + told.join(semicolon) + stop;
}
