import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/** A port nothing listens on, from the OS. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

let server: ChildProcess | undefined;

/**
 * Serves the built app (`npm run test:browser` builds it first) through scripts/server.js, as
 * `npm start` does: compressed, as users get it. It reads BUILD_DIR from the environment too.
 */
export default async function setup(project: TestProject) {
	const dir = process.env.BUILD_DIR ?? 'build';
	if (!existsSync(`${dir}/handler.js`)) throw new Error(`No ${dir}/: run \`npm run build\` first.`);
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, ['scripts/server.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: baseURL },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			if ((await fetch(baseURL + '/api/reports')).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`The app did not answer on ${baseURL} in 20 s`);
		await new Promise((r) => setTimeout(r, 100));
	}
	project.provide('baseURL', baseURL);
	return () => {
		server?.kill();
	};
}
