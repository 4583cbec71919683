import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hoverDelay } from './hoverDelay';

describe('hoverDelay', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	function delayed() {
		const seen: (string | null)[] = [];
		return { seen, hover: hoverDelay<string>((h) => seen.push(h), 100) };
	}

	it('shows the first card after the delay, where the pointer is by then', () => {
		const { seen, hover } = delayed();
		hover.set('a');
		vi.advanceTimersByTime(60);
		hover.set('b');
		expect(seen).toStrictEqual([]);
		vi.advanceTimersByTime(40);
		expect(seen).toStrictEqual(['b']);
	});

	it('follows the pointer at once while a card is shown', () => {
		const { seen, hover } = delayed();
		hover.set('a');
		vi.advanceTimersByTime(100);
		hover.set('b');
		hover.set('c');
		expect(seen).toStrictEqual(['a', 'b', 'c']);
	});

	it('hides the card at once, and waits again for the next', () => {
		const { seen, hover } = delayed();
		hover.set('a');
		vi.advanceTimersByTime(100);
		hover.set(null);
		hover.set('b');
		expect(seen).toStrictEqual(['a', null]);
		vi.advanceTimersByTime(100);
		expect(seen).toStrictEqual(['a', null, 'b']);
	});

	it('shows nothing for a pointer that leaves before the delay', () => {
		const { seen, hover } = delayed();
		hover.set('a');
		vi.advanceTimersByTime(50);
		hover.set(null);
		vi.advanceTimersByTime(200);
		expect(seen).toStrictEqual([]);
	});

	it('shows nothing once cancelled', () => {
		const { seen, hover } = delayed();
		hover.set('a');
		hover.cancel();
		vi.advanceTimersByTime(200);
		expect(seen).toStrictEqual([]);
	});
});
