import { describe, expect, it } from 'vitest';
import { READY_MARK, markReady } from './ready';

describe('markReady', () => {
	it('marks map:ready once, however often the map mounts', () => {
		const marks: string[] = [];
		const perf = {
			mark: (name: string) => marks.push(name),
			getEntriesByName: (name: string) => marks.filter((m) => m === name)
		} as unknown as Performance;
		markReady(perf);
		markReady(perf);
		expect(marks).toStrictEqual([READY_MARK]);
	});
});
