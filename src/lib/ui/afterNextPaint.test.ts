import { describe, expect, it } from 'vitest';
import { afterNextPaint } from './afterNextPaint';

function fakeWindow(log: string[]) {
	const frames: (() => void)[] = [];
	const tasks: (() => void)[] = [];
	const win = {
		requestAnimationFrame: (f: () => void) => frames.push(f),
		setTimeout: (f: () => void, ms: number) => {
			log.push(`queued after ${ms} ms`);
			tasks.push(f);
		}
	} as unknown as Window;
	return { win, frames, tasks };
}

describe('afterNextPaint', () => {
	it('runs the task in a task queued from the next frame, not in the frame itself', () => {
		const log: string[] = [];
		const { win, frames, tasks } = fakeWindow(log);
		afterNextPaint(() => log.push('ran'), win);
		expect(log).toStrictEqual([]);
		frames.shift()!();
		expect(log).toStrictEqual(['queued after 0 ms']);
		tasks.shift()!();
		expect(log).toStrictEqual(['queued after 0 ms', 'ran']);
	});

	it('does not run a task cancelled before the frame or after it', () => {
		const log: string[] = [];
		const { win, frames, tasks } = fakeWindow(log);
		afterNextPaint(() => log.push('first'), win)();
		const cancelSecond = afterNextPaint(() => log.push('second'), win);
		frames.shift()!();
		frames.shift()!();
		cancelSecond();
		tasks.splice(0).forEach((task) => task());
		expect(log).toStrictEqual(['queued after 0 ms', 'queued after 0 ms']);
	});
});
