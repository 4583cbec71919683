import { describe, expect, it } from 'vitest';
import { INTENT_EVENTS, onIntent } from './intent';

/** An element that keeps its listeners, to fire them. */
function fakeElement() {
	const listeners = new Map<string, Set<() => void>>();
	return {
		listeners,
		addEventListener: (type: string, f: () => void) =>
			listeners.set(type, (listeners.get(type) ?? new Set()).add(f)),
		removeEventListener: (type: string, f: () => void) => listeners.get(type)?.delete(f),
		fire: (type: string) => [...(listeners.get(type) ?? [])].forEach((f) => f()),
		count: () => [...listeners.values()].reduce((n, s) => n + s.size, 0)
	};
}

describe('onIntent', () => {
	it('calls back once, at the first of any intent event, and then stops listening', () => {
		const el = fakeElement();
		let calls = 0;
		onIntent(el as unknown as EventTarget, () => calls++);
		expect(el.count()).toBe(INTENT_EVENTS.length);
		el.fire('wheel');
		el.fire('pointermove');
		expect(calls).toBe(1);
		expect(el.count()).toBe(0);
	});

	it('can be cancelled before any intent', () => {
		const el = fakeElement();
		let calls = 0;
		const stop = onIntent(el as unknown as EventTarget, () => calls++);
		stop();
		el.fire('pointerdown');
		expect(calls).toBe(0);
		expect(el.count()).toBe(0);
	});
});
