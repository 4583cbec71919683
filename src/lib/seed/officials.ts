import { forMatching } from './matching';
import type { Official } from './types';

/**
 * How an office ends. The official's title is everything before the name, so it is split off at
 * the last of these that leaves a plausible name (a title may list several offices:
 * 省委书记、省人大常委会主任). A generic 长 is deliberately absent: names contain it (李长春).
 */
const OFFICE_SUFFIXES = [
	'书记',
	'主任',
	'主席',
	'省长',
	'市长',
	'区长',
	'县长',
	'州长',
	'盟长',
	'部长',
	'厅长',
	'局长',
	'院长',
	'组长',
	'检察长',
	'委员长',
	'秘书长',
	'行政长官',
	'常委',
	'委员',
	'司令员',
	'政委',
	'总理',
	'董事长'
];

/** 2 to 4 Han characters (欧阳志远), or a transliterated name joined by middle dots (雪克来提·扎克尔). */
const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,12}(?:·\p{Script=Han}{1,12}){1,3})$/u;
const LONGEST_NAME = 40;

/**
 * `省委书记骆惠宁` → { name: '骆惠宁', title: '省委书记' }. `match` is the same text in its
 * matching form (matching.ts: simplified, dots as `·`), where the offices and the name's shape
 * are recognised; the title comes out as written, the name with its dots as `·`.
 */
export function splitOfficial(who: string, match: string = forMatching(who)): Official | undefined {
	for (let cut = who.length - 2; cut > 0 && cut >= who.length - LONGEST_NAME; cut--) {
		const title = match.slice(0, cut);
		const name = match.slice(cut);
		if (NAME.test(name) && isTitle(title))
			return { name: nameAsShown(who.slice(cut)), title: who.slice(0, cut) };
	}
	return undefined;
}

/**
 * Whether `title` is offices only: it ends with one, and no piece of a list of offices
 * (省委书记、省人大常委会主任王海、省长) is an office with a name after it, which would make it two people.
 */
function isTitle(title: string): boolean {
	if (!OFFICE_SUFFIXES.some((s) => title.endsWith(s))) return false;
	const pieces = title.split('、');
	return pieces.slice(0, -1).every((piece) => !endsWithName(piece));
}

function endsWithName(piece: string): boolean {
	for (let length = 2; length <= 4 && length < piece.length; length++) {
		const title = piece.slice(0, piece.length - length);
		if (NAME.test(piece.slice(-length)) && OFFICE_SUFFIXES.some((s) => title.endsWith(s)))
			return true;
	}
	return false;
}

/** A name as shown and compared: one person is one person, whichever dot the article used. */
export function nameAsShown(name: string): string {
	return name.replace(/[•・‧∙･]/g, '·');
}
