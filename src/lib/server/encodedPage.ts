import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** A page's body compressed once, at the strongest levels, for every request that accepts it. */
export interface Encoded {
	br: Uint8Array<ArrayBuffer>;
	gzip: Uint8Array<ArrayBuffer>;
}

export async function encode(body: string): Promise<Encoded> {
	const [br, gz] = await Promise.all([
		brotli(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body)
			}
		}),
		gzipped(body, { level: 9 })
	]);
	// Node's Buffers are Uint8Arrays over plain ArrayBuffers.
	return { br: new Uint8Array(br), gzip: new Uint8Array(gz) };
}

/**
 * Which of the encodings a request's Accept-Encoding takes (brotli first), or null for none.
 * An encoding given `q=0` is refused.
 */
export function pickEncoding(accept: string | null): keyof Encoded | null {
	const taken = new Map<string, number>();
	for (const part of (accept ?? '').toLowerCase().split(',')) {
		const [name, ...params] = part.trim().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		if (name) taken.set(name.trim(), q ? Number(q.slice(2)) : 1);
	}
	const ok = (name: string) => (taken.get(name) ?? taken.get('*') ?? 0) > 0;
	if (ok('br')) return 'br';
	if (ok('gzip')) return 'gzip';
	return null;
}
