import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/**
 * Serves the built app (`npm run test:browser` builds it first) through scripts/server.js, as
 * `npm start` does: compressed, as users get it. It reads BUILD_DIR from the environment too.
 */
export default async function setup(project: TestProject) {
	const server = await startServer({ dir: process.env.BUILD_DIR ?? 'build' });
	project.provide('baseURL', server.url);
	return () => server.stop();
}
