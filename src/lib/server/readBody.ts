/** A request body over the limit: 413. */
export class TooLarge extends Error {
	constructor(readonly limit: number) {
		super(`more than the ${limit / 1024 / 1024} MB an article sent here may weigh`);
	}
}

/**
 * The request's body, refused as soon as it is known to be over `limit` bytes: from its
 * Content-Length before anything is read, else while it streams in (a chunked body, or a
 * Content-Length that lies), so that no more than `limit` bytes are ever held.
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) throw new TooLarge(limit);
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			throw new TooLarge(limit);
		}
		chunks.push(value);
	}
	const body = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		body.set(chunk, at);
		at += chunk.length;
	}
	return body;
}
