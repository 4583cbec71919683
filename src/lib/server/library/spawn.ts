import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the module at `url`. Built, the module is a chunk of plain JavaScript
 * that Node runs as it is; in development and the unit tests it is TypeScript source, which the
 * worker loads through tsx (a devDependency, present wherever the source is run).
 */
export function spawnWorker(url: string, workerData: unknown): Worker {
	if (!url.endsWith('.ts')) return new Worker(new URL(url), { workerData });
	const code = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
	return new Worker(code, { eval: true, workerData });
}
