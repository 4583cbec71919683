import { describe, expect, it } from 'vitest';
import { readBody, TooLarge } from './readBody';

const streamed = (...chunks: string[]) =>
	new ReadableStream<Uint8Array>({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
			controller.close();
		}
	});

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
	new Request('http://x/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('readBody', () => {
	it('reads a body in chunks into one', async () => {
		expect(await readBody(post(streamed('会议', '地图')), 100)).toStrictEqual(
			new TextEncoder().encode('会议地图')
		);
	});

	it('reads no body as empty', async () => {
		expect(await readBody(post(null), 100)).toStrictEqual(new Uint8Array(0));
	});

	it('accepts a body of exactly the limit', async () => {
		expect((await readBody(post('x'.repeat(10)), 10)).length).toBe(10);
	});

	it('refuses a declared length over the limit before reading', async () => {
		await expect(readBody(post('x', { 'content-length': '11' }), 10)).rejects.toBeInstanceOf(
			TooLarge
		);
	});

	it('refuses a streamed body once it passes the limit', async () => {
		await expect(readBody(post(streamed('x'.repeat(6), 'x'.repeat(6))), 10)).rejects.toStrictEqual(
			new TooLarge(10)
		);
	});
});
