import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/lib/seed/errors';
import { splitOfficial } from '../../src/lib/seed/officials';
import { MAX_ARTICLE_BYTES, parseArticle } from '../../src/lib/seed/parse.server';
import type { Report } from '../../src/lib/seed/types';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);
const expected = (name: string) =>
	JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8')) as Report;

/** Parses `text` (a whole seed) and returns the ParseError it throws. */
function failure(text: string | Uint8Array, file = 'seeds/bad.txt'): ParseError {
	try {
		parseArticle(text, { id: 'bad', file });
	} catch (error) {
		if (error instanceof ParseError) return error;
		throw new Error(`threw something other than a ParseError: ${String(error)}`);
	}
	throw new Error('parsed without an error');
}

describe('the seed article', () => {
	const file = 'seeds/000_44db7bec739ae390.txt';
	const seed = readFileSync(new URL(`../../${file}`, import.meta.url));

	it('parses to exactly the report built by hand from the article text', () => {
		const report = parseArticle(seed, { id: '000_44db7bec739ae390', file });
		expect(report).toStrictEqual(expected('seed-000'));
	});

	it('reads the 11 regions in article order with the verbs as spoken', () => {
		const report = parseArticle(seed, { id: '000_44db7bec739ae390', file });
		expect(report.paragraphs).toHaveLength(25);
		expect(
			report.meetings.map((m) => [m.region.name, m.date, m.statements.map((s) => s.verb).join()])
		).toStrictEqual([
			['山西', '2019-09-10', '指出,强调'],
			['内蒙古', '2019-09-10', '指出,强调'],
			['浙江', '2019-09-09', '指出,强调'],
			['福建', '2019-09-10', '指出,强调'],
			['河南', '2019-09-10', '指出,强调'],
			['湖北', '2019-09-09', '指出,强调'],
			['广西', '2019-09-10', '强调,指出'],
			['重庆', '2019-09-08', '指出,强调,要求'],
			['贵州', '2019-09-08', '指出,强调'],
			['云南', '2019-09-12', '指出,强调,指出'],
			['新疆', '2019-09-11', '指出,强调']
		]);
	});

	it('reads the same report from the text as from the bytes', () => {
		const fromText = parseArticle(seed.toString('utf8'), { id: 'x', file });
		expect(fromText).toStrictEqual(parseArticle(seed, { id: 'x', file }));
	});
});

describe('genre fixtures', () => {
	const cases = [
		// <p> markup, a full document with <title> and <h1>, entities, CRLF, a BOM, <script> and
		// <style> blocks, a comment, full region names, 陕西 and 山西, 表示/提出/希望, a closing line.
		{ file: 'p-entities-crlf-bom.html', name: 'p-entities-crlf-bom' },
		// GB18030 bytes, plain lines, a numbered title line ending in .txt, the year stated only in a
		// later meeting, article text inside a meeting, compound surnames, a closing paragraph.
		{ file: 'gb18030.txt', name: 'gb18030' },
		// <br>-separated tag soup: unclosed tags, upper-case tags, `>` inside a quoted attribute,
		// the title only in <title>, single-paragraph meetings, a middle-dot name.
		{ file: 'br-soup.html', name: 'br-soup' }
	];
	it.each(cases)('$file parses to exactly its expected report', ({ file, name }) => {
		const report = parseArticle(readFileSync(fixture(file)), {
			id: name,
			file: `tests/fixtures/${file}`
		});
		expect(report).toStrictEqual(expected(name));
	});
});

describe('parseArticle on small articles', () => {
	const parse = (text: string) => parseArticle(text, { id: 't', file: 't.txt' });
	const meeting = (text: string) => parse(`标题\n${text}`).meetings;

	it('takes the title from the first line, without a sequence number or an extension', () => {
		const title = (line: string) =>
			parse(`${line}\n2019年9月1日，山西召开会议。省长王某指出，好。`).title;
		expect(title('16以为民谋利.txt')).toBe('以为民谋利');
		expect(title('  各地部署.html  ')).toBe('各地部署');
		expect(title('2019年各地部署')).toBe('2019年各地部署');
		expect(title('70周年')).toBe('70周年');
	});

	it('does not take a first line that ends like a sentence for a title', () => {
		const report = parse('连日来，各地部署。\n2019年9月1日，山西召开会议。省长王某指出，好。');
		expect(report.title).toBe('');
		expect(report.lead).toBe('连日来，各地部署。');
	});

	it('takes the title from <h1> before <title>', () => {
		const html =
			'<title>网页标题</title><h1>新闻&ldquo;标题&rdquo;</h1><p>2019年9月1日，山西召开会议。省长王某指出，好。</p>';
		expect(parse(html).title).toBe('新闻“标题”');
		expect(parse(html.replace(/<h1>.*<\/h1>/, '')).title).toBe('网页标题');
	});

	it.each([
		['省委书记骆惠宁', '省委书记', '骆惠宁'],
		['省委书记、省人大常委会主任王某某', '省委书记、省人大常委会主任', '王某某'],
		['自治区党委书记欧阳志远', '自治区党委书记', '欧阳志远'],
		['市委书记车俊', '市委书记', '车俊'],
		['省委书记王长江', '省委书记', '王长江'],
		['全国人大常委会副委员长李某', '全国人大常委会副委员长', '李某'],
		['省委常委长孙晓明', '省委常委', '长孙晓明'],
		['自治区主席雪克来提·扎克尔', '自治区主席', '雪克来提·扎克尔'],
		['自治区主席雪克来提•扎克尔', '自治区主席', '雪克来提·扎克尔'],
		['自治区主席雪克来提・扎克尔', '自治区主席', '雪克来提·扎克尔'],
		['省委書記林建國', '省委書記', '林建國'],
		['行政长官李某某', '行政长官', '李某某']
	])('splits %s into title and name', (who, title, name) => {
		expect(splitOfficial(who)).toStrictEqual({ title, name });
	});

	it.each([
		'会议',
		'骆惠宁',
		'省委书记',
		'省委书记王',
		'省委书记五个字名字',
		'省委书记王海、省长李青'
	])('cannot split %s', (who) => {
		expect(splitOfficial(who)).toBeUndefined();
	});

	it('reads the region written short, in full, or after 中共 and before the convening body', () => {
		const regions = meeting(
			[
				'2019年9月1日，山西召开会议。省长王某指出，一。',
				'9月2日，陕西省召开会议。省长李某指出，二。',
				'9月3日上午，中共宁夏回族自治区委员会召开会议。自治区党委书记张某指出，三。',
				'9月4日，西藏自治区党委举行会议。自治区党委书记赵某指出，四。'
			].join('\n')
		).map((m) => [m.region.code, m.region.name, m.date]);
		expect(regions).toStrictEqual([
			['140000', '山西', '2019-09-01'],
			['610000', '陕西', '2019-09-02'],
			['640000', '宁夏', '2019-09-03'],
			['540000', '西藏', '2019-09-04']
		]);
	});

	it('keeps a paragraph that neither opens nor continues a meeting, and goes on after it', () => {
		const report = parse(
			[
				'标题',
				'2019年9月1日，山西召开会议。省长王某指出，一。',
				'会议还通报了有关情况。',
				'王某强调，二。',
				'他还强调，三。',
				'各地表示，四。'
			].join('\n')
		);
		expect(report.paragraphs).toHaveLength(5);
		expect(report.meetings[0]?.source.paragraphs).toStrictEqual([0, 2, 3]);
		expect(report.meetings[0]?.statements.map((s) => s.text)).toStrictEqual([
			'一。',
			'二。',
			'三。'
		]);
		expect(report.lead).toBe('');
		expect(report.diagnostics).toStrictEqual([
			{
				paragraph: 1,
				reason: "neither an official's words nor the meeting's: kept as article text"
			},
			{ paragraph: 4, reason: 'the words of “各地”, who is not named as an official of a meeting' }
		]);
	});

	it('keeps a paragraph starting with a date but no region and 召开 as article text', () => {
		const report = parse(
			'标题\n9月1日，记者从有关方面获悉。\n2019年9月2日，山西召开会议。省长王某指出，一。'
		);
		expect(report.lead).toBe('9月1日，记者从有关方面获悉。');
		expect(report.meetings).toHaveLength(1);
	});

	it('takes a statement word for word: inner spaces, quotes and entities for markup kept', () => {
		const [m] = meeting(
			'2019年9月1日，山西召开会议。省长王某指出，　要“A &lt;b&gt;B&lt;/b&gt; &amp; C”，  好 。\u3000'
		);
		expect(m?.statements[0]?.text).toBe('要“A <b>B</b> & C”，  好 。');
	});

	it('reads 指出： as well as 指出，, and 强调指出 as one verb', () => {
		const [m] = meeting(
			'2019年9月1日，山西召开会议。省长王某强调指出：一。\n王某要求：二。\n王某提出，三。'
		);
		expect(m?.statements.map((s) => [s.verb, s.text])).toStrictEqual([
			['强调指出', '一。'],
			['要求', '二。'],
			['提出', '三。']
		]);
	});
});

describe('parseArticle errors', () => {
	const cases = [
		{ name: 'an empty file', text: '', message: 'seeds/bad.txt: no paragraphs of article text' },
		{
			name: 'a title and nothing else',
			text: '标题\n\n<div>&nbsp;</div>',
			message: 'seeds/bad.txt: no paragraphs of article text'
		},
		{
			name: 'no meeting at all',
			text: '标题\n连日来，各地部署。\n会议强调，要抓落实。',
			message: 'seeds/bad.txt: no meeting: no paragraph starts with a date, a region and 召开'
		},
		{
			name: 'a binary file',
			text: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
			message: 'seeds/bad.txt: not text: it holds control characters that no article has'
		},
		{
			name: 'an article over the size limit',
			text: `标题\n${'会'.repeat(MAX_ARTICLE_BYTES / 3 + 1)}`,
			message: 'seeds/bad.txt: 5.0 MB: more than the 5 MB an article may weigh'
		}
	];
	it.each(cases)('reports $name', ({ text, message }) => {
		expect(failure(text).message).toBe(message);
	});

	it('throws only ParseErrors, whatever the bytes', () => {
		let seed = 0x2f6b;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let n = 0; n < 200; n++) {
			const bytes = Uint8Array.from({ length: 200 }, () => Math.floor(random() * 256));
			try {
				parseArticle(bytes, { id: 'r', file: 'r' });
			} catch (error) {
				expect(error).toBeInstanceOf(ParseError);
			}
		}
	});
});

describe('parseArticle on a paragraph it cannot read whole', () => {
	const parse = (text: string) => parseArticle(`标题\n${text}`, { id: 't', file: 't.txt' });
	const cases = [
		{
			name: 'a date with no year in an article that never states one',
			text: '连日来。\n9月10日，山西召开会议。省长王某指出，好。',
			date: null,
			diagnostics: [
				{
					paragraph: 1,
					reason:
						'9月10日 has no year, and the article never states one: the meeting is shown without a date'
				}
			]
		},
		{
			name: 'a day that does not exist',
			text: '2019年2月30日，山西召开会议。省长王某指出，好。',
			date: null,
			diagnostics: [
				{
					paragraph: 0,
					reason: '2019年2月30日 is not a calendar date: the meeting is shown without a date'
				}
			]
		},
		{
			name: 'a verb with nothing after it',
			text: '2019年9月1日，山西召开会议。省长王某指出，',
			date: '2019-09-01',
			diagnostics: [{ paragraph: 0, reason: 'nothing follows 指出' }]
		}
	];
	it.each(cases)('keeps the meeting and says why for $name', ({ text, date, diagnostics }) => {
		const report = parse(text);
		expect(report.meetings.map((m) => [m.region.name, m.date])).toStrictEqual([['山西', date]]);
		expect(report.diagnostics).toStrictEqual(diagnostics);
	});

	it('reads an official introduced without words, and a meeting known by what it resolved', () => {
		const report = parse(
			[
				'2019年9月10日，山西召开部署会议。省委书记高建国出席会议并讲话。',
				'9月11日，河北召开会议',
				'会议指出，好。'
			].join('\n')
		);
		expect(report.meetings).toStrictEqual([
			{
				region: { code: '140000', name: '山西' },
				date: '2019-09-10',
				meeting: '部署会议',
				official: { name: '高建国', title: '省委书记' },
				statements: [],
				source: { paragraphs: [0] }
			},
			{
				region: { code: '130000', name: '河北' },
				date: '2019-09-11',
				meeting: '会议',
				official: null,
				statements: [{ verb: '指出', text: '好。', paragraph: 2, speaker: null }],
				source: { paragraphs: [1, 2] }
			}
		]);
	});
});

describe('parseArticle on 5 MB of tag soup', () => {
	const meetingHtml = '<p>2019年9月1日，山西召开会议。省长王某指出，好。</p>';
	const soups = [
		['200 000 nested unclosed tags', '<div><span>'.repeat(200_000)],
		['unclosed quotes', '<a title="'.repeat(500_000)],
		['lone <', '<'.repeat(5_000_000)],
		['tags that never close', '<a<b'.repeat(1_250_000)],
		['ampersands', '&'.repeat(5_000_000)],
		['whitespace', '\u3000 '.repeat(1_000_000) + 'x'],
		['unclosed comment', '<!--'.repeat(1_250_000)],
		['paragraphs', '<p>连日来&ldquo;</p>'.repeat(300_000)]
	];
	// No time is asserted here (that is `npm run bench:parse`'s job); the test's own timeout is the
	// guard against a parser that never returns.
	it.each(soups)(
		'returns a Report or a ParseError on %s, never hanging',
		{ timeout: 120_000 },
		(_, soup) => {
			let outcome: unknown;
			try {
				outcome = parseArticle(`标题\n${soup}${meetingHtml}`, { id: 's', file: 's' });
			} catch (error) {
				outcome = error;
			}
			expect(outcome instanceof ParseError || Array.isArray((outcome as Report).meetings)).toBe(
				true
			);
		}
	);
});
