const code = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const OPENING = new Set(code('“‘「『'));
const CLOSING = new Set(code('”’」』'));
const END = new Set(code('。！？'));

/**
 * Where the sentences of `text` start, from `from` on: after 。！？ that stand outside quotation
 * marks, so that a statement quoting someone (“总书记指出，‘…。’”) stays one sentence. A quote
 * that ends a sentence (…抓落实。”) ends it after its closing mark. A paragraph whose quotes never
 * close is read as if it had none, rather than as one sentence to its end.
 */
export function sentenceStarts(text: string, from = 0): number[] {
	return startsOf(text, from, true) ?? startsOf(text, from, false) ?? [from];
}

function startsOf(text: string, from: number, quotes: boolean): number[] | undefined {
	const starts = [from];
	const add = (at: number) => {
		let next = at;
		while (next < text.length && /\s/.test(text.charAt(next))) next++;
		if (next < text.length && next !== starts.at(-1)) starts.push(next);
	};
	let depth = 0;
	for (let i = from; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (quotes && OPENING.has(ch)) {
			depth++;
		} else if (quotes && CLOSING.has(ch) && depth > 0) {
			depth--;
			if (depth === 0 && END.has(text.charCodeAt(i - 1))) add(i + 1);
		} else if (depth === 0 && END.has(ch) && !END.has(text.charCodeAt(i + 1))) {
			// A closing mark right after the end belongs to this sentence (its quote opened before).
			let next = i + 1;
			while (CLOSING.has(text.charCodeAt(next))) next++;
			add(next);
			i = next - 1;
		}
	}
	return depth > 0 ? undefined : starts;
}
