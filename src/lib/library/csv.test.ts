import { describe, expect, it } from 'vitest';
import type { Report } from '../seed/types';
import { attachment, CSV_COLUMNS, csvField, statementsCsv } from './csv';

const report: Report = {
	id: 'a',
	title: '各地部署',
	lead: '',
	paragraphs: [],
	diagnostics: [],
	citation: { outlet: '人民日报', published: '2019-09-11', url: null },
	meetings: [
		{
			region: { code: '140000', name: '山西' },
			date: '2019-09-10',
			meeting: '主题教育部署会议',
			official: { title: '省委书记', name: '骆惠宁' },
			source: { paragraphs: [1, 2] },
			statements: [
				{
					verb: '指出',
					text: '要防止“一刀切”, "层层加码"，\n抓落实。',
					paragraph: 1,
					speaker: { title: '省委书记', name: '骆惠宁' }
				},
				{ verb: '强调', text: '=1+1 只是文字。', paragraph: 2, speaker: null }
			]
		},
		{
			region: { code: '450000', name: '广西' },
			date: null,
			meeting: '会议',
			official: null,
			source: { paragraphs: [3] },
			statements: []
		}
	]
};

describe('statementsCsv', () => {
	it('writes a BOM, a header and one CRLF row per statement, quoting only where RFC 4180 needs it', () => {
		expect(statementsCsv(report)).toBe(
			'\uFEFF' +
				'article,title,region_code,region,date,meeting,speaker_title,speaker_name,verb,text,paragraph,outlet,published,url\r\n' +
				'a,各地部署,140000,山西,2019-09-10,主题教育部署会议,省委书记,骆惠宁,指出,"要防止“一刀切”, ""层层加码""，\n抓落实。",1,人民日报,2019-09-11,\r\n' +
				"a,各地部署,140000,山西,2019-09-10,主题教育部署会议,,,强调,'=1+1 只是文字。,2,人民日报,2019-09-11,\r\n"
		);
	});

	it('reads back, field for field, with an RFC 4180 reader', () => {
		const rows = readCsv(statementsCsv(report).slice(1));
		expect(rows).toStrictEqual([
			[...CSV_COLUMNS],
			[
				'a',
				'各地部署',
				'140000',
				'山西',
				'2019-09-10',
				'主题教育部署会议',
				'省委书记',
				'骆惠宁',
				'指出',
				'要防止“一刀切”, "层层加码"，\n抓落实。',
				'1',
				'人民日报',
				'2019-09-11',
				''
			],
			[
				'a',
				'各地部署',
				'140000',
				'山西',
				'2019-09-10',
				'主题教育部署会议',
				'',
				'',
				'强调',
				"'=1+1 只是文字。",
				'2',
				'人民日报',
				'2019-09-11',
				''
			]
		]);
	});
});

describe('csvField', () => {
	it.each([
		{ name: 'leaves plain text alone', value: '抓落实', expected: '抓落实' },
		{ name: 'writes null as an empty field', value: null, expected: '' },
		{ name: 'writes numbers as they are, negative ones too', value: -3, expected: '-3' },
		{ name: 'quotes a comma', value: 'a,b', expected: '"a,b"' },
		{ name: 'quotes and doubles a quote', value: 'say "x"', expected: '"say ""x"""' },
		{ name: 'quotes a lone CR', value: 'a\rb', expected: '"a\rb"' },
		{ name: 'defuses a formula', value: '@SUM(A1)', expected: "'@SUM(A1)" },
		{ name: 'defuses a formula that also needs quotes', value: '=A1,"x"', expected: `"'=A1,""x"""` }
	])('$name', ({ value, expected }) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('attachment', () => {
	it('names the file after the title, with an ASCII id for old clients', () => {
		expect(attachment({ id: '000_x', title: '以为民谋利 ——山西' }, 'csv')).toBe(
			`attachment; filename="000_x.csv"; filename*=UTF-8''${encodeURIComponent('以为民谋利 ——山西.csv')}`
		);
	});

	it('keeps path separators, quotes and control characters out of both names', () => {
		expect(attachment({ id: '甲"b', title: 'a/b\\c"d\ne' }, 'json')).toBe(
			`attachment; filename="__b.json"; filename*=UTF-8''a_b_c_d_e.json`
		);
	});
});

/** A strict RFC 4180 reader, for the test: CRLF records, quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	while (i < text.length) {
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				const quote = text.indexOf('"', i);
				field += text.slice(i, quote);
				i = quote + 1;
				if (text[i] !== '"') break;
				field += '"';
				i++;
			}
		} else {
			const end = text.slice(i).search(/,|\r\n/);
			field = text.slice(i, i + end);
			i += end;
		}
		row.push(field);
		if (text.startsWith('\r\n', i)) {
			rows.push(row);
			row = [];
			i += 2;
		} else i++;
	}
	return rows;
}
