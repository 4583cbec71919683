import adapter from './scripts/adapter.js';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_DIR let several builds of one checkout run side by side (e.g. a benchmark
		// beside the tests) without overwriting each other.
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' }),
		outDir: process.env.KIT_DIR ?? '.svelte-kit',
		// The page's styles (about 25 KB) in its <head>: no stylesheet request stands between the
		// HTML and the first paint of the map.
		inlineStyleThreshold: 40_000,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// maplibre's worker is a file of our own origin (setWorkerUrl); it only wraps a worker in
				// a blob: URL for a cross-origin worker URL, so blob: is not needed here.
				'worker-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
				// frame-ancestors: a policy of its own, per page (hooks.server.ts): the embed may be framed.
			}
		}
	}
};

export default config;
