import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under a file or folder, in ms. */
function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Builds the app into `dir` (BUILD_DIR) when its sources are newer than the build there, so that
 * a benchmark or load test measures the code as it is; exits if the build fails.
 */
export function buildIfNeeded(dir: string): void {
	const stamp = join(dir, 'handler.js');
	const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];
	if (existsSync(stamp) && Math.max(...inputs.map(newest)) <= statSync(stamp).mtimeMs) return;
	console.log(`Building into ${dir}/ (sources changed since the last build)…`);
	const result = spawnSync('npx', ['vite', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, BUILD_DIR: dir }
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}
