import type { ClientInit } from '@sveltejs/kit';
import { afterNextPaint } from '$lib/ui/afterNextPaint';

/**
 * Before the app hydrates: the page's first frame. SvelteKit awaits this before it hydrates, so the
 * server's page (whose map is links, clickable already) is on screen first, and hydrating it, one
 * long task, never holds that frame up.
 */
export const init: ClientInit = () => new Promise<void>((resolve) => afterNextPaint(resolve));
