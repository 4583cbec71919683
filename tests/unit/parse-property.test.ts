import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/lib/geo/regions';
import { ParseError } from '../../src/lib/seed/errors';
import { MAX_ARTICLE_BYTES, parseArticle } from '../../src/lib/seed/parse.server';
import type { Report } from '../../src/lib/seed/types';

const seed = readFileSync(new URL('../../seeds/000_44db7bec739ae390.txt', import.meta.url));
const seedText = seed.toString('utf8');
const FILE = 'seeds/mutant.txt';

// The seed is a title line and one line of <div> blocks; a block is one paragraph of the article.
const [titleLine = '', body = ''] = seedText.split(/\n(.*)/s);
const blocks = body.split(/(?<=<\/div>)/);

/** Every place and reading a report's consumers rely on, checked against its own paragraphs. */
function checkReport(report: Report): void {
	expect(report.id).toBe('mutant');
	expect(typeof report.title).toBe('string');
	for (const p of report.paragraphs) {
		expect(p).not.toBe('');
		expect(p.trim()).toBe(p);
	}
	expect(report.meetings.length).toBeGreaterThan(0);
	const firstParagraph = Math.min(...report.meetings.map((m) => m.source.paragraphs[0] ?? 0));
	// The lead is prose from before the first meeting (sub-headings and bylines left out).
	for (const line of report.lead ? report.lead.split('\n') : []) {
		expect(report.paragraphs.slice(0, firstParagraph)).toContain(line);
	}
	for (const m of report.meetings) {
		expect(REGIONS.find((r) => r.code === m.region.code)?.name).toBe(m.region.name);
		if (m.date !== null) {
			expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(new Date(`${m.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(m.date);
		}
		expect(m.meeting).not.toBe('');
		if (m.official) {
			expect(m.official.name).not.toBe('');
			expect(m.official.title).not.toBe('');
		}
		for (const s of m.statements) {
			expect(m.source.paragraphs).toContain(s.paragraph);
			// Word for word: a statement is a piece of its paragraph, as written.
			expect(report.paragraphs[s.paragraph]).toContain(s.text);
			expect(s.text).not.toBe('');
		}
	}
	for (const d of report.diagnostics) {
		expect(report.paragraphs[d.paragraph]).toBeDefined();
		expect(d.reason).not.toBe('');
	}
}

/** Parsing `input` gives a well-formed Report or a ParseError that says where; nothing else. */
function parsesOrSaysWhere(input: Uint8Array | string): void {
	try {
		checkReport(parseArticle(input, { id: 'mutant', file: FILE }));
	} catch (error) {
		if (!(error instanceof ParseError)) throw error;
		expect(error.file).toBe(FILE);
		expect(error.message.startsWith(FILE)).toBe(true);
		if (error.paragraph !== null) expect(Number.isInteger(error.paragraph)).toBe(true);
		// parseArticle turns its own bugs into this reason; a property run must never see one.
		expect(error.reason).not.toMatch(/^unexpected failure/);
	}
}

const RUNS = { numRuns: Number(process.env.RUNS ?? 150) };
// Each test takes 0.3–3 s on a quiet machine; the margin is for a busy 2-core one.
const SLOW = { timeout: 120_000 };

/** Markup, entities and genre phrases, in any order and unbalanced. */
const soupToken = fc.constantFrom(
	'<div>',
	'</div>',
	'<span style="a>b">',
	'</span>',
	'<p>',
	'<P',
	'</p>',
	'<br>',
	'<br/>',
	'<h1>',
	'</h1>',
	'<title>',
	'<script>',
	'</script>',
	'<!--',
	'-->',
	'<!DOCTYPE html>',
	'<',
	'>',
	'"',
	"'",
	'=',
	'&',
	'&ldquo;',
	'&nbsp;',
	'&#x5B9E;',
	'&#99999999;',
	'\n',
	'\r\n',
	'\r',
	'\uFEFF',
	'\u3000',
	'\uE000',
	'2019年9月10日，',
	'9月31日，',
	'９月１０日，',
	'山西',
	'陕西省',
	'宁夏回族自治区',
	'中共',
	'召开',
	'举行',
	'会议',
	'。',
	'省委书记',
	'骆惠宁',
	'指出，',
	'强调：',
	'要抓落实。'
);

describe('parseArticle on a mutated seed', SLOW, () => {
	it('survives truncation at any byte, mid character included', () => {
		fc.assert(
			fc.property(fc.nat({ max: seed.length }), (n) => parsesOrSaysWhere(seed.subarray(0, n))),
			RUNS
		);
	});

	it('survives paragraphs deleted, duplicated and shuffled', () => {
		const order = fc.array(fc.nat({ max: blocks.length - 1 }), { maxLength: blocks.length * 2 });
		fc.assert(
			fc.property(order, (picked) => {
				parsesOrSaysWhere(`${titleLine}\n${picked.map((i) => blocks[i]).join('')}`);
			}),
			RUNS
		);
	});

	it('survives random bytes, alone or spliced into the seed', () => {
		const spliced = fc
			.tuple(fc.nat({ max: seed.length }), fc.nat({ max: 64 }), fc.uint8Array({ maxLength: 64 }))
			.map(([at, cut, bytes]) =>
				Buffer.concat([seed.subarray(0, at), bytes, seed.subarray(Math.min(seed.length, at + cut))])
			);
		fc.assert(
			fc.property(fc.oneof(fc.uint8Array({ maxLength: 4096 }), spliced), parsesOrSaysWhere),
			RUNS
		);
	});

	it('survives tag soup, alone or spliced into the seed text', () => {
		const soup = fc.array(soupToken, { maxLength: 200 }).map((tokens) => tokens.join(''));
		const spliced = fc
			.tuple(fc.nat({ max: seedText.length }), soup)
			.map(([at, s]) => seedText.slice(0, at) + s + seedText.slice(at));
		fc.assert(fc.property(fc.oneof(soup, spliced), parsesOrSaysWhere), RUNS);
	});
});

/** Words of the genre, and of the page around it, in any order: a paragraph the parser may not understand. */
const phraseToken = fc.constantFrom(
	'2019年9月10日，',
	'9月31日，',
	'日前，',
	'３月５日至６日，',
	'山西',
	'新疆生产建设兵团',
	'省委',
	'中共',
	'召开',
	'举行',
	'会议',
	'在太原',
	'。',
	'，',
	'：',
	'“',
	'”',
	'省委书记',
	'骆惠宁',
	'他',
	'还',
	'指出，',
	'强调：',
	'会议强调，',
	'出席会议并讲话',
	'此外，',
	'天津、辽宁等地',
	'本报记者 张三摄',
	'《人民日报》（2019年9月11日 04 版）',
	'要抓落实'
);

describe('one paragraph the parser does not understand', SLOW, () => {
	const original = parseArticle(seed, { id: 'mutant', file: FILE });

	it('never costs the article its other meetings, nor their words', () => {
		const paragraph = fc.array(phraseToken, { minLength: 1, maxLength: 24 }).map((t) => t.join(''));
		const at = fc.nat({ max: blocks.length });
		fc.assert(
			fc.property(paragraph, at, (text, k) => {
				const inserted = `<div><span>${text}</span></div>`;
				const mutant = `${titleLine}\n${[...blocks.slice(0, k), inserted, ...blocks.slice(k)].join('')}`;
				const report = parseArticle(mutant, { id: 'mutant', file: FILE });
				checkReport(report);
				// The paragraph's number: the body paragraphs among the blocks before it.
				const before = blocks.slice(0, k).filter((b) => b.includes('<span')).length;
				const shifted = (p: number) => (p >= before ? p + 1 : p);
				for (const m of original.meetings) {
					const key = [m.region.code, m.date, m.meeting, m.official?.name];
					const same = report.meetings.find(
						(n) =>
							JSON.stringify([n.region.code, n.date, n.meeting, n.official?.name]) ===
							JSON.stringify(key)
					);
					expect(same, `meeting ${key.join()} kept`).toBeDefined();
					// A meeting the paragraph does not fall in or just after keeps every word, where it was.
					const first = m.source.paragraphs[0] ?? 0;
					const next = original.meetings[original.meetings.indexOf(m) + 1];
					const reach = next?.source.paragraphs[0] ?? original.paragraphs.length;
					if (before <= first || before > reach) {
						expect(same?.statements).toStrictEqual(
							m.statements.map((s) => ({ ...s, paragraph: shifted(s.paragraph) }))
						);
					}
				}
			}),
			RUNS
		);
	});
});

describe('parseArticle on 5 MB', { timeout: 30_000 }, () => {
	// Just under the most an article may weigh: the parser itself, not its limit, is under test.
	const FIVE_MB = MAX_ARTICLE_BYTES - 64;
	const cases: [string, () => Uint8Array][] = [
		[
			'the seed repeated',
			() => Buffer.from(seedText.repeat(Math.ceil(FIVE_MB / seed.length))).subarray(0, FIVE_MB)
		],
		[
			'random bytes',
			() => {
				let x = 0x9e3779b9;
				return Uint8Array.from({ length: FIVE_MB }, () => {
					x ^= x << 13;
					x ^= x >>> 17;
					x ^= x << 5;
					return x & 0xff;
				});
			}
		],
		[
			'one paragraph without an end',
			() => Buffer.from(`标题\n2019年9月10日，山西召开${'会'.repeat(FIVE_MB / 3 - 20)}`)
		]
	];
	// Speed is `npm run bench:parse`'s to report; the test's timeout only guards against a hang.
	it.each(cases)('answers on %s, never hanging', { timeout: 120_000 }, (_, make) => {
		const input = make();
		expect(input.length).toBeGreaterThanOrEqual(FIVE_MB - 64);
		expect(input.length).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
		let outcome: string;
		try {
			outcome = `report with ${parseArticle(input, { id: 'big', file: FILE }).meetings.length} meetings`;
		} catch (error) {
			expect(error).toBeInstanceOf(ParseError);
			outcome = (error as ParseError).reason;
		}
		expect(outcome).not.toMatch(/^unexpected failure/);
	});
});
