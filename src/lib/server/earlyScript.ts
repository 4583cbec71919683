import { createHash } from 'node:crypto';
import { EARLY_KEY, HELD_START, MAP_FIRST, earlyMap } from '$lib/map/early';
import { READY_MARK } from '$lib/map/ready';
import { afterNextPaint } from '$lib/ui/afterNextPaint';

/** The early map script (map/early.ts) as the page inlines it in <head>. */
export const EARLY_SCRIPT = `(${earlyMap.toString()})(window, ${[
	EARLY_KEY,
	READY_MARK,
	HELD_START,
	MAP_FIRST
]
	.map((s) => JSON.stringify(s))
	.join(', ')}, ${afterNextPaint.toString()});`;

/** Its CSP source: the page allows this one inline script by its hash, and no other. */
export const EARLY_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(EARLY_SCRIPT).digest('base64')}'`;

/** Adds `source` to a Content-Security-Policy's script-src (SvelteKit's, which has its own hash). */
export function allowScript(csp: string, source: string): string {
	return csp
		.split(';')
		.map((directive) => {
			const [name] = directive.trim().split(/\s+/);
			return name === 'script-src' ? `${directive.trimEnd()} ${source}` : directive;
		})
		.join(';');
}
