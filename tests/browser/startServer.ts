import { startServer as serve, type Server as Served } from '../../scripts/serve';

export interface Server extends Served {
	baseURL: string;
}

/**
 * Another server of the built app beside the one global-setup.ts starts, served the same way
 * (scripts/server.js, BUILD_DIR), for tests that need their own seeds (`SEEDS_DIR`) or environment.
 * Resolves once it answers; what it prints is kept for `log()`.
 */
export async function startServer(env: Record<string, string> = {}): Promise<Server> {
	const server = await serve({ dir: process.env.BUILD_DIR ?? 'build', env, output: 'capture' });
	return { ...server, baseURL: server.url };
}
