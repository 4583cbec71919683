import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
	EARLY_KEY,
	HELD_START,
	MAP_FIRST,
	replayEarlyInput,
	takeEarlySelection
} from '$lib/map/early';
import { READY_MARK } from '$lib/map/ready';
import { EARLY_SCRIPT, EARLY_SCRIPT_SOURCE, allowScript } from './earlyScript';

/** Observers that keep their callbacks, for a test to call as the browser would. */
function fakeObservers() {
	const calls = {
		mutated: () => {},
		painted: (_entries: unknown, _observer: unknown) => {}
	};
	const observers = {
		MutationObserver: class {
			constructor(callback: () => void) {
				calls.mutated = callback;
			}
			observe() {}
			disconnect() {
				calls.mutated = () => {
					throw new Error('called after disconnecting');
				};
			}
		},
		PerformanceObserver: class {
			constructor(callback: typeof calls.painted) {
				calls.painted = callback;
			}
			observe() {}
			disconnect() {}
		}
	};
	/** The first contentful paint at `startTime`, as the paint observer is told it. */
	const paint = (startTime: number) =>
		calls.painted({ getEntriesByName: () => [{ startTime }] }, { disconnect() {} });
	return { calls, observers, paint };
}

/** The page's <html>, keeping its attributes' names. */
function fakeRoot() {
	const attributes = new Set<string>();
	return {
		attributes,
		setAttribute: (name: string) => attributes.add(name),
		removeAttribute: (name: string) => attributes.delete(name)
	};
}

/** SvelteKit's start script as the server holds it, and the scripts put in its place. */
function heldScript() {
	const replaced: unknown[] = [];
	const held = { textContent: '{ start() }', replaceWith: (s: unknown) => replaced.push(s) };
	return { held, replaced };
}

describe('the early map script', () => {
	it('is allowed by the hash of exactly what the page inlines', () => {
		const hash = createHash('sha256').update(EARLY_SCRIPT).digest('base64');
		expect(EARLY_SCRIPT_SOURCE).toBe(`'sha256-${hash}'`);
	});

	it('runs on its own, sharing its state under its key', () => {
		// A window with just what the script touches before the page has a body.
		const listeners: string[] = [];
		const watched: unknown[] = [];
		const win = {
			document: {
				documentElement: fakeRoot(),
				readyState: 'loading',
				querySelector: () => null,
				addEventListener: (type: string) => listeners.push(type)
			},
			MutationObserver: class {
				observe(target: unknown) {
					watched.push(target);
				}
			}
		} as unknown as Window;
		new Function('window', EARLY_SCRIPT)(win);
		expect(listeners).toStrictEqual([
			'click',
			'keydown',
			'input',
			// What counts as reaching for the page, which starts the app.
			'pointermove',
			'pointerdown',
			'touchstart',
			'keydown',
			'focusin',
			'wheel',
			'DOMContentLoaded'
		]);
		expect((win as unknown as Record<string, unknown>)[EARLY_KEY]).toStrictEqual({
			selected: null,
			done: false,
			clicked: null,
			key: null,
			typed: null
		});
		expect(watched).toStrictEqual([win.document]);
	});

	it('marks the map ready at the later of the first paint and the parser reaching the slot', () => {
		let slot: object | null = null;
		const { calls, observers, paint } = fakeObservers();
		const marks: [string, number][] = [];
		let now = 40;
		const win = {
			document: {
				documentElement: fakeRoot(),
				readyState: 'loading',
				querySelector: () => slot,
				addEventListener: () => {}
			},
			...observers,
			setTimeout: () => 0,
			performance: {
				now: () => now,
				getEntriesByName: (name: string) => marks.filter(([n]) => n === name),
				mark: (name: string, { startTime }: { startTime: number }) => marks.push([name, startTime])
			}
		} as unknown as Window;
		new Function('window', EARLY_SCRIPT)(win);
		calls.mutated();
		now = 90;
		slot = {};
		calls.mutated();
		expect(marks).toStrictEqual([]);
		paint(120);
		expect(marks).toStrictEqual([[READY_MARK, 120]]);
	});

	it('marks the map ready on a page whose slot comes in its last step, before it is reported', () => {
		const { observers, paint } = fakeObservers();
		const listeners: Record<string, () => void> = {};
		const marks: [string, number][] = [];
		let slot: object | null = null;
		const win = {
			document: {
				documentElement: fakeRoot(),
				readyState: 'loading',
				querySelector: (selector: string) => (selector === '[data-early-slot]' ? slot : null),
				addEventListener: (type: string, f: () => void) => (listeners[type] = f),
				removeEventListener: () => {}
			},
			...observers,
			setTimeout: () => 0,
			performance: {
				now: () => 70,
				getEntriesByName: (name: string) => marks.filter(([n]) => n === name),
				mark: (name: string, { startTime }: { startTime: number }) => marks.push([name, startTime])
			}
		} as unknown as Window;
		new Function('window', EARLY_SCRIPT)(win);
		// The parser inserts the slot and ends the page in one step: DOMContentLoaded comes
		// before the mutation observer is told.
		slot = {};
		listeners.DOMContentLoaded!();
		paint(95);
		expect(marks).toStrictEqual([[READY_MARK, 95]]);
	});

	it('holds the rest of the page back until a moment after the map has been painted', () => {
		let slot: object | null = null;
		const { calls, observers, paint } = fakeObservers();
		const root = fakeRoot();
		const timers: [() => void, number][] = [];
		const win = {
			setTimeout: (f: () => void, ms: number) => timers.push([f, ms]),
			document: {
				documentElement: root,
				readyState: 'loading',
				querySelector: () => slot,
				addEventListener: () => {}
			},
			...observers,
			performance: { now: () => 60, getEntriesByName: () => [], mark: () => {} }
		} as unknown as Window;
		new Function('window', EARLY_SCRIPT)(win);
		expect([...root.attributes]).toStrictEqual([MAP_FIRST]);
		slot = {};
		calls.mutated();
		expect([...root.attributes]).toStrictEqual([MAP_FIRST]);
		paint(120);
		expect([...root.attributes]).toStrictEqual([MAP_FIRST]);
		expect(timers.map(([, ms]) => ms)).toStrictEqual([150]);
		timers[0]![0]();
		expect([...root.attributes]).toStrictEqual([]);
	});

	it('starts the held app once the map is painted, the page parsed and the page reached for', () => {
		const { calls, observers, paint } = fakeObservers();
		const { held, replaced } = heldScript();
		const listeners: Record<string, () => void> = {};
		const timers: (() => void)[] = [];
		const marks: string[] = [];
		const win = {
			document: {
				documentElement: fakeRoot(),
				readyState: 'loading',
				querySelector: (selector: string) =>
					selector === `script[${HELD_START}]` ? held : replaced.length ? null : {},
				addEventListener: (type: string, f: () => void) => (listeners[type] = f),
				removeEventListener: (type: string) => delete listeners[type],
				createElement: (tag: string) => ({ tag, textContent: '' })
			},
			// The app's start (the rest of the page is drawn on a timer of its own, tested above).
			setTimeout: (f: () => void, ms: number) => (ms === 0 ? timers.push(f) : 0),
			...observers,
			performance: {
				now: () => 50,
				getEntriesByName: () => marks,
				mark: (name: string) => marks.push(name)
			}
		} as unknown as Window;
		new Function('window', EARLY_SCRIPT)(win);
		calls.mutated();
		paint(80);
		expect(marks).toStrictEqual([READY_MARK]);
		listeners.DOMContentLoaded!();
		// Painted and parsed, but only looked at.
		expect(timers).toStrictEqual([]);
		listeners.pointermove!();
		expect(listeners.pointermove).toBeUndefined();
		expect(timers).toHaveLength(1);
		// In a task of its own, after the input's.
		expect(replaced).toStrictEqual([]);
		timers[0]!();
		expect(replaced).toStrictEqual([{ tag: 'script', textContent: '{ start() }' }]);
	});

	it('starts a held app at once on a page that turns out to have no early map', () => {
		const { observers } = fakeObservers();
		const { held, replaced } = heldScript();
		const root = fakeRoot();
		const listeners: Record<string, () => void> = {};
		const timers: (() => void)[] = [];
		const win = {
			document: {
				documentElement: root,
				readyState: 'loading',
				querySelector: (selector: string) => (selector === `script[${HELD_START}]` ? held : null),
				addEventListener: (type: string, f: () => void) => (listeners[type] = f),
				removeEventListener: () => {},
				createElement: (tag: string) => ({ tag, textContent: '' })
			},
			setTimeout: (f: () => void) => timers.push(f),
			...observers
		} as unknown as Window;
		new Function('window', EARLY_SCRIPT)(win);
		listeners.DOMContentLoaded!();
		timers.forEach((f) => f());
		expect(replaced).toStrictEqual([{ tag: 'script', textContent: '{ start() }' }]);
		// Nothing waits for a map it does not have.
		expect([...root.attributes]).toStrictEqual([]);
	});

	it('opens the panel of a region clicked before the panels are parsed, once they are', () => {
		vi.stubGlobal('Element', class {});
		const listeners: Record<string, (event?: unknown) => void> = {};
		const slot = {
			hidden: true,
			shown: null as unknown,
			replaceChildren(c: unknown) {
				this.shown = c;
			},
			querySelector: () => null
		};
		const outlined: string[] = [];
		const path = { setAttribute: () => outlined.push('140000') };
		let panels = false;
		const doc = {
			documentElement: fakeRoot(),
			readyState: 'loading',
			querySelector: (selector: string) =>
				selector === '[data-early-slot]'
					? slot
					: selector === 'template[data-early-panel="140000"]'
						? panels && { content: { cloneNode: () => 'the panel of 140000' } }
						: selector === 'svg.map path[data-code="140000"]'
							? path
							: null,
			querySelectorAll: () => [],
			addEventListener: (type: string, listener: () => void) => (listeners[type] = listener)
		};
		const win = {
			document: doc,
			...fakeObservers().observers,
			setTimeout: () => 0,
			requestAnimationFrame: () => 0,
			performance: { now: () => 0, getEntriesByName: () => [], mark: () => {} }
		} as unknown as Window;
		new Function('window', EARLY_SCRIPT)(win);
		const region = Object.assign(new (globalThis.Element as unknown as new () => object)(), {
			closest: (selector: string) =>
				selector === 'svg.map [data-code]' ? { getAttribute: () => '140000' } : null
		});
		listeners.click!({ target: region });
		// Chosen and outlined at once; its panel waits for the page's rest.
		expect(slot).toMatchObject({ hidden: true, shown: null });
		expect(outlined).toStrictEqual(['140000']);
		const state = (win as unknown as Record<string, { selected: string | null }>)[EARLY_KEY]!;
		expect(state.selected).toBe('140000');
		panels = true;
		listeners.DOMContentLoaded!();
		expect(slot).toMatchObject({ hidden: false, shown: 'the panel of 140000' });
		vi.unstubAllGlobals();
	});

	it('hands its choice to the app once, then stands down', () => {
		const removed: string[] = [];
		const win = {
			[EARLY_KEY]: { selected: '140000', done: false },
			document: {
				documentElement: { removeAttribute: (name: string) => removed.push(name) },
				querySelectorAll: () => [{ removeAttribute: (name: string) => removed.push(name) }]
			}
		} as unknown as Window;
		expect(takeEarlySelection(win)).toBe('140000');
		expect((win as unknown as Record<string, unknown>)[EARLY_KEY]).toMatchObject({ done: true });
		// The rest of the page is drawn, whatever the early script saw.
		expect(removed).toStrictEqual([MAP_FIRST, 'data-early-selected']);
		expect(takeEarlySelection({ document: {} } as unknown as Window)).toBeNull();
	});
});

describe('allowScript', () => {
	it("adds a source to script-src only, keeping SvelteKit's own", () => {
		expect(
			allowScript(
				"default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self'",
				"'sha256-b='"
			)
		).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'");
	});

	it('leaves a policy without script-src as it is', () => {
		expect(allowScript("default-src 'self'", "'sha256-b='")).toBe("default-src 'self'");
	});
});

describe('replayEarlyInput', () => {
	it('types again what was typed before the app started, clicks a button, presses a shortcut', () => {
		class HTMLElement {
			isConnected = true;
			clicks = 0;
			click() {
				this.clicks++;
			}
		}
		class HTMLInputElement {
			value = '';
			events: unknown[] = [];
			dispatchEvent(e: unknown) {
				this.events.push(e);
			}
		}
		class KeyboardEvent {
			constructor(
				public type: string,
				public init: object
			) {}
		}
		class Event extends KeyboardEvent {}
		const button = new HTMLElement();
		const field = new HTMLInputElement();
		const dispatched: unknown[] = [];
		const win = {
			[EARLY_KEY]: {
				selected: null,
				done: true,
				clicked: button,
				key: { key: 'p' },
				typed: { id: 'search', value: '骆惠宁' }
			},
			HTMLElement,
			HTMLInputElement,
			KeyboardEvent,
			Event,
			document: {
				body: { dispatchEvent: (e: unknown) => dispatched.push(e) },
				getElementById: (id: string) => (id === 'search' ? field : null)
			}
		} as unknown as Window;
		replayEarlyInput(win);
		expect(field.value).toBe('骆惠宁');
		expect(field.events).toStrictEqual([new Event('input', { bubbles: true })]);
		expect(button.clicks).toBe(1);
		expect(dispatched).toStrictEqual([new KeyboardEvent('keydown', { key: 'p', bubbles: true })]);
		// Once.
		replayEarlyInput(win);
		expect(button.clicks).toBe(1);
		expect(field.events).toHaveLength(1);
		expect(dispatched).toHaveLength(1);
		// Without the early script, nothing.
		expect(() => replayEarlyInput({} as Window)).not.toThrow();
	});
});
