import { describe, expect, it } from 'vitest';
import { Saving } from './saving.svelte';

describe('Saving', () => {
	it('is busy while a save runs, and not after', async () => {
		const saving = new Saving();
		let finish = () => {};
		const done = saving.run(() => new Promise<void>((resolve) => (finish = resolve)));
		expect(saving.busy).toBe(true);
		finish();
		await done;
		expect([saving.busy, saving.error]).toStrictEqual([false, null]);
	});

	it('runs one save at a time: a second click while the first draws does nothing', async () => {
		const saving = new Saving();
		let runs = 0;
		let finish = () => {};
		const first = saving.run(
			() => new Promise<void>((resolve) => ((runs += 1), (finish = resolve)))
		);
		await saving.run(async () => void (runs += 1));
		finish();
		await first;
		expect(runs).toBe(1);
	});

	it('keeps why a save failed until the next one starts', async () => {
		const saving = new Saving();
		await saving.run(() => Promise.reject(new Error('tainted canvas')));
		expect([saving.busy, saving.error]).toStrictEqual([false, 'tainted canvas']);
		await saving.run(() => Promise.reject('no map'));
		expect(saving.error).toBe('no map');
		// An error without a message is a failure still.
		await saving.run(() => Promise.reject(new Error('')));
		expect(saving.error).toBe('');
		await saving.run(async () => {});
		expect(saving.error).toBe(null);
	});
});
