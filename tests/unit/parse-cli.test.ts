import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args: string[]) =>
	spawnSync('npx', ['tsx', 'scripts/parse.ts', ...args], { cwd: root, encoding: 'utf8' });
const expected = (name: string) =>
	JSON.parse(readFileSync(new URL(`../fixtures/${name}.expected.json`, import.meta.url), 'utf8'));

const scratch = mkdtempSync(join(tmpdir(), 'parse-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Each test starts tsx processes: a loaded machine takes tens of seconds for them.
describe('npm run parse', { timeout: 120_000 }, () => {
	it('prints the seed report as JSON with a 2-space indent and exits 0', () => {
		const result = run('seeds/000_44db7bec739ae390.txt');
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(`${JSON.stringify(expected('seed-000'), null, 2)}\n`);
		expect(result.stderr).toBe('');
	});

	it('prints the report, and each paragraph it could not attribute on stderr, and exits 0', () => {
		const result = run('tests/fixtures/units.txt');
		expect(result.status).toBe(0);
		expect(JSON.parse(result.stdout)).toStrictEqual(expected('units'));
		expect(result.stderr.trim().split('\n')).toStrictEqual(
			expected('units').diagnostics.map(
				(d: { paragraph: number; reason: string }) =>
					`tests/fixtures/units.txt, paragraph ${d.paragraph}: ${d.reason}`
			)
		);
	});

	it('prints why an article without a meeting fails, naming the file, and exits 1', () => {
		const result = run('tests/fixtures/no-meeting.txt');
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim()).toBe(
			'tests/fixtures/no-meeting.txt: no meeting: no paragraph starts with a date, a region and 召开'
		);
	});

	it('names a folder, a missing file, a binary file and one too large, and exits 1', () => {
		const binary = join(scratch, 'photo.jpg');
		writeFileSync(
			binary,
			Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)
		);
		const large = join(scratch, 'large.txt');
		writeFileSync(large, Buffer.alloc(6 * 1024 * 1024, 0x41));
		const cases = [
			['tests/fixtures', 'tests/fixtures: is a folder, not an article'],
			['seeds/missing.txt', 'seeds/missing.txt: cannot be read (ENOENT)'],
			[binary, `${binary}: not text: it holds control characters that no article has`],
			[large, `${large}: 6.0 MB: more than the 5 MB an article may weigh`]
		];
		for (const [file = '', message] of cases) {
			const result = run(file);
			expect(result.status).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr.trim()).toBe(message);
		}
	});

	it('asks for one file', () => {
		const none = run();
		expect(none.status).toBe(1);
		expect(none.stderr).toContain('usage');
	});
});
