import node from '@sveltejs/adapter-node';
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const securityHeaders = fileURLToPath(
	new URL('../src/lib/server/securityHeaders.js', import.meta.url)
);

/**
 * adapter-node, with the security headers on every response. hooks.server.ts sets them on what
 * SvelteKit renders, but adapter-node serves the built files (scripts, styles, the prerendered
 * shapes) before SvelteKit sees the request. So they are also set in front of it, in both of its
 * entry points: build/index.js (its own server) and build/handler.js (what a custom server mounts),
 * from a copy of securityHeaders.js beside them (the build runs without the sources). Files also
 * get `Cache-Control: no-cache` (revalidate with the ETag adapter-node's file server gives them),
 * which adapter-node replaces on the hashed, immutable ones and SvelteKit's answers on their own.
 * @param {Parameters<typeof node>[0]} [options]
 * @returns {import('@sveltejs/kit').Adapter}
 */
export default function adapter(options = {}) {
	const base = node(options);
	return {
		...base,
		name: 'adapter-node with security headers',
		async adapt(builder) {
			await base.adapt(builder);
			const out = options.out ?? 'build';
			copyFileSync(securityHeaders, join(out, 'securityHeaders.js'));
			const set = `import { securityHeaders } from './securityHeaders.js';
/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
const secure = (req, res) => {
	const path = new URL(req.url ?? '/', 'http://localhost').pathname;
	for (const [name, value] of Object.entries(securityHeaders(path))) res.setHeader(name, value);
	res.setHeader('Cache-Control', 'no-cache');
};`;
			rename(out, 'handler.js', 'kit-handler.js');
			writeFileSync(
				join(out, 'handler.js'),
				`// Written by scripts/adapter.js: adapter-node's handler, security headers first.
import { handler as kit } from './kit-handler.js';
${set}
/** @type {typeof kit} */
export const handler = (req, res, next) => {
	secure(req, res);
	return kit(req, res, next);
};
`
			);
			rename(out, 'index.js', 'kit-index.js');
			// Before polka's own listener, so the headers are there whoever answers. Requests cannot
			// arrive before this runs: the server only starts listening while kit-index.js loads.
			writeFileSync(
				join(out, 'index.js'),
				`// Written by scripts/adapter.js: adapter-node's server, security headers first.
import { server } from './kit-index.js';
${set}
server.server.prependListener('request', secure);
export * from './kit-index.js';
`
			);
		}
	};
}

/** Renames a built module and its source map, keeping the map's reference right. */
function rename(/** @type {string} */ dir, /** @type {string} */ from, /** @type {string} */ to) {
	const code = readFileSync(join(dir, from), 'utf8');
	writeFileSync(
		join(dir, to),
		code.replace(`//# sourceMappingURL=${from}.map`, `//# sourceMappingURL=${to}.map`)
	);
	if (existsSync(join(dir, `${from}.map`)))
		renameSync(join(dir, `${from}.map`), join(dir, `${to}.map`));
}
