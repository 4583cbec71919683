/**
 * Saving an image, for the bar to show: one save at a time (a second click while the first is
 * drawing does nothing), and why the last one failed until the next one starts.
 */
export class Saving {
	busy = $state(false);
	/** The last failure's reason, or null; '' is a reason too (an error without a message). */
	error = $state<string | null>(null);

	run = async (work: () => Promise<void>) => {
		if (this.busy) return;
		this.busy = true;
		this.error = null;
		try {
			await work();
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			this.busy = false;
		}
	};
}
