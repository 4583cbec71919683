import { describe, expect, it } from 'vitest';
import { HELD_START } from '$lib/map/early';
import { holdAppStart } from './holdAppStart';

// SvelteKit's bootstrap as it renders it (2.x), data shortened.
const BOOTSTRAP = `
			<script>
				{
					__sveltekit_16jtfh0 = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.js"),
						import("./_app/immutable/entry/app.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [null, { type: "data" }] });
					});
				}
			</script>`;
const EARLY = '<script>(function earlyMap(win) {})(window);</script>';
const page = (main: string) =>
	`<html><head>${EARLY}</head><body><div style="display: contents">${main}${BOOTSTRAP}</div></body></html>`;

describe('holdAppStart', () => {
	it("makes SvelteKit's start script inert on the map page, its text kept byte for byte", () => {
		const html = page('<main><div id="early-slot" data-early-slot hidden></div></main>');
		const held = holdAppStart(html);
		const body = BOOTSTRAP.slice(BOOTSTRAP.indexOf('<script>') + 8, -'</script>'.length);
		expect(held).toBe(
			html.replace(
				`<script>${body}</script>`,
				`<script type="text/plain" ${HELD_START}>${body}</script>`
			)
		);
		// The early script, in <head>, is not touched.
		expect(held).toContain(EARLY);
		expect(held.match(/<script>/g)).toHaveLength(1);
	});

	it('leaves pages without the early map as they are, though their styles name its slot', () => {
		const html = page('<main><p>About</p></main>').replace(
			'</head>',
			'<style>main > [data-early-slot] { z-index: 3 }</style></head>'
		);
		expect(holdAppStart(html)).toBe(html);
	});

	it('leaves a start script of another shape to run where it is', () => {
		const html = `<main><div data-early-slot></div></main><script>start()</script>`;
		expect(holdAppStart(html)).toBe(html);
	});
});
