import { describe, expect, it } from 'vitest';
import { READY_ELEMENT, READY_MARK, markReady } from './ready';

/** A window whose Element Timing has (or lacks) `entries`, and the marks made in it. */
function fakeWindow(entries: { identifier: string; renderTime: number }[] | null, now = 900) {
	const marks: { name: string; startTime: number }[] = [];
	const performance = {
		now: () => now,
		mark: (name: string, options: { startTime: number }) =>
			marks.push({ name, startTime: options.startTime }),
		getEntriesByName: (name: string) => marks.filter((m) => m.name === name)
	};
	class PerformanceObserver {
		static supportedEntryTypes = entries ? ['element', 'paint'] : ['paint'];
		constructor(
			readonly callback: (
				list: { getEntries(): unknown[] },
				observer: { disconnect(): void }
			) => void
		) {}
		observe() {
			this.callback({ getEntries: () => entries ?? [] }, { disconnect: () => {} });
		}
	}
	const win = { performance, PerformanceObserver } as unknown as Parameters<typeof markReady>[0];
	return { win, marks };
}

describe('markReady', () => {
	it('marks map:ready at the frame that drew the map’s last label, however late it is asked', () => {
		const { win, marks } = fakeWindow([
			{ identifier: 'masthead', renderTime: 120 },
			{ identifier: READY_ELEMENT, renderTime: 287.5 }
		]);
		markReady(win);
		expect(marks).toStrictEqual([{ name: READY_MARK, startTime: 287.5 }]);
	});

	it('marks it once, however often the map mounts', () => {
		const { win, marks } = fakeWindow([{ identifier: READY_ELEMENT, renderTime: 300 }]);
		markReady(win);
		markReady(win);
		expect(marks).toHaveLength(1);
	});

	it('waits for the map to be drawn when it is not yet', () => {
		const { win, marks } = fakeWindow([]);
		markReady(win);
		expect(marks).toStrictEqual([]);
	});

	it('takes the map’s mount for it where there is no Element Timing', () => {
		const { win, marks } = fakeWindow(null, 640);
		markReady(win);
		expect(marks).toStrictEqual([{ name: READY_MARK, startTime: 640 }]);
	});
});
