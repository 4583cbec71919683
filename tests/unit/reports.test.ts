import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const seed = new URL('../../seeds/000_44db7bec739ae390.txt', import.meta.url);
let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'seeds-'));
	vi.stubEnv('SEEDS_DIR', dir);
	// The cache lives in the module: a fresh module per test reads the folder again.
	vi.resetModules();
});

afterEach(() => {
	vi.unstubAllEnvs();
	vi.restoreAllMocks();
	rmSync(dir, { recursive: true, force: true });
});

const load = () => import('../../src/lib/server/reports');

describe('getReports', () => {
	it('serves the good seeds and logs the bad one by file and reason', async () => {
		copyFileSync(seed, join(dir, 'a.txt'));
		writeFileSync(join(dir, 'b.txt'), '标题\n连日来，各地召开会议。会上没有人讲话。');
		writeFileSync(join(dir, '.hidden'), 'not a seed');
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});

		const { getReports, getReport } = await load();
		const { reports, errors } = getReports();

		expect(reports.map((r) => r.id)).toStrictEqual(['a']);
		expect(reports[0]?.meetings).toHaveLength(11);
		const message = 'b.txt: no meeting: no paragraph starts with a date, a region and 召开';
		expect(errors).toStrictEqual([{ file: 'b.txt', message }]);
		expect(log).toHaveBeenCalledOnce();
		expect(String(log.mock.calls[0]?.[0])).toBe(`seed ${join(dir, 'b.txt')} skipped: ${message}`);
		expect(getReport('a')).toBe(reports[0]);
	});

	it('reads the folder once and serves the cache after', async () => {
		copyFileSync(seed, join(dir, 'a.txt'));
		const { getReports } = await load();
		const first = getReports();
		copyFileSync(seed, join(dir, 'b.txt'));
		expect(getReports()).toBe(first);
		expect(getReports().reports).toHaveLength(1);
	});

	it('looks ids up in the loaded list, never on disk', async () => {
		copyFileSync(seed, join(dir, 'a.txt'));
		const { getReport } = await load();
		for (const id of ['../seeds/a', 'a.txt', '/etc/passwd', '', 'A']) {
			expect(getReport(id)).toBeUndefined();
		}
	});

	it('refuses a second seed with the same id', async () => {
		copyFileSync(seed, join(dir, 'a.html'));
		copyFileSync(seed, join(dir, 'a.txt'));
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const { getReports } = await load();
		expect(getReports().reports).toHaveLength(1);
		expect(getReports().errors).toStrictEqual([
			{ file: 'a.txt', message: 'another seed already has the id a' }
		]);
	});

	it('reports a missing seeds folder instead of crashing', async () => {
		vi.stubEnv('SEEDS_DIR', join(dir, 'nope'));
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const { getReports } = await load();
		expect(getReports().reports).toStrictEqual([]);
		expect(getReports().errors).toStrictEqual([
			{ file: 'nope', message: 'cannot list the seeds folder (ENOENT)' }
		]);
	});
});
