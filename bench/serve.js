// Serves the reference page (bench/dist) the way the app serves its own files: sirv with the
// precompressed .br/.gz copies, so both pages cross the wire compressed. Its own process, like
// the app's server, so neither shares a thread with the browser driver.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('./dist', import.meta.url));
const serve = sirv(root, { etag: true, gzip: true, brotli: true, dev: false });
const server = createServer((req, res) =>
	serve(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	})
);
server.listen(Number(process.env.PORT ?? 3001), process.env.HOST ?? '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
