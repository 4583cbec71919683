/**
 * Runs the last call of a burst once the calls have stopped for `ms`: typing in the library's
 * search asks for results when the reader pauses, not at every character.
 */
export class Debounce {
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(readonly ms: number) {}

	call(run: () => void): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(run, this.ms);
	}

	cancel(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
