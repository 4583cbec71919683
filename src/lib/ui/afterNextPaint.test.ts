import { describe, expect, it } from 'vitest';
import { afterNextPaint } from './afterNextPaint';

describe('afterNextPaint', () => {
	it('runs the task in a task queued from the next frame, not in the frame itself', () => {
		const log: string[] = [];
		const frames: (() => void)[] = [];
		const tasks: (() => void)[] = [];
		const win = {
			requestAnimationFrame: (f: () => void) => frames.push(f),
			setTimeout: (f: () => void, ms: number) => {
				log.push(`queued after ${ms} ms`);
				tasks.push(f);
			}
		} as unknown as Window;
		afterNextPaint(() => log.push('ran'), win);
		expect(log).toStrictEqual([]);
		frames.shift()!();
		expect(log).toStrictEqual(['queued after 0 ms']);
		tasks.shift()!();
		expect(log).toStrictEqual(['queued after 0 ms', 'ran']);
	});
});
