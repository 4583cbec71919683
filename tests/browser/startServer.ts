import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer as serve, type Server as Served } from '../../scripts/serve';

export interface Server extends Served {
	baseURL: string;
}

/**
 * Another server of the built app beside the one global-setup.ts starts, served the same way
 * (scripts/server.js, BUILD_DIR), for tests that need their own seeds (`SEEDS_DIR`) or environment.
 * Its library's index goes to a folder of its own (`MEETING_MAP_CACHE`), removed when it stops,
 * unless the test gives one. Resolves once its library has read every seed (until then pages and
 * the API answer with what they have, and a loaded machine can take longer than the server's own
 * wait for a small folder); what it prints is kept for `log()`.
 */
export async function startServer(env: Record<string, string> = {}): Promise<Server> {
	const cache = env.MEETING_MAP_CACHE ? undefined : mkdtempSync(join(tmpdir(), 'index-'));
	const server = await serve({
		dir: process.env.BUILD_DIR ?? 'build',
		env: cache ? { MEETING_MAP_CACHE: cache, ...env } : env,
		output: 'capture'
	});
	for (;;) {
		const response = await fetch(`${server.url}/api/reports?per=1`);
		const { indexing } = (await response.json()) as { indexing: { settled: boolean } };
		if (indexing.settled) break;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		...server,
		baseURL: server.url,
		stop: async () => {
			await server.stop();
			if (cache) rmSync(cache, { recursive: true, force: true });
		}
	};
}

/** The project's seed, as a file a test's seeds folder can hold. */
export const seedFile = (id: string) => new URL(`../../seeds/${id}.txt`, import.meta.url);
/** A fixture article (tests/fixtures/). */
export const fixtureFile = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);

/**
 * A server of its own over a seeds folder made for the test: each file under the name it is
 * given (which becomes its report's id), the folder removed when the server stops.
 */
export async function serveSeeds(files: Record<string, URL>): Promise<Server> {
	const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
	for (const [name, from] of Object.entries(files)) copyFileSync(from, join(dir, name));
	const server = await startServer({ SEEDS_DIR: dir });
	return {
		...server,
		stop: async () => {
			await server.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
