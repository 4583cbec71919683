/**
 * The map's first second. The server's SVG map is on screen long before the app's JavaScript has
 * loaded and hydrated; `earlyMap`, inlined in the page's <head>, makes it answer clicks from the
 * first paint. Each region's panel is rendered by the server into a <template> (EarlyPanels.svelte);
 * a click on a region shows its panel in the side column and outlines the region, and the app,
 * once started, takes the choice over (`takeEarlySelection`) and removes the templates.
 *
 * It also has the map drawn first: until a moment after the map's frame is on screen, <html>
 * carries MAP_FIRST, under which the page leaves its side column, and the words of its masthead
 * and timeline, undrawn (+page.svelte).
 *
 * The app starts once the map is on screen and someone reaches for the page (a pointer moving, a
 * touch, a key, focus, a wheel): its start is a long task (loading, then hydrating the whole page),
 * which a page only looked at, on a projector or a phone, does not need. A button clicked, a
 * shortcut pressed or text typed before it has started is given to it once it has
 * (`replayEarlyInput`).
 */
import type { afterNextPaint } from '../ui/afterNextPaint';

/** What the early script shares with the app, on `window`. */
export interface EarlyState {
	/** The region chosen before the app started, or null. */
	selected: string | null;
	/** Set by the app when it takes over: the early script then does nothing more. */
	done: boolean;
	/** A button clicked before the app started, with nothing to do yet: the app clicks it again. */
	clicked: Element | null;
	/** A shortcut pressed (on no control) before the app started: the app gets it again. */
	key: KeyboardEventInit | null;
	/** What was typed into a field before the app started (hydrating resets it): typed again. */
	typed: { id: string; value: string } | null;
}

export const EARLY_KEY = '__earlyMap';

/** The attribute of SvelteKit's start script, held back until the first paint (server/holdAppStart). */
export const HELD_START = 'data-held-start';

/**
 * On <html> until a moment after the map's first frame is on screen: what the page draws after
 * the map waits for its removal.
 */
export const MAP_FIRST = 'data-map-first';

type EarlyWindow = Window & { [EARLY_KEY]?: EarlyState };

/**
 * The inline script. The server serializes it with Function.prototype.toString, so its body may use
 * nothing from outside it: constants, and the app's own `afterNextPaint`, come in as arguments.
 */
export function earlyMap(
	win: Window,
	key: string,
	mark: string,
	held: string,
	first: string,
	later: typeof afterNextPaint
): void {
	const doc = win.document;
	const state: EarlyState = { selected: null, done: false, clicked: null, key: null, typed: null };
	(win as unknown as Record<string, EarlyState>)[key] = state;
	const slot = () => doc.querySelector<HTMLElement>('[data-early-slot]');

	function outline(code: string | null) {
		for (const path of doc.querySelectorAll('[data-early-selected]')) {
			path.removeAttribute('data-early-selected');
		}
		if (code)
			doc
				.querySelector(`svg.map path[data-code="${code}"]`)
				?.setAttribute('data-early-selected', '');
	}

	function show(code: string) {
		const target = slot();
		const panel = doc.querySelector<HTMLTemplateElement>(`template[data-early-panel="${code}"]`);
		// The panels come after the map in the page: a region chosen before they are in is
		// outlined at once, and its panel shown once they are (at DOMContentLoaded, below).
		if (!target || (!panel && parsed)) return;
		state.selected = code;
		outline(code);
		if (!panel) return;
		target.replaceChildren(panel.content.cloneNode(true));
		target.hidden = false;
		// Once the panel is drawn, as the app's panel does: focusing lays the page out, which in the
		// panel's own frame would hold it back.
		later(() => {
			if (state.selected === code && !state.done) {
				target.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true });
			}
		}, win);
	}

	function close() {
		const target = slot();
		if (target) {
			target.hidden = true;
			target.replaceChildren();
		}
		state.selected = null;
		outline(null);
	}

	doc.addEventListener(
		'click',
		(event) => {
			const el = event.target;
			if (state.done || !(el instanceof Element) || !slot()) return;
			if (el.closest('[data-early-slot] .close')) return close();
			const code = el.closest('svg.map [data-code]')?.getAttribute('data-code');
			if (code && /^\d{6}$/.test(code)) return show(code);
			// Links and form buttons work without the app; other buttons wait for it.
			const button = el.closest('button');
			if (button && button.type === 'button' && !button.closest('[data-early-slot]')) {
				state.clicked = button;
			}
		},
		true
	);
	doc.addEventListener('keydown', (event) => {
		if (state.done) return;
		if (event.key === 'Escape' && state.selected) return close();
		const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
		if (event.target === doc.body && key !== 'Tab') {
			state.key = { key, code, shiftKey, ctrlKey, altKey, metaKey };
		}
	});
	doc.addEventListener(
		'input',
		(event) => {
			const field = event.target as HTMLInputElement | null;
			if (!state.done && field?.id && typeof field.value === 'string') {
				state.typed = { id: field.id, value: field.value };
			}
		},
		true
	);
	let parsed = doc.readyState !== 'loading';
	let reached = false;
	const REACH = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'];
	const reach = () => {
		reached = true;
		for (const type of REACH) doc.removeEventListener(type, reach, true);
		startWhenDue();
	};
	for (const type of REACH) doc.addEventListener(type, reach, { capture: true, passive: true });
	// The page's first paint has the whole map in its colors (app.html's <link rel="expect">), with
	// the slot right after it; a click shows its region's panel from then on (once the panels,
	// parsed after that frame, are in).
	// The mark is the later of the first paint and the parser's inserting the slot (seen at the end
	// of that parse step, not at a later frame, which the app's module evaluation can hold up).
	let found: number | undefined;
	let painted: number | undefined;
	const markDrawn = () => {
		if (found === undefined || painted === undefined) return;
		if (win.performance.getEntriesByName(mark).length) return;
		win.performance.mark(mark, { startTime: Math.max(found, painted) });
		startWhenDue();
	};
	// The app's start script, held back by the server, runs once the map is on screen and reached
	// for: run where it stands, its modules' fetching and its data's compiling would come before
	// that paint. Same text, so the page's CSP hash for it still holds; same parent, which it
	// hydrates. A task of its own, after the input that asked for it.
	let starting = false;
	function startWhenDue() {
		if (starting || !parsed) return;
		// A page without the early map (no slot once parsed) has nothing to show first: at once.
		if (found !== undefined && (painted === undefined || !reached)) return;
		starting = true;
		win.setTimeout(() => {
			const script = doc.querySelector(`script[${held}]`);
			if (!script) return;
			const start = doc.createElement('script');
			start.textContent = script.textContent;
			script.replaceWith(start);
		}, 0);
	}
	const drawRest = () => doc.documentElement.removeAttribute(first);
	const seen = () => {
		if (found !== undefined || !slot()) return false;
		found = win.performance.now();
		markDrawn();
		return true;
	};
	let watch: MutationObserver | undefined;
	if (!seen()) {
		const Mutations = (win as unknown as typeof globalThis).MutationObserver;
		watch = new Mutations(() => {
			if (seen()) watch?.disconnect();
		});
		watch.observe(doc, { childList: true, subtree: true });
	}
	if (!parsed) {
		doc.addEventListener(
			'DOMContentLoaded',
			() => {
				// A slot parsed in the page's last step has not been reported yet: disconnecting
				// would drop the report, and the mark with it.
				seen();
				watch?.disconnect();
				parsed = true;
				// A region chosen before its panel was parsed: the slot is still empty.
				if (state.selected && slot()?.hidden) show(state.selected);
				if (found === undefined) drawRest();
				startWhenDue();
			},
			{ once: true }
		);
	}
	try {
		const Observer = (win as unknown as typeof globalThis).PerformanceObserver;
		new Observer((entries, observer) => {
			const paint = entries.getEntriesByName('first-contentful-paint')[0];
			if (!paint) return;
			observer.disconnect();
			win.setTimeout(drawRest, 150);
			painted = paint.startTime;
			markDrawn();
		}).observe({ type: 'paint', buffered: true });
		// The map's frame first: what the page draws after it (+page.svelte's side column, the
		// words of its masthead and timeline) waits for that frame to be on screen, so as not to
		// hold it up, and a moment more, so that a click on the map at once is answered before it
		// (drawn at once, the column's frame held such a click up by 20 ms). Only where the paint
		// is seen.
		doc.documentElement.setAttribute(first, '');
	} catch {
		// No paint timing here: the slot's arrival stands for the paint.
		painted = 0;
	}
}

/**
 * The app taking over: the region chosen before it started (or null), after which the early
 * script stands down and the outline it drew is cleared (the app draws its own).
 */
export function takeEarlySelection(win: Window = window): string | null {
	const state = (win as EarlyWindow)[EARLY_KEY];
	if (!state) return null;
	state.done = true;
	win.document.documentElement.removeAttribute(MAP_FIRST);
	for (const path of win.document.querySelectorAll('[data-early-selected]')) {
		path.removeAttribute('data-early-selected');
	}
	return state.selected;
}

/**
 * Gives the app what was asked of the page before it started and the early script could not do:
 * a button clicked (clicked again, now with its handler), a shortcut pressed (pressed again), text
 * typed into a field (which hydrating emptied: typed again, as one input).
 */
export function replayEarlyInput(win: Window = window): void {
	const state = (win as EarlyWindow)[EARLY_KEY];
	if (!state) return;
	const { clicked, key, typed } = state;
	state.clicked = state.key = state.typed = null;
	const { HTMLElement, HTMLInputElement, KeyboardEvent, Event } =
		win as unknown as typeof globalThis;
	const field = typed && win.document.getElementById(typed.id);
	if (typed && field instanceof HTMLInputElement && field.value !== typed.value) {
		field.value = typed.value;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}
	if (clicked instanceof HTMLElement && clicked.isConnected) clicked.click();
	if (key) win.document.body.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true }));
}
