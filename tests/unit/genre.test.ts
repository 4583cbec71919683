import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/seed/parse.server';
import type { Report } from '../../src/lib/seed/types';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const expected = (name: string) =>
	JSON.parse(fixture(`${name}.expected.json`).toString('utf8')) as Report;

// The genre fixtures in parse.test.ts cover <p>, entities, BOM, CRLF, GB18030, <br> soup, <h1> and
// <title>. These add the rest of the genre: the seed's own <div><span> markup in GBK, and an
// article whose text is hostile markup, which must come out as text.
describe('more genre fixtures', () => {
	const cases = [
		// GBK bytes without a charset declaration, a title line, <div><span> with inline styles,
		// 陕西省 (full) before 山西 (short), 宁夏 (short), 中共天津市委, 市委书记, a 2-character name and a
		// compound surname (上官明), 指出 要求 强调 提出 表示 希望, the year only in the first date,
		// article text inside a meeting, single-paragraph meetings and a closing byline.
		{ file: 'div-span-gbk.html', name: 'div-span-gbk' },
		// <script>, <img onerror> and a javascript: link, escaped (kept as text) and raw (dropped).
		{ file: 'text-only.html', name: 'text-only' }
	];
	it.each(cases)('$file parses to exactly its expected report', ({ file, name }) => {
		const report = parseArticle(fixture(file), { id: name, file: `tests/fixtures/${file}` });
		expect(report).toStrictEqual(expected(name));
	});

	it('really is GBK without a declaration: not UTF-8, no charset, no four-byte GB18030', () => {
		const bytes = fixture('div-span-gbk.html');
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(TypeError);
		expect(bytes.toString('latin1')).not.toMatch(/charset/i);
		// A GB18030 four-byte sequence has a digit (0x30–0x39) where GBK has its second byte.
		let fourByte = false;
		for (let i = 0; i < bytes.length; i += (bytes[i] ?? 0) < 0x80 ? 1 : 2) {
			if ((bytes[i] ?? 0) >= 0x81 && (bytes[i + 1] ?? 0) <= 0x39) fourByte = true;
		}
		expect(fourByte).toBe(false);
	});
});
