/**
 * A server of the built app in a process of its own, on a free localhost port, up once it
 * answers: for the browser tests (tests/browser), the benchmark and the load test. By default it
 * is scripts/server.js, the server `npm start` runs, so what is measured and tested is what users
 * get.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

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

export interface ServeOptions {
	/** The server to run with this Node; scripts/server.js unless told. */
	entry?: string;
	/**
	 * The build to serve. Given, it must hold a build and is passed on as BUILD_DIR; left out, the
	 * server finds its files itself (scripts/server.js reads BUILD_DIR from `env` or this process).
	 */
	dir?: string;
	/** More environment for the server, over this process's; PORT, HOST and ORIGIN are set here. */
	env?: Record<string, string>;
	/** The path that must answer with a 2xx before the server counts as up. */
	ready?: string;
	/**
	 * The server's output: both streams shown with this process's (`inherit`), only its errors
	 * (`stderr`: scripts/server.js prints just a "Listening on" line to stdout), or kept for `log()`.
	 */
	output?: 'inherit' | 'stderr' | 'capture';
	/** How often to ask whether it is up, in ms (100 unless told; the library's bench asks often). */
	pollMs?: number;
}

export interface Server {
	/** `http://127.0.0.1:PORT`, no trailing slash. */
	url: string;
	child: ChildProcess;
	/** Everything the server printed so far, stdout and stderr; empty unless output is `capture`. */
	log: () => string;
	/** Kills the server, at once, and resolves once its process has exited. */
	stop: () => Promise<void>;
}

const STDIO: Record<NonNullable<ServeOptions['output']>, StdioOptions> = {
	inherit: ['ignore', 'inherit', 'inherit'],
	stderr: ['ignore', 'ignore', 'inherit'],
	capture: ['ignore', 'pipe', 'pipe']
};

/** Starts a server and resolves once it answers; should it exit or stay silent for 20 s, throws. */
export async function startServer({
	entry = 'scripts/server.js',
	dir,
	env = {},
	ready = '/api/reports',
	output = 'inherit',
	pollMs = 100
}: ServeOptions = {}): Promise<Server> {
	if (dir !== undefined && !existsSync(`${dir}/handler.js`)) {
		throw new Error(`No ${dir}/: run \`npm run build\` first.`);
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [entry], {
		env: {
			...process.env,
			...(dir === undefined ? {} : { BUILD_DIR: dir }),
			...env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url
		},
		stdio: STDIO[output]
	});
	let log = '';
	const keep = (chunk: Buffer) => (log += chunk.toString());
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			if ((await fetch(url + ready)).ok) break;
		} catch {
			// not listening yet
		}
		const gone = child.exitCode !== null || child.signalCode !== null;
		if (gone || Date.now() > deadline) {
			child.kill();
			const why = gone
				? `exited (${child.exitCode ?? child.signalCode})`
				: 'did not answer in 20 s';
			throw new Error(`${entry} on ${url}${ready} ${why}${log ? `:\n${log}` : ''}`);
		}
		await new Promise((r) => setTimeout(r, pollMs));
	}
	return {
		url,
		child,
		log: () => log,
		stop: () => {
			child.kill();
			return exited;
		}
	};
}
