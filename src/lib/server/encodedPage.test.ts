import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encode, pickEncoding } from './encodedPage';

describe('encode', () => {
	it('compresses a page both ways, each decoding to the page', async () => {
		const body = '<!doctype html><p>会议地图</p>'.repeat(500);
		const { br, gzip } = await encode(body);
		expect(brotliDecompressSync(br).toString()).toBe(body);
		expect(gunzipSync(gzip).toString()).toBe(body);
		expect(br.length).toBeLessThan(gzip.length);
	});
});

describe('pickEncoding', () => {
	it('prefers brotli, then gzip, as the request accepts them', () => {
		expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(pickEncoding('gzip, deflate')).toBe('gzip');
		expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(pickEncoding('*')).toBe('br');
		expect(pickEncoding('*, br;q=0')).toBe('gzip');
	});

	it('sends the page as it is to a request that accepts neither, or says nothing', () => {
		expect(pickEncoding('identity')).toBeNull();
		expect(pickEncoding('deflate')).toBeNull();
		expect(pickEncoding(null)).toBeNull();
		expect(pickEncoding('gzip;q=0, br;q=0')).toBeNull();
	});
});
