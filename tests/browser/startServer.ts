import { mkdtempSync, rmSync } from 'node:fs';
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
