/**
 * The page in fullscreen (the Fullscreen API on the whole document, so dialogs stay on top), and
 * whether it is: `active` is null where the browser cannot (iPhone Safari), so no button shows.
 * Create it while a component initializes: it listens for as long as the component lives.
 */
export class Fullscreen {
	active = $state<boolean | null>(null);

	constructor() {
		$effect(() => {
			if (!document.fullscreenEnabled) return;
			const sync = () => (this.active = !!document.fullscreenElement);
			sync();
			document.addEventListener('fullscreenchange', sync);
			return () => document.removeEventListener('fullscreenchange', sync);
		});
	}

	toggle = () => {
		if (document.fullscreenElement) void document.exitFullscreen();
		else void document.documentElement.requestFullscreen().catch(() => {});
	};

	exit = () => {
		if (document.fullscreenElement) void document.exitFullscreen();
	};
}
