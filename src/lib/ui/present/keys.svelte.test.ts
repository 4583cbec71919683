import { describe, expect, it, vi, type Mock } from 'vitest';
import { Keys, type KeyActions } from './keys.svelte';

const press = (key: string) => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	target: null,
	preventDefault: vi.fn()
});

function setup(playing = false) {
	const tour = { playing, stop: vi.fn() };
	// A spy for each action, made when the keys first ask for it.
	const run = new Proxy({} as Record<string, Mock<() => void>>, {
		get: (spies, name: string) => (spies[name] ??= vi.fn())
	}) as Record<keyof KeyActions, Mock<() => void>>;
	return { keys: new Keys(tour, run), tour, run };
}

describe('Keys', () => {
	it('runs a key’s action and takes the key from the browser', () => {
		const { keys, run } = setup();
		const e = press('PageDown');
		keys.onkeydown(e);
		expect(run.next).toHaveBeenCalledOnce();
		expect(e.preventDefault).toHaveBeenCalledOnce();
	});

	it('leaves keys it does not know to the browser', () => {
		const { keys } = setup();
		const e = press('Tab');
		keys.onkeydown(e);
		expect(e.preventDefault).not.toHaveBeenCalled();
	});

	it('pauses a running tour for a key that is not the tour’s', () => {
		const { keys, tour, run } = setup(true);
		keys.onkeydown(press('+'));
		expect(tour.stop).not.toHaveBeenCalled();
		keys.onkeydown(press('ArrowRight'));
		expect(tour.stop).toHaveBeenCalledOnce();
		expect(run.longer).toHaveBeenCalledOnce();
		expect(run.next).toHaveBeenCalledOnce();
	});

	it('opens the shortcuts with ?, where other keys do nothing, and closes them with ? or Esc', () => {
		const { keys, run } = setup();
		keys.onkeydown(press('?'));
		expect(keys.help).toBe(true);
		keys.onkeydown(press('ArrowRight'));
		expect(run.next).not.toHaveBeenCalled();
		keys.onkeydown(press('?'));
		expect(keys.help).toBe(false);
		keys.help = true;
		keys.onkeydown(press('Escape'));
		expect(keys.help).toBe(false);
		expect(run.exit).not.toHaveBeenCalled();
	});

	it('blanks the screen with B or ".", and any key brings it back without doing anything else', () => {
		const { keys, run } = setup();
		keys.onkeydown(press('.'));
		expect(keys.blank).toBe(true);
		keys.onkeydown(press('Shift'));
		expect(keys.blank).toBe(true);
		keys.onkeydown(press('ArrowRight'));
		expect(keys.blank).toBe(false);
		expect(run.next).not.toHaveBeenCalled();
		keys.onkeydown(press('b'));
		expect(keys.blank).toBe(true);
	});
});
