import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args: string[]) =>
	spawnSync('npx', ['tsx', 'scripts/parse.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run parse', () => {
	it('prints the seed report as JSON with a 2-space indent and exits 0', () => {
		const result = run('seeds/000_44db7bec739ae390.txt');
		expect(result.status).toBe(0);
		const expected = JSON.parse(
			readFileSync(new URL('../fixtures/seed-000.expected.json', import.meta.url), 'utf8')
		);
		expect(JSON.parse(result.stdout)).toStrictEqual(expected);
		expect(result.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
	}, 30_000);

	it('prints why a seed fails, naming the file and the paragraph, and exits 1', () => {
		const result = run('tests/fixtures/error-no-verb.txt');
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim()).toBe(
			"tests/fixtures/error-no-verb.txt, paragraph 1: no speech verb after the official's name"
		);
	}, 30_000);

	it('exits 1 with a message for a file that does not exist and for no file at all', () => {
		const missing = run('seeds/missing.txt');
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('seeds/missing.txt');
		const none = run();
		expect(none.status).toBe(1);
		expect(none.stderr).toContain('usage');
	}, 30_000);
});
