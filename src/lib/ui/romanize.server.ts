/**
 * Officials' names in pinyin, worked out on the server: pinyin-pro's dictionary is some 140 kB
 * compressed, too much to send every reader for a dozen names, so pages get the names' pinyin as
 * data (routes/+layout.server.ts).
 */
import { segment, OutputFormat } from 'pinyin-pro';
import type { Report } from '../seed/types';
import { peopleOf } from './meetings';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Syllables run together as one word, an apostrophe where a/o/e would blur them (Xi'an). */
const word = (syllables: readonly string[]) =>
	syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');

/**
 * A Chinese name in pinyin, surname first, each part capitalised: 骆惠宁 → Luo Huining. The
 * surname's reading is the library's surname reading (单 Shan, 曾 Zeng, 解 Xie), a compound
 * surname stays one word (欧阳坚 → Ouyang Jian). A transliterated name (艾力·买买提) keeps its
 * parts. What is not Chinese is kept as written.
 */
export function romanize(name: string): string {
	if (!/\p{Script=Han}/u.test(name)) return name;
	const parts = name.split(/[·•・]/).filter(Boolean);
	if (parts.length > 1) return parts.map((p) => capital(word(syllables(p)))).join(' ');
	const [surname, ...given] = segment(name, {
		mode: 'surname',
		surname: 'head',
		toneType: 'none',
		format: OutputFormat.AllSegment
	});
	if (!surname) return name;
	const rest = given.flatMap((g) => g.result.split(' '));
	return [capital(surname.result.replace(/ /g, '')), capital(word(rest))].filter(Boolean).join(' ');
}

/** A transliteration's syllables, read as ordinary text (it has no surname). */
function syllables(text: string): string[] {
	return segment(text, { toneType: 'none', format: OutputFormat.PinyinArray }).flat();
}

const cache = new Map<string, string>();

/** Every name of an official who leads or speaks in these reports, in pinyin, by name. */
export function romanizedNames(reports: readonly Report[]): Record<string, string> {
	const names = new Set(
		reports.flatMap((r) => r.meetings.flatMap((m) => peopleOf(m).map((p) => p.name)))
	);
	return Object.fromEntries(
		[...names].map((name) => {
			if (!cache.has(name)) cache.set(name, romanize(name));
			return [name, cache.get(name)!];
		})
	);
}
