import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/seed/parse.server';
import type { Report } from '../../src/lib/seed/types';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const expected = (name: string) =>
	JSON.parse(fixture(`${name}.expected.json`).toString('utf8')) as Report;

// Hand-made articles, one for each form the genre is published in and each way it opens and
// reports a meeting. Their people are made up; their forms are the genre's.
const cases = [
	// Copied from a news site as plain text: a 来源 line with the page's time stamp (the only place
	// the year is stated), a dateline lead, blank lines, 主持会议并讲话 and the words after, 会议指出,
	// a governor 在会上 and 他最后, two speakers in one paragraph, a name written with • and ・,
	// 日前 and 近日, 在讲话中, 新疆生产建设兵团 (not 新疆), 在…召开的…会议上, a closing 此外…等地,
	// 各地干部群众表示, and the site's 【纠错】【责任编辑】 line.
	{ file: 'xinhua-plain.txt', name: 'xinhua-plain' },
	// <p> markup with entities (&ldquo; &middot; &mdash; &hellip; &amp; &lt;), the full names
	// 内蒙古自治区, 广西壮族自治区 and 新疆维吾尔自治区, the organs 上海市委 and 重庆市政府, 在会上,
	// 在讲话时 and 在讲话中还.
	{ file: 'p-entities.html', name: 'p-entities' },
	// GBK bytes with <br> line breaks: the headline repeated as a line, a byline, 3月5日至6日 and
	// 3月12日—13日 (the first day), full-width ９月１０日, 近日 and 近期 (no date), and the year
	// stated only in the newspaper's footer.
	{ file: 'gbk-br.html', name: 'gbk-br' },
	// Saved from a newspaper's page (CRLF): a nav link, a byline, sub-headings `山东：…` whose
	// sections open with the organ alone (省委常委会召开…), a photo and its caption between a
	// meeting's paragraphs, 在成都召开, a wire caption, 理论学习中心组举行, the footer and a
	// copyright line.
	{ file: 'newspaper-page.html', name: 'newspaper-page' },
	// Traditional characters (UTF-8 with a BOM): 山東, 廣東省委, 內蒙古自治區黨委, 陝西 (not 山西),
	// 強調 說 要求, 「」 and 『』 quotes; titles, verbs and text stay as written.
	{ file: 'traditional.txt', name: 'traditional' },
	// Several speakers: secretary and governor introduced together, each speaking in the same
	// paragraph and in paragraphs of their own, 她 and 他最后, 还指出 with a quotation of someone
	// else inside it, 强调指出 and 希望, 作工作部署.
	{ file: 'two-speakers.txt', name: 'two-speakers' },
	// What meetings resolve: 会议指出, 会议强调, 会议认为, 会议要求, 会议号召; a meeting that names
	// nobody; 会议由X主持 and then X说.
	{ file: 'resolutions.txt', name: 'resolutions' },
	// Bodies that are not provincial-level divisions, with words after them that must not be
	// given to the province before: 新疆生产建设兵团, 中央和国家机关工委, 成都市委, a state firm.
	{ file: 'units.txt', name: 'units' },
	// A province reported twice (and a third time, later in the article), 在湖北省委召开的…会议上,
	// 湖南省委2月5日召开 (the date after the body), two meetings in one paragraph.
	{ file: 'twice.txt', name: 'twice' },
	// Meeting names: a purpose clause after the comma, quotation marks with a comma inside, 召开了,
	// 举行, and names before 在…召开 (a province, or 全省 placed by the capital it met in).
	{ file: 'meeting-names.txt', name: 'meeting-names' },
	// No date: 日前, 近日, 近期; a yearless date in an article that never states the year; 2月30日.
	{ file: 'undated.txt', name: 'undated' },
	// Page furniture inside meetings: a <div> headline, 文/ byline, a wire caption, a reporters'
	// line, an editor's line, 责任编辑 and a footer: none ends a meeting's statements.
	{ file: 'furniture.html', name: 'furniture' },
	// A paper's dispatches: datelines (本报长沙11月1日电（记者 …）), a day-only date in the dateline's
	// month (湖南省委1日召开) or the month before (31日), 同日 and 次日, 主持召开…并讲话, a meeting's
	// people agreeing (与会同志一致表示), and a closing 与此同时，福建各地召开… whose words are no one's.
	{ file: 'dispatches.txt', name: 'dispatches' },
	// Sections marked in the paragraph itself: 【山西】, ■内蒙古, 山东： (whose 省委 is Shandong's),
	// a bullet ◆; officials introduced in a list with commas (省委书记X，省委副书记、省长Y出席会议)
	// and then by name; 主持并讲话，强调要… (the verb with no comma: its text is what follows it).
	{ file: 'section-marks.txt', name: 'section-marks' },
	// One person is one person: a name written with &middot;, &#8226; (•), ・ and • is one
	// official, shown with ·; the text stays as written.
	{ file: 'middle-dots.html', name: 'middle-dots' },
	// A user's front matter (--- outlet/date/url ---) cites the article: it wins over the 来源 line,
	// and is no part of the text, the title or a meeting.
	{ file: 'front-matter.txt', name: 'front-matter' },
	// Front matter a user mistyped: a day not on the calendar, an unknown key, a URL without its
	// scheme, a key given twice. Each such line stays text (paragraphs 0–3, numbers after moved on)
	// with a diagnostic naming its line; the footer still dates the article.
	{ file: 'front-matter-malformed.txt', name: 'front-matter-malformed' },
	// A --- with no closing ---: the fence is text (with why), the rest the article.
	{ file: 'front-matter-unclosed.txt', name: 'front-matter-unclosed' }
];

describe('the genre, form by form', () => {
	it.each(cases)('$file parses to exactly its expected report', ({ file, name }) => {
		const report = parseArticle(fixture(file), { id: name, file: `tests/fixtures/${file}` });
		expect(report).toStrictEqual(expected(name));
	});

	it('has the encodings it says: GBK without a declaration, a BOM, CRLF', () => {
		const gbk = fixture('gbk-br.html');
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow(TypeError);
		expect(gbk.toString('latin1')).not.toMatch(/charset/i);
		expect([...fixture('traditional.txt').subarray(0, 3)]).toStrictEqual([0xef, 0xbb, 0xbf]);
		expect(fixture('newspaper-page.html').toString('utf8')).toContain('\r\n');
	});
});

// The genre fixtures in parse.test.ts cover <p>, entities, BOM, CRLF, GB18030, <br> soup, <h1> and
// <title>. These add the seed's own <div><span> markup in GBK, and an article whose text is
// hostile markup, which must come out as text.
describe('more genre fixtures', () => {
	const more = [
		// GBK bytes without a charset declaration, a title line, <div><span> with inline styles,
		// 陕西省 (full) before 山西 (short), 宁夏 (short), 中共天津市委, 市委书记, a 2-character name and a
		// compound surname (上官明), 指出 要求 强调 提出 表示 希望, the year only in the first date,
		// article text inside a meeting, single-paragraph meetings and a closing byline.
		{ file: 'div-span-gbk.html', name: 'div-span-gbk' },
		// <script>, <img onerror> and a javascript: link, escaped (kept as text) and raw (dropped).
		{ file: 'text-only.html', name: 'text-only' }
	];
	it.each(more)('$file parses to exactly its expected report', ({ file, name }) => {
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
