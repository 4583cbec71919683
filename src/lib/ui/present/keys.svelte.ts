import { presentKey, type Action, type KeyLike } from './keys';

/** What the presenter does for each action but the two screens the keys keep themselves. */
export type KeyActions = Record<Exclude<Action, 'help' | 'blank'>, () => void>;

/**
 * The presenter's keys, and the two screens they open: the shortcuts (?, or the bar's button) and
 * a blank screen (B). While either is open a key means something else (presentKey()).
 */
export class Keys {
	help = $state(false);
	blank = $state(false);
	#tour: { readonly playing: boolean; stop: () => void };
	#run: KeyActions;

	constructor(tour: { readonly playing: boolean; stop: () => void }, run: KeyActions) {
		this.#tour = tour;
		this.#run = run;
	}

	onkeydown = (e: KeyLike & { preventDefault: () => void }) => {
		const key = presentKey(e, { help: this.help, blank: this.blank, playing: this.#tour.playing });
		// Space on a focused button would press it too: while presenting, Space is the tour's.
		if (key.handled) e.preventDefault();
		if (key.closeHelp) this.help = false;
		if (key.unblank) this.blank = false;
		if (key.stopTour) this.#tour.stop();
		if (key.action === 'help') this.help = true;
		else if (key.action === 'blank') this.blank = true;
		else if (key.action) this.#run[key.action]();
	};
}
