import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Server {
	baseURL: string;
	/** Everything the server printed, stdout and stderr, so far. */
	log: () => string;
	stop: () => Promise<void>;
}

/** A port nothing listens on, from the OS. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/**
 * Another server of the built app beside the one global-setup.ts starts, served the same way
 * (scripts/server.js, BUILD_DIR), for tests that need their own seeds (`SEEDS_DIR`) or environment.
 * Resolves once it answers.
 */
export async function startServer(env: Record<string, string> = {}): Promise<Server> {
	const dir = process.env.BUILD_DIR ?? 'build';
	if (!existsSync(`${dir}/handler.js`)) throw new Error(`No ${dir}/: run \`npm run build\` first.`);
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['scripts/server.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: baseURL, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			if ((await fetch(baseURL + '/api/reports')).ok) break;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null || Date.now() > deadline) {
			child.kill();
			throw new Error(`The app did not answer on ${baseURL}:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		baseURL,
		log: () => output,
		stop: async () => {
			child.kill();
			await exited;
		}
	};
}
