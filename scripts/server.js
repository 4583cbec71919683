// The production server (`npm start`, the browser tests, the benchmark): adapter-node's request
// handler behind brotli/gzip compression. adapter-node compresses the built files ahead of time
// but sends pages and JSON as they are, and the page is most of the bytes before the map is ready.
// Reads PORT (default 3000) and HOST (default 0.0.0.0) like adapter-node's own build/index.js;
// ORIGIN and its other variables are read by the handler itself. BUILD_DIR: which build to serve.
import compression from 'compression';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = resolve(root, process.env.BUILD_DIR || 'build');
const { handler } = await import(pathToFileURL(resolve(build, 'handler.js')).href);

// compression's defaults, brotli 4 and gzip 6: the page is compressed on every request, before its
// first byte leaves, so a higher level would cost more time than its few kB save.
const compress = compression();

/** @type {(res: import('node:http').ServerResponse) => void} */
const notFound = (res) => {
	res.statusCode = 404;
	res.end('Not found');
};

const server = createServer((req, res) =>
	compress(req, res, () => handler(req, res, () => notFound(res)))
);

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

// Finish the requests in flight, then exit, as adapter-node's server does.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 30_000).unref();
	});
}
