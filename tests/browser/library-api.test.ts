import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFile, seedFile, serveSeeds, type Server } from './startServer';

const SEED = '000_44db7bec739ae390';

// Three articles: the seed (2019), a wire copy (2024) and one whose meetings are all undated.
let server: Server;

beforeAll(async () => {
	server = await serveSeeds({
		[`${SEED}.txt`]: seedFile(SEED),
		'xinhua.txt': fixtureFile('xinhua-plain.txt'),
		'undated.txt': fixtureFile('undated.txt')
	});
});

afterAll(() => server?.stop());

const get = async (path: string) => {
	const response = await fetch(server.baseURL + path);
	return { status: response.status, headers: response.headers, body: await response.json() };
};

describe('the library API', () => {
	it('pages the summaries, with the totals and the links to the pages around', async () => {
		const { body } = await get('/api/reports?per=2&sort=date&order=desc');
		expect(body.reports.map((r: { id: string }) => r.id)).toStrictEqual(['xinhua', SEED]);
		expect([body.total, body.page, body.pages, body.next, body.prev]).toStrictEqual([
			3,
			1,
			2,
			'/api/reports?sort=date&order=desc&per=2&page=2',
			null
		]);
		const next = await get(body.next);
		expect(next.body.reports.map((r: { id: string }) => r.id)).toStrictEqual(['undated']);
		expect(next.body.prev).toBe('/api/reports?sort=date&order=desc&per=2');
	});

	it('gives the summaries of a campaign in its order, and names the ids it does not have', async () => {
		const { body } = await get(`/api/reports?ids=undated,nope,${SEED}`);
		expect(body.reports.map((r: { id: string }) => r.id)).toStrictEqual(['undated', SEED]);
		expect(body.missing).toStrictEqual(['nope']);
	});

	it('merges a campaign’s meetings in date order, each with its article', async () => {
		const { body } = await get(`/api/campaign?reports=xinhua,${SEED},nope`);
		const meetings = body.meetings as { article: { id: string }; date: string | null }[];
		expect(meetings).toHaveLength(15);
		expect(meetings.slice(0, 2).map((m) => [m.article.id, m.date])).toStrictEqual([
			[SEED, '2019-09-08'],
			[SEED, '2019-09-08']
		]);
		expect(meetings.at(-1)).toMatchObject({ article: { id: 'xinhua' }, date: null });
		expect(body.missing).toStrictEqual(['nope']);
	});

	it('searches every statement, and says how long the search took', async () => {
		const { body, headers } = await get(`/api/search?q=${encodeURIComponent('高质量发展')}`);
		expect([body.total, body.articles, body.more]).toStrictEqual([2, 2, false]);
		expect(headers.get('server-timing')).toMatch(/^search;dur=\d+(\.\d)?$/);
	});

	it('answers 404 for a report or a CSV it does not have', async () => {
		for (const path of [
			'/api/reports/nope',
			'/api/reports/nope.csv',
			'/api/reports/..%2Fseeds.csv'
		])
			expect((await fetch(server.baseURL + path)).status).toBe(404);
	});
});
