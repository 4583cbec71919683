import { describe, expect, it } from 'vitest';
import {
	isEditable,
	pausesTour,
	presentAction,
	presentKey,
	startsPresenting,
	type KeyLike
} from './keys';

const key = (k: string, over: Partial<KeyLike> = {}): KeyLike => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	target: null,
	...over
});
const input = { tagName: 'INPUT' } as unknown as EventTarget;

describe('presentAction', () => {
	it.each([
		{
			name: 'a clicker’s forward button (PageDown) goes to the next meeting',
			k: 'PageDown',
			expected: 'next'
		},
		{ name: '→ goes to the next meeting', k: 'ArrowRight', expected: 'next' },
		{ name: 'a clicker’s back button (PageUp) goes back', k: 'PageUp', expected: 'prev' },
		{ name: '← goes back', k: 'ArrowLeft', expected: 'prev' },
		{ name: 'Home is the first meeting', k: 'Home', expected: 'first' },
		{ name: 'End is the last meeting', k: 'End', expected: 'last' },
		{ name: '↓ scrolls a long statement', k: 'ArrowDown', expected: 'scrollDown' },
		{ name: '↑ scrolls back', k: 'ArrowUp', expected: 'scrollUp' },
		{ name: 'Space starts and stops the tour', k: ' ', expected: 'tour' },
		{ name: '+ lengthens the interval', k: '+', expected: 'longer' },
		{ name: '= is + without Shift', k: '=', expected: 'longer' },
		{ name: '- shortens the interval', k: '-', expected: 'shorter' },
		{ name: 'F toggles fullscreen, either case', k: 'F', expected: 'fullscreen' },
		{ name: 'a clicker’s blank-screen button sends "."', k: '.', expected: 'blank' },
		{ name: 'B blanks the screen', k: 'b', expected: 'blank' },
		{ name: '? shows the shortcuts', k: '?', expected: 'help' },
		{ name: 'Esc leaves the presentation', k: 'Escape', expected: 'exit' },
		{ name: 'P leaves it too, as it entered', k: 'P', expected: 'exit' },
		{ name: 'other keys do nothing', k: 'x', expected: null }
	])('$name', ({ k, expected }) => {
		expect(presentAction(key(k))).toBe(expected);
	});

	it('leaves browser shortcuts alone (Ctrl+P prints, Cmd+F finds)', () => {
		expect(presentAction(key('p', { ctrlKey: true }))).toBe(null);
		expect(presentAction(key('f', { metaKey: true }))).toBe(null);
		expect(presentAction(key('ArrowRight', { altKey: true }))).toBe(null);
	});

	it('leaves keys typed into a text field alone', () => {
		expect(presentAction(key('ArrowRight', { target: input }))).toBe(null);
		expect(presentAction(key(' ', { isComposing: true }))).toBe(null);
	});
});

describe('isEditable', () => {
	it.each([
		{ name: 'an input', target: { tagName: 'INPUT' }, expected: true },
		{ name: 'a select', target: { tagName: 'SELECT' }, expected: true },
		{
			name: 'a contenteditable',
			target: { tagName: 'DIV', isContentEditable: true },
			expected: true
		},
		{ name: 'a button', target: { tagName: 'BUTTON' }, expected: false },
		{ name: 'no target', target: null, expected: false }
	])('$name: $expected', ({ target, expected }) => {
		expect(isEditable(target as unknown as EventTarget)).toBe(expected);
	});
});

describe('startsPresenting', () => {
	it('is P, unmodified, outside text fields', () => {
		expect([
			startsPresenting(key('p')),
			startsPresenting(key('P')),
			startsPresenting(key('p', { ctrlKey: true })),
			startsPresenting(key('p', { target: input })),
			startsPresenting(key('o'))
		]).toStrictEqual([true, true, false, false, false]);
	});
});

describe('pausesTour', () => {
	it('keeps the tour going for its own keys, fullscreen, and Shift on its way to ? or +', () => {
		expect([' ', '+', '-', 'f', 'Shift'].map((k) => pausesTour(key(k)))).toStrictEqual([
			false,
			false,
			false,
			false,
			false
		]);
	});

	it('pauses for any other key: the presenter has taken over', () => {
		expect(
			['ArrowRight', 'PageDown', 'ArrowDown', 'x', 'Escape'].map((k) => pausesTour(key(k)))
		).toStrictEqual([true, true, true, true, true]);
	});
});

describe('presentKey', () => {
	const idle = { help: false, blank: false, playing: false };

	it('runs the key’s action and takes the key from the browser', () => {
		expect(presentKey(key('PageDown'), idle)).toStrictEqual({
			handled: true,
			action: 'next',
			closeHelp: false,
			unblank: false,
			stopTour: false
		});
	});

	it('leaves keys it does not know to the browser', () => {
		expect(presentKey(key('Tab'), idle).handled).toBe(false);
	});

	it('pauses a running tour for any key but its own, and still runs the key', () => {
		const playing = { ...idle, playing: true };
		expect(presentKey(key('ArrowRight'), playing)).toMatchObject({
			action: 'next',
			stopTour: true
		});
		expect(presentKey(key('+'), playing)).toMatchObject({ action: 'longer', stopTour: false });
		expect(presentKey(key('x'), playing)).toMatchObject({ action: null, stopTour: true });
	});

	it('leaves the shortcuts dialog its keys; Esc (the dialog’s own) and ? close it', () => {
		const help = { ...idle, help: true };
		expect(presentKey(key('ArrowRight'), help)).toMatchObject({ handled: false, action: null });
		expect(presentKey(key('Escape'), help)).toMatchObject({ handled: false, closeHelp: true });
		expect(presentKey(key('?'), help)).toMatchObject({ handled: true, closeHelp: true });
	});

	it('brings a blank screen back on any key, which then does nothing else', () => {
		const blank = { ...idle, blank: true };
		expect(presentKey(key('ArrowRight'), blank)).toMatchObject({ unblank: true, action: null });
		expect(presentKey(key('x'), blank)).toMatchObject({ unblank: true, handled: true });
		expect(presentKey(key('Shift'), blank)).toMatchObject({ unblank: false, handled: false });
	});
});
