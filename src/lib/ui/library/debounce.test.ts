import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debounce } from './debounce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Debounce', () => {
	it('runs only the last call, once the calls have stopped for its time', () => {
		const runs: string[] = [];
		const d = new Debounce(300);
		d.call(() => runs.push('一'));
		vi.advanceTimersByTime(200);
		d.call(() => runs.push('一刀'));
		vi.advanceTimersByTime(299);
		expect(runs).toStrictEqual([]);
		vi.advanceTimersByTime(1);
		expect(runs).toStrictEqual(['一刀']);
	});

	it('runs nothing once cancelled', () => {
		const run = vi.fn();
		const d = new Debounce(300);
		d.call(run);
		d.cancel();
		vi.advanceTimersByTime(1000);
		expect(run).not.toHaveBeenCalled();
	});
});
