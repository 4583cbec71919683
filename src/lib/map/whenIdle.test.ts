import { describe, expect, it } from 'vitest';
import { whenIdle } from './whenIdle';

describe('whenIdle', () => {
	it('asks the browser for its next idle moment, with the timeout given', () => {
		const asked: unknown[] = [];
		let ran = 0;
		whenIdle(() => ran++, 500, {
			requestIdleCallback: (f: IdleRequestCallback, options?: IdleRequestOptions) => {
				asked.push(options);
				f({} as IdleDeadline);
				return 1;
			},
			setTimeout: () => {
				throw new Error('no timer where the browser can say');
			}
		} as unknown as Window);
		expect(asked).toStrictEqual([{ timeout: 500 }]);
		expect(ran).toBe(1);
	});

	it('waits a moment where the browser cannot say when it is idle', () => {
		const timers: [() => void, number][] = [];
		let ran = 0;
		whenIdle(() => ran++, undefined, {
			setTimeout: (f: () => void, ms: number) => timers.push([f, ms])
		} as unknown as Window);
		expect(timers.map(([, ms]) => ms)).toStrictEqual([50]);
		timers[0]![0]();
		expect(ran).toBe(1);
	});
});
