import { browser } from '$app/environment';
import { afterFirstPaint } from '$lib/map/early';
import type { LayoutLoad } from './$types';

// The app starts (hydrates, in one long task) once the browser is idle after the first paint:
// until then the early map script answers clicks on the map at once (map/early.ts), where a
// click landing during hydration would wait for it. Only the first load waits: this load has no
// dependencies, so navigations never run it again.
export const load: LayoutLoad = async () => {
	if (browser) await afterFirstPaint();
};
