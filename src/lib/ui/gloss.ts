/**
 * The article's offices and speech verbs in English, from tables, and its officials' names in the
 * pinyin the server works out (romanize.server.ts). The statements themselves stay in Chinese: a
 * gloss is for finding one's way, not a translation.
 */
import type { Lang } from './i18n';

/** The speech verbs the parser knows (seed/verbs.ts), as English reporting verbs. */
const VERBS: Record<string, string> = {
	指出: 'pointed out',
	强调: 'stressed',
	强调指出: 'stressed, pointing out',
	明确指出: 'pointed out explicitly',
	深刻指出: 'pointed out',
	要求: 'called for',
	明确要求: 'explicitly called for',
	表示: 'said',
	说: 'said',
	提出: 'proposed',
	明确提出: 'explicitly proposed',
	希望: 'expressed the hope',
	认为: 'held',
	// What a meeting itself resolves (会议号召，…).
	号召: 'called on',
	决定: 'decided',
	明确: 'made clear'
};

/**
 * The traditional forms of the characters the offices and verbs are written with (書記 as 书记,
 * 強調 as 强调): an article reprinted in traditional characters is glossed as the same words. Only
 * these: the parser reads the article itself through OpenCC's tables on the server.
 */
const SIMPLIFIED: Record<string, string> = Object.fromEntries(
	[
		...'书書记記长長区區党黨员員务務协協监監纪紀组組织織传傳统統战戰导導厅廳县縣议議认認为為决決确確号號强強说說会會办辦处處调調讲講话話'.matchAll(
			/(.)(.)/gu
		)
	].map(([, a, b]) => [b, a])
);
const simplified = (text: string): string => text.replace(/./gu, (ch) => SIMPLIFIED[ch] ?? ch);

/** The three kinds of provincial-level division, as offices name them. */
const LEVELS = [
	{ gov: '省', party: ['省委'], adj: 'Provincial', head: 'Governor' },
	{ gov: '自治区', party: ['自治区党委', '区党委'], adj: 'Regional', head: 'Chairman' },
	{ gov: '市', party: ['市委'], adj: 'Municipal', head: 'Mayor' }
];

/** The offices of a level's Party committee, government, congress and CPPCC. */
const OFFICES: Record<string, string> = Object.fromEntries(
	LEVELS.flatMap(({ gov, party, adj, head }) => [
		...party.flatMap((p) => [
			[`${p}书记`, 'Party Secretary'],
			[`${p}副书记`, 'Deputy Party Secretary'],
			[`${p}常委`, `Member of the ${adj} Party Standing Committee`],
			[`${p}秘书长`, `Secretary-General of the ${adj} Party Committee`],
			[`${p}组织部部长`, `Head of the ${adj} Organization Department`],
			[`${p}宣传部部长`, `Head of the ${adj} Publicity Department`]
		]),
		[`${gov}长`, head],
		[`${gov}主席`, head],
		[`${gov}政府主席`, head],
		[`副${gov}长`, `Vice ${head}`],
		[`${gov}副主席`, `Vice ${head}`],
		[`${gov}人大常委会主任`, `Chairman of the ${adj} People’s Congress Standing Committee`],
		[`${gov}政协主席`, `Chairman of the ${adj} CPPCC Committee`],
		[`${gov}纪委书记`, `Secretary of the ${adj} Discipline Inspection Commission`],
		[`${gov}监委主任`, `Director of the ${adj} Supervisory Commission`]
	])
);

const OTHER_OFFICES: Record<string, string> = {
	兵团党委书记: 'Party Secretary of the Production and Construction Corps',
	兵团司令员: 'Commander of the Production and Construction Corps',
	行政长官: 'Chief Executive',
	主题教育领导小组组长: 'Head of the Theme Education Leading Group'
};

/** Where a compound office (省委书记、省人大常委会主任) divides into offices. */
const BETWEEN_OFFICES = /[、，,]|兼/;

/** An office in English, piece by piece; a piece no table knows stays as written. */
export function glossTitle(title: string): string {
	const pieces = simplified(title)
		.split(BETWEEN_OFFICES)
		.map((p) => p.trim())
		.filter(Boolean);
	const glossed = pieces.map((p) => OFFICES[p] ?? OTHER_OFFICES[p] ?? p);
	return new Intl.ListFormat('en', { type: 'conjunction' }).format(glossed);
}

/** A speech verb in English, or as written when the table does not know it. */
export function glossVerb(verb: string): string {
	return VERBS[simplified(verb)] ?? verb;
}

/** An office in the page's language. */
export const titleIn = (title: string, lang: Lang) => (lang === 'en' ? glossTitle(title) : title);

/** A speech verb in the page's language. */
export const verbIn = (verb: string, lang: Lang) => (lang === 'en' ? glossVerb(verb) : verb);

/** A name in the page's language: its pinyin from `romanized` (name → pinyin), else as written. */
export const nameIn = (name: string, lang: Lang, romanized: Record<string, string> = {}) =>
	lang === 'en' ? (romanized[name] ?? name) : name;

/** Who said a statement: an official, or (null) the meeting itself, as in 会议指出. */
export function speakerIn(
	speaker: { name: string; title: string } | null,
	lang: Lang,
	romanized: Record<string, string> = {}
): string {
	if (speaker === null) return lang === 'en' ? 'the meeting' : '会议';
	const sep = lang === 'en' ? ' ' : '';
	return titleIn(speaker.title, lang) + sep + nameIn(speaker.name, lang, romanized);
}
