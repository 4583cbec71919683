import { DEFAULT_INTERVAL, adjustInterval } from './tour';

/**
 * A timed tour: while playing, `ontick` runs every `interval` seconds. The countdown starts over
 * whenever `key()` changes (a new step) and after every tick (a new screenful).
 * Create it while a component initializes: it owns an effect.
 */
export class Tour {
	playing = $state(false);
	interval = $state(DEFAULT_INTERVAL);
	/** Counts ticks, so a countdown display can start over with each. */
	tick = $state(0);

	constructor(key: () => unknown, ontick: () => void) {
		$effect(() => {
			if (!this.playing) return;
			void key();
			void this.tick;
			const timer = setTimeout(() => {
				ontick();
				this.tick++;
			}, this.interval * 1000);
			return () => clearTimeout(timer);
		});
	}

	toggle = () => (this.playing = !this.playing);
	stop = () => (this.playing = false);
	longer = () => (this.interval = adjustInterval(this.interval, 1));
	shorter = () => (this.interval = adjustInterval(this.interval, -1));

	/** A click anywhere but on the tour's own controls pauses it: the presenter has taken over. */
	onpointerdown = (e: PointerEvent) => {
		if (this.playing && !(e.target as Element).closest?.('[data-tour-control]')) this.stop();
	};
}
