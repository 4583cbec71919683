import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EARLY_KEY, HELD_START, afterFirstPaint, takeEarlySelection } from '$lib/map/early';
import { READY_MARK } from '$lib/map/ready';
import { EARLY_SCRIPT, EARLY_SCRIPT_SOURCE, allowScript } from './earlyScript';

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
		expect(listeners).toStrictEqual(['click', 'keydown', 'DOMContentLoaded']);
		expect((win as unknown as Record<string, unknown>)[EARLY_KEY]).toStrictEqual({
			selected: null,
			done: false
		});
		expect(watched).toStrictEqual([win.document]);
	});

	it('marks the map ready at the later of the first paint and the parser reaching the slot', () => {
		let slot: object | null = null;
		let mutated = () => {};
		let painted = (_entries: unknown, _observer: unknown) => {};
		const marks: [string, number][] = [];
		let now = 40;
		const win = {
			document: {
				readyState: 'loading',
				querySelector: () => slot,
				addEventListener: () => {}
			},
			MutationObserver: class {
				constructor(callback: () => void) {
					mutated = callback;
				}
				observe() {}
				disconnect() {
					mutated = () => {
						throw new Error('called after disconnecting');
					};
				}
			},
			PerformanceObserver: class {
				constructor(callback: typeof painted) {
					painted = callback;
				}
				observe() {}
				disconnect() {}
			},
			performance: {
				now: () => now,
				getEntriesByName: (name: string) => marks.filter(([n]) => n === name),
				mark: (name: string, { startTime }: { startTime: number }) => marks.push([name, startTime])
			}
		} as unknown as Window;
		new Function('window', EARLY_SCRIPT)(win);
		mutated();
		now = 90;
		slot = {};
		mutated();
		expect(marks).toStrictEqual([]);
		const fcp = { startTime: 120 };
		painted({ getEntriesByName: () => [fcp] }, { disconnect() {} });
		expect(marks).toStrictEqual([[READY_MARK, 120]]);
	});

	it('starts the held app once the map is painted and the page parsed, with the same text', () => {
		let mutated = () => {};
		let painted = (_entries: unknown, _observer: unknown) => {};
		let parsed = () => {};
		const held = { textContent: '{ start() }', replaceWith: (s: unknown) => replaced.push(s) };
		const replaced: unknown[] = [];
		const marks: string[] = [];
		const win = {
			document: {
				readyState: 'loading',
				querySelector: (selector: string) =>
					selector === `script[${HELD_START}]` ? held : replaced.length ? null : {},
				addEventListener: (type: string, f: () => void) => {
					if (type === 'DOMContentLoaded') parsed = f;
				},
				createElement: (tag: string) => ({ tag, textContent: '' })
			},
			MutationObserver: class {
				constructor(callback: () => void) {
					mutated = callback;
				}
				observe() {}
				disconnect() {}
			},
			PerformanceObserver: class {
				constructor(callback: typeof painted) {
					painted = callback;
				}
				observe() {}
				disconnect() {}
			},
			performance: {
				now: () => 50,
				getEntriesByName: () => marks,
				mark: (name: string) => marks.push(name)
			}
		} as unknown as Window;
		new Function('window', EARLY_SCRIPT)(win);
		mutated();
		expect(replaced).toStrictEqual([]);
		painted({ getEntriesByName: () => [{ startTime: 80 }] }, { disconnect() {} });
		// Painted, but the start script may not be parsed yet.
		expect(marks).toStrictEqual([READY_MARK]);
		expect(replaced).toStrictEqual([]);
		parsed();
		expect(replaced).toStrictEqual([{ tag: 'script', textContent: '{ start() }' }]);
	});

	it('hands its choice to the app once, then stands down', () => {
		const removed: string[] = [];
		const win = {
			[EARLY_KEY]: { selected: '140000', done: false },
			document: {
				querySelectorAll: () => [{ removeAttribute: (name: string) => removed.push(name) }]
			}
		} as unknown as Window;
		expect(takeEarlySelection(win)).toBe('140000');
		expect((win as unknown as Record<string, unknown>)[EARLY_KEY]).toMatchObject({ done: true });
		expect(removed).toStrictEqual(['data-early-selected']);
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

describe('afterFirstPaint', () => {
	it('resolves at once where the early script has not run or the page has no early map', async () => {
		await expect(afterFirstPaint({} as Window)).resolves.toBeUndefined();
		const noMap = {
			[EARLY_KEY]: { selected: null, done: false },
			document: { querySelector: () => null },
			requestAnimationFrame: () => {
				throw new Error('no frame is waited for');
			}
		} as unknown as Window;
		await expect(afterFirstPaint(noMap)).resolves.toBeUndefined();
	});

	it('waits for a frame and then idle, or for its timeout when no frame comes', async () => {
		const calls: string[] = [];
		let timeout: (() => void) | undefined;
		const win = {
			[EARLY_KEY]: { selected: null, done: false },
			document: { querySelector: () => ({}) },
			setTimeout: (f: () => void) => (timeout = f),
			requestAnimationFrame: () => calls.push('frame')
		} as unknown as Window;
		const started = afterFirstPaint(win, 300);
		expect(calls).toStrictEqual(['frame']);
		timeout!();
		await expect(started).resolves.toBeUndefined();
	});
});
