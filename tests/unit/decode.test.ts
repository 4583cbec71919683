import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/lib/seed/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeSeed', () => {
	it('reads UTF-8 and drops its BOM', () => {
		expect(decodeSeed(utf8('山西'))).toBe('山西');
		expect(decodeSeed(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('山西')]))).toBe('山西');
	});

	it('falls back to GB18030 when the bytes are not UTF-8', () => {
		// 山西 in GB2312/GBK/GB18030.
		expect(decodeSeed(new Uint8Array([0xc9, 0xbd, 0xce, 0xf7]))).toBe('山西');
	});

	it('reads GB18030 four-byte sequences, which GBK has not', () => {
		const text = decodeSeed(readFileSync(new URL('../fixtures/gb18030.txt', import.meta.url)));
		expect(text).toContain('𠮷');
		expect(text.startsWith('3各地部署开展第二批主题教育.txt\n')).toBe(true);
	});

	it('normalizes CRLF and CR to LF', () => {
		expect(decodeSeed(utf8('a\r\nb\rc\n'))).toBe('a\nb\nc\n');
		expect(decodeSeed('\uFEFFa\r\nb')).toBe('a\nb');
	});
});
