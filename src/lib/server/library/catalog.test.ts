import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../seed/parse.server';
import { Catalog, pageOf } from './catalog';
import { openIndex, type Db } from './db';
import { Indexer } from './indexer';

const fixture = (name: string) => new URL(`../../../../tests/fixtures/${name}`, import.meta.url);
const SEED_TITLE =
	'以为民谋利为民尽责的成效取信于民 ——山西、内蒙古、浙江、福建、河南、湖北、广西、重庆、贵州、云南、新疆部署开展第二批主题教育';

let root: string;
let db: Db;
let catalog: Catalog;

// Four articles: the seed (2019, no outlet), a wire copy (published 2024-07-22), an article of
// 2022 and one whose meetings are all undated.
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'catalog-'));
	const dir = join(root, 'seeds');
	mkdirSync(dir);
	const files: [string, URL][] = [
		['000.txt', new URL('../../../../seeds/000_44db7bec739ae390.txt', import.meta.url)],
		['two.txt', fixture('two-speakers.txt')],
		['undated.txt', fixture('undated.txt')],
		['xinhua.txt', fixture('xinhua-plain.txt')]
	];
	for (const [name, from] of files) {
		copyFileSync(from, join(dir, name));
		utimesSync(join(dir, name), new Date(0), new Date(0));
	}
	db = openIndex(join(root, 'index.sqlite'), 'test');
	const indexer = new Indexer(db, dir, parseArticle);
	for (const name of indexer.scan().ready) indexer.index(name);
	catalog = new Catalog(db);
});

afterAll(() => {
	db.close();
	rmSync(root, { recursive: true, force: true });
});

const ids = (items: { id: string }[]) => items.map((s) => s.id);

describe('Catalog.list', () => {
	it.each([
		{
			name: 'goes by file name unless told',
			query: {},
			expected: ['000', 'two', 'undated', 'xinhua']
		},
		{
			name: 'sorts by day, newest first, with undated articles last',
			query: { sort: 'date', order: 'desc' },
			expected: ['xinhua', 'two', '000', 'undated']
		},
		{
			name: 'sorts by day, oldest first, undated articles still last',
			query: { sort: 'date', order: 'asc' },
			expected: ['000', 'two', 'xinhua', 'undated']
		},
		{ name: 'filters by title', query: { title: '会议' }, expected: ['two'] },
		{ name: 'pages', query: { per: 3, page: 2 }, expected: ['xinhua'] }
	] as const)('$name', ({ query, expected }) => {
		expect(ids(catalog.list(query).items)).toStrictEqual(expected);
	});

	it('says how many there are and which page this is, clamped to the pages there are', () => {
		const { items, ...paging } = catalog.list({ per: 3, page: 9 });
		expect(paging).toStrictEqual({ total: 4, page: 2, per: 3, pages: 2 });
		expect(ids(items)).toStrictEqual(['xinhua']);
	});
});

describe('Catalog.search', () => {
	const brief = (q: string, page = 1, per = 50) => {
		const r = catalog.search(q, page, per);
		return {
			total: r.total,
			articles: r.articles,
			hits: r.items.map((h) => [h.article, h.region, h.speaker?.name ?? null, h.text])
		};
	};

	it('finds a phrase of three characters or more through the index, in every article', () => {
		expect(brief('高质量发展')).toStrictEqual({
			total: 3,
			articles: 3,
			hits: [
				[
					'000',
					'420000',
					'蒋超良',
					'加强组织领导，坚持省负总责、市抓统筹、县抓落实，压实领导责任；坚决防止形式主义、官僚主义，以真抓实干作风服务群众、推动发展；坚持两手抓两促进，把主题教育成果转化为高质量发展的实际成效。'
				],
				['two', '350000', '尹明', '要推动高质量发展。'],
				['xinhua', '150000', '巴特尔·乌力吉', '要推动高质量发展。']
			]
		});
	});

	it('finds one or two characters without the index, the same way', () => {
		expect(brief('两个').hits.map((h) => h[1])).toStrictEqual(['330000', '410000', '530000']);
		expect(brief('两个维护')).toStrictEqual(brief('两个'));
	});

	it('gives each hit its article, province, day, speaker and place in the report', () => {
		expect(catalog.search('要推动高质量发展。').items[0]).toStrictEqual({
			article: 'two',
			title: '多地召开经济工作会议',
			region: '350000',
			date: '2022-12-21',
			speaker: { name: '尹明', title: '省委书记' },
			text: '要推动高质量发展。',
			meeting: 1,
			statement: 0
		});
		expect(catalog.search('主题教育').items[0]?.title).toBe(SEED_TITLE);
	});

	it('counts hits up to its cap, and says there are more', () => {
		const capped = new Catalog(db, { maxHits: 10 }).search('主题教育', 1, 4);
		expect([capped.total, capped.more, capped.pages, capped.items.length]).toStrictEqual([
			10,
			true,
			3,
			4
		]);
		expect(catalog.search('主题教育').more).toBe(false);
	});

	it('pages its hits', () => {
		const all = brief('主题教育').hits;
		expect(brief('主题教育', 2, 10).hits).toStrictEqual(all.slice(10, 20));
		expect(catalog.search('主题教育', 2, 10)).toMatchObject({
			total: 45,
			page: 2,
			per: 10,
			pages: 5
		});
	});

	it.each(['', '   ', '"', '""', '" OR "', 'NEAR(a b)', '*', "'; DROP TABLE articles; --"])(
		'takes %j as text to find, not as a query',
		(q) => {
			expect(catalog.search(q).total).toBe(0);
		}
	);
});

describe('pageOf', () => {
	it.each([
		{ args: [0, 1, 50], expected: { page: 1, per: 50, pages: 1, offset: 0 } },
		{ args: [101, 3, 50], expected: { page: 3, per: 50, pages: 3, offset: 100 } },
		{ args: [101, 0, 50], expected: { page: 1, per: 50, pages: 3, offset: 0 } },
		{ args: [101, Number.NaN, 0], expected: { page: 1, per: 1, pages: 101, offset: 0 } }
	])('pageOf($args)', ({ args: [total, page, per], expected }) => {
		expect(pageOf(total!, page!, per!)).toStrictEqual(expected);
	});
});
