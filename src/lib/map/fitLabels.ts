/**
 * Makes map labels fit where they stand. The server places every label once, for a Chinese name
 * over one date line (placeLabels.ts); an English name is wider, a search adds a count line, the
 * presenter draws names larger. Where labels would then touch, the one whose change clears the
 * most takes a shorter form, as little as it needs, and the article's own provinces last: a
 * short name (English: Guangxi → GX), its lines joined into one (10 Sep · 3 matches), both; a
 * name the article does not mention, which is only context, may be left out; last, a search's
 * count line (the date never). Deterministic: the
 * same labels fit the same way on the server and in every browser.
 */
import { growBox as grown, labelBox, moveBox, overlapArea, type Box } from './labelBox';
import type { MapLabel } from './labels';

type Point = readonly [number, number];

export interface FitOptions {
	/** Which regions are drawn at the mentioned size (bold, with a date). */
	mentioned: ReadonlySet<string>;
	/**
	 * The names' sizes against labelBox's (24 and 32 units): the presenter's are larger, the WebGL
	 * map's are in screen pixels.
	 */
	scale?: { name: number; mentioned: number };
	/** The map's frame: a label cut by it is half a label. */
	frame?: Box;
	/** What labels must not cover (the South China Sea inset). */
	obstacles?: readonly Box[];
	/** Clear space between two labels, so that they read as two. */
	gap?: number;
}

export interface Fitted {
	labels: Record<string, MapLabel>;
	/** The overlap left where no form would clear it (0 when every label fits). */
	rest: number;
}

interface Form {
	label: MapLabel;
	/** What the form costs the reader; a mentioned province's change costs more. */
	cost: number;
}

/** The forms a label can take, the fullest first; `full` is the label as written. */
function formsOf(full: MapLabel, mentioned: boolean): Form[] {
	const asWritten = { name: full.name, lines: full.lines };
	const joined = full.lines.length > 1 ? [full.lines.join(' · ')] : null;
	const short = full.short && full.short !== full.name ? full.short : null;
	const form = (name: string, lines: string[], cost: number): Form => ({
		label: { name, lines, ...(full.short ? { short: full.short } : {}), full: asWritten },
		cost
	});
	const forms: Form[] = [{ label: full, cost: 0 }];
	if (short) forms.push(form(short, full.lines, mentioned ? 2 : 1));
	if (joined) forms.push(form(full.name, joined, 2));
	if (short && joined) forms.push(form(short, joined, 3));
	if (!mentioned) forms.push(form('', [], 3));
	// Last, a search's count (told beside the search box too), never the date.
	if (full.lines.length > 1) {
		forms.push(form(full.name, full.lines.slice(0, 1), 4));
		if (short) forms.push(form(short, full.lines.slice(0, 1), 4));
	}
	return forms;
}

const scaled = (b: Box, k: number): Box => ({
	x0: b.x0 * k,
	y0: b.y0 * k,
	x1: b.x1 * k,
	y1: b.y1 * k
});
const area = (b: Box) => (b.x1 - b.x0) * (b.y1 - b.y0);

/** Each label in its fullest form that keeps clear of the others, the frame and the obstacles. */
export function fitLabels(
	labels: Readonly<Record<string, MapLabel>>,
	points: Readonly<Record<string, Point>>,
	options: FitOptions
): Fitted {
	const { mentioned, scale = { name: 1, mentioned: 1 }, frame, obstacles = [], gap = 0 } = options;
	const codes = Object.keys(labels)
		.filter((c) => points[c])
		.sort();
	const choices = new Map(
		codes.map((code) => {
			const big = mentioned.has(code);
			const { full: written, ...label } = labels[code]!;
			const full = { ...label, ...written };
			const k = big ? scale.mentioned : scale.name;
			return [
				code,
				formsOf(full, big).map((f) => {
					const box = scaled(labelBox(f.label.name, f.label.lines, big), k);
					return { ...f, box: f.label.name ? grown(moveBox(box, points[code]!), gap / 2) : null };
				})
			];
		})
	);
	const chosen = new Map(codes.map((c) => [c, 0]));
	// Only labels whose largest forms reach each other can ever touch.
	const reach = new Map(
		codes.map((code) => {
			const boxes = choices.get(code)!.flatMap((f) => (f.box ? [f.box] : []));
			return [
				code,
				boxes.reduce((u, b) => ({
					x0: Math.min(u.x0, b.x0),
					y0: Math.min(u.y0, b.y0),
					x1: Math.max(u.x1, b.x1),
					y1: Math.max(u.y1, b.y1)
				}))
			];
		})
	);
	const neighbours = new Map(
		codes.map((a) => [
			a,
			codes.filter((b) => b !== a && overlapArea(reach.get(a)!, reach.get(b)!) > 0)
		])
	);
	const boxOf = (code: string, form = chosen.get(code)!) => choices.get(code)![form]!.box;
	/** The overlap a label in a form makes: with other labels, the frame's edge, the obstacles. */
	const clash = (code: string, form: number) => {
		const box = boxOf(code, form);
		if (!box) return 0;
		let sum = frame ? area(box) - overlapArea(box, grown(frame, gap / 2)) : 0;
		for (const o of obstacles) sum += overlapArea(box, o);
		for (const other of neighbours.get(code)!) {
			const b = boxOf(other);
			if (b) sum += overlapArea(box, b);
		}
		return sum;
	};
	// The cheapest changes first: each round takes the change that clears the most among those
	// costing at most `level`, until none clears anything; only then dearer ones. Every change
	// lowers the total overlap, so this ends.
	for (const level of [1, 2, 3, 4]) {
		for (;;) {
			let best: { code: string; form: number; gain: number } | null = null;
			for (const code of codes) {
				const now = chosen.get(code)!;
				const before = clash(code, now);
				if (before === 0) continue;
				choices.get(code)!.forEach((f, form) => {
					if (form === now || f.cost > level) return;
					const gain = before - clash(code, form);
					if (gain > 0.5 && (!best || gain > best.gain)) best = { code, form, gain };
				});
			}
			if (!best) break;
			const { code, form } = best;
			chosen.set(code, form);
		}
	}
	// Two neighbours may clear each other only by changing together (a short name beside joined
	// lines): every pair of forms of two labels that still touch, the best first.
	const total = () => codes.reduce((sum, code) => sum + clash(code, chosen.get(code)!), 0);
	for (let before = total(); before > 0;) {
		let best: { a: string; b: string; fa: number; fb: number; after: number } | null = null;
		for (const a of codes) {
			for (const b of neighbours.get(a)!.filter((b) => b > a)) {
				const [boxA, boxB] = [boxOf(a), boxOf(b)];
				if (!boxA || !boxB || overlapArea(boxA, boxB) === 0) continue;
				const [ka, kb] = [chosen.get(a)!, chosen.get(b)!];
				choices.get(a)!.forEach((_, fa) =>
					choices.get(b)!.forEach((_, fb) => {
						chosen.set(a, fa).set(b, fb);
						const after = total();
						if (after < (best?.after ?? before - 0.5)) best = { a, b, fa, fb, after };
					})
				);
				chosen.set(a, ka).set(b, kb);
			}
		}
		if (!best) break;
		const { a, b, fa, fb, after } = best;
		chosen.set(a, fa).set(b, fb);
		before = after;
	}
	// A label shortened early may have room again once its neighbours took theirs: each takes back
	// the cheapest form that now touches nothing, so none is shorter than it needs to be.
	for (let changed = true; changed;) {
		changed = false;
		for (const code of codes) {
			const forms = choices.get(code)!;
			const now = chosen.get(code)!;
			const back = forms.findIndex(
				(f, form) => f.cost < forms[now]!.cost && clash(code, form) === 0
			);
			if (back !== -1) {
				chosen.set(code, back);
				changed = true;
			}
		}
	}
	const rest = total();
	return {
		labels: Object.fromEntries(
			Object.entries(labels).map(([code, label]) => {
				const form = chosen.get(code);
				return [code, form === undefined ? label : choices.get(code)![form]!.label];
			})
		),
		rest
	};
}
