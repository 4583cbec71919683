import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../seed/parse.server';
import { ParsePool, ParseUnavailable } from './parsePool';

const SEED = readFileSync(new URL('../../../../seeds/000_44db7bec739ae390.txt', import.meta.url));
const bytes = (b: Buffer) => new Uint8Array(b);

let pool: ParsePool;
afterEach(() => pool?.close());

// Each test starts a worker through tsx, which takes a second or two on a busy machine.
describe('ParsePool', { timeout: 30_000 }, () => {
	it('parses in its worker exactly as the parser does here', async () => {
		pool = new ParsePool();
		const outcome = await pool.parse(bytes(SEED), 'own', 'mine.txt');
		expect(outcome).toStrictEqual({ report: parseArticle(SEED, { id: 'own', file: 'mine.txt' }) });
	});

	it('answers with the reason an article is not one', async () => {
		pool = new ParsePool();
		const outcome = await pool.parse(bytes(Buffer.from('标题\n没有会议。')), 'own', 'mine.txt');
		expect(outcome).toStrictEqual({
			error: {
				message: 'mine.txt: no meeting: no paragraph starts with a date, a region and 召开',
				reason: 'no meeting: no paragraph starts with a date, a region and 召开',
				paragraph: null
			}
		});
	});

	it('ends a parse past its time with 504, and starts a new worker for the next', async () => {
		pool = new ParsePool({ timeoutMs: 1 });
		const large = bytes(Buffer.concat(Array<Buffer>(40).fill(SEED)));
		await expect(pool.parse(large, 'own', 'big.txt')).rejects.toStrictEqual(
			new ParseUnavailable(504, 'the parse took more than 0.001 s')
		);
		await expect(pool.parse(large, 'own', 'big.txt')).rejects.toBeInstanceOf(ParseUnavailable);
	});

	it('refuses with 503 when more are waiting than it keeps', async () => {
		pool = new ParsePool({ maxWaiting: 1 });
		const running = pool.parse(bytes(SEED), 'a', 'a.txt');
		const waiting = pool.parse(bytes(SEED), 'b', 'b.txt');
		const refused = pool.parse(bytes(SEED), 'c', 'c.txt');
		await expect(refused).rejects.toStrictEqual(
			new ParseUnavailable(503, 'too many articles are being parsed')
		);
		expect(await Promise.all([running, waiting])).toHaveLength(2);
	});
});
