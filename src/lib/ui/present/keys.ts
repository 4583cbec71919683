/** What a key does while presenting. */
export type Action =
	| 'next'
	| 'prev'
	| 'first'
	| 'last'
	| 'scrollDown'
	| 'scrollUp'
	| 'tour'
	| 'longer'
	| 'shorter'
	| 'fullscreen'
	| 'blank'
	| 'help'
	| 'exit';

// Presenter clickers send PageDown/PageUp for their arrows, and "." or B for the blank-screen
// button (as PowerPoint and Keynote understand them).
const ACTIONS: Record<string, Action> = {
	ArrowRight: 'next',
	PageDown: 'next',
	ArrowLeft: 'prev',
	PageUp: 'prev',
	Home: 'first',
	End: 'last',
	ArrowDown: 'scrollDown',
	ArrowUp: 'scrollUp',
	' ': 'tour',
	'+': 'longer',
	'=': 'longer',
	'-': 'shorter',
	_: 'shorter',
	f: 'fullscreen',
	b: 'blank',
	'.': 'blank',
	'?': 'help',
	Escape: 'exit',
	p: 'exit'
};

export interface KeyLike {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	isComposing?: boolean;
	target: EventTarget | null;
}

/** True where a key types text (a search box, a select): the page's shortcuts keep off it. */
export function isEditable(target: EventTarget | null): boolean {
	const el = target as { tagName?: string; isContentEditable?: boolean } | null;
	return (
		!!el && (!!el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName ?? ''))
	);
}

/** Whether a key is the page's and not the browser's (Ctrl+P prints) or a text field's. */
function ours(e: KeyLike): boolean {
	return !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing && !isEditable(e.target);
}

/** The presenter's action for a key, or null. */
export function presentAction(e: KeyLike): Action | null {
	if (!ours(e)) return null;
	return ACTIONS[e.key.length === 1 ? e.key.toLowerCase() : e.key] ?? null;
}

/** P, on the map page, starts presenting. */
export function startsPresenting(e: KeyLike): boolean {
	return ours(e) && e.key.toLowerCase() === 'p';
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'AltGraph']);
const KEEP_TOUR = new Set<Action>(['tour', 'longer', 'shorter', 'fullscreen']);

/**
 * Any key but the tour's own (Space, +, −), fullscreen, or a lone modifier (Shift on its way to
 * "?" or "+") pauses a running tour: the presenter has taken over.
 */
export function pausesTour(e: KeyLike): boolean {
	if (MODIFIERS.has(e.key)) return false;
	const action = presentAction(e);
	return !(action && KEEP_TOUR.has(action));
}

/** What the presenter has open that changes what a key means. */
export interface KeyState {
	help: boolean;
	blank: boolean;
	playing: boolean;
}

/** What one key press does, all at once: the page applies each part. */
export interface KeyOutcome {
	/** The key is the presenter's: the browser's own meaning (scroll, press a button) is cancelled. */
	handled: boolean;
	action: Action | null;
	closeHelp: boolean;
	unblank: boolean;
	stopTour: boolean;
}

/**
 * A key press while presenting. The shortcuts dialog keeps its keys (Esc and ? close it);
 * a blank screen comes back on any key but a lone modifier, and that key does nothing else; a
 * running tour pauses for any key but its own.
 */
export function presentKey(e: KeyLike, state: KeyState): KeyOutcome {
	const none = { handled: false, action: null, closeHelp: false, unblank: false, stopTour: false };
	if (state.help) {
		// Esc is the dialog's own too: it closes itself, and the page knows at once.
		if (e.key === 'Escape') return { ...none, closeHelp: true };
		return e.key === '?' ? { ...none, handled: true, closeHelp: true } : none;
	}
	const action = presentAction(e);
	if (state.blank) {
		const back = !!action || (e.key.length === 1 && !MODIFIERS.has(e.key));
		return { ...none, handled: back, unblank: back };
	}
	return {
		...none,
		handled: !!action,
		action,
		stopTour: state.playing && pausesTour(e)
	};
}
