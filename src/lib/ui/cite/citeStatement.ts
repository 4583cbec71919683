import type { Citation, Official } from '../../seed/types';
import { longDate } from '../format';
import { t, type Lang } from '../i18n';

/**
 * Who published the article and when, as a credit says it: '光明日报，2023年11月3日' (the outlet as
 * the article names it, in any language). null when the article says neither.
 */
export function publishedBy(
	citation: Pick<Citation, 'outlet' | 'published'>,
	lang: Lang
): string | null {
	const parts = [citation.outlet, citation.published && longDate(citation.published, lang)];
	const known = parts.filter((p): p is string => !!p);
	return known.length ? known.join(t(lang, 'listComma')) : null;
}

/** One statement, as a citation pasted into a story or a paper names it. */
export interface CitedStatement {
	text: string;
	speaker: Official | null;
	/** The province's name in the page's language. */
	region: string;
	/** The meeting's day, 'YYYY-MM-DD', or null when the article gives none. */
	date: string | null;
	citation: Citation;
	/** The absolute URL of the paragraph it quotes, in the app's article view. */
	link: string;
}

/**
 * The text "copy citation" puts on the clipboard: the words as written, then who said them, where
 * and when, then who published them, then the link to the very paragraph.
 *
 *     “要把思想统一到全会精神上来。”
 *     ——省委书记林建国，山东，2023年11月1日
 *     光明日报，2023年11月3日，https://news.example.cn/…
 *     http://localhost:3000/source?report=x#p-0
 */
export function citeStatement(s: CitedStatement, lang: Lang): string {
	const comma = t(lang, 'listComma');
	const who = s.speaker ? `${s.speaker.title}${s.speaker.name}` : t(lang, 'theMeeting');
	const by = publishedBy(s.citation, lang);
	const source = [by, s.citation.url].filter((p): p is string => !!p).join(comma);
	return [
		`“${s.text}”`,
		`——${[who, s.region, longDate(s.date, lang)].join(comma)}`,
		...(source ? [source] : []),
		s.link
	].join('\n');
}
