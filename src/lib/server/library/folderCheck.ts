import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from './db';

/**
 * Whether the seeds folder is as the index last saw it: the same files, each of the same size and
 * modification time, or unreadable still. Asynchronous (the file system's thread pool does the
 * work), for the server's thread to ask every few seconds while the indexer is not running.
 */
export async function folderMatchesIndex(dir: string, db: Db): Promise<boolean> {
	const rows = db
		.prepare<[], { file: string; size: number; mtime: number }>(
			'SELECT file, size, mtime FROM articles'
		)
		.all();
	const folderError =
		db.prepare("SELECT 1 FROM meta WHERE key = 'folder_error'").get() !== undefined;
	let names: string[];
	try {
		names = (await readdir(dir, { withFileTypes: true }))
			.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
			.map((entry) => entry.name);
	} catch {
		return folderError;
	}
	if (folderError || names.length !== rows.length) return false;
	const known = new Map(rows.map((row) => [row.file, row]));
	if (!names.every((name) => known.has(name))) return false;
	const stats = await Promise.all(names.map((name) => stat(join(dir, name)).catch(() => null)));
	return stats.every((s, i) => {
		const row = known.get(names[i]!)!;
		return s !== null && s.size === row.size && s.mtimeMs === row.mtime;
	});
}
