import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeClean, openPage, useBrowser, type Watched } from './chromium';
import { fixtureFile, seedFile, serveSeeds, type Server } from './startServer';

const SEED = '000_44db7bec739ae390';
const SEED_TITLE =
	'以为民谋利为民尽责的成效取信于民 ——山西、内蒙古、浙江、福建、河南、湖北、广西、重庆、贵州、云南、新疆部署开展第二批主题教育';

// Two articles of one campaign (the seed, and a GBK roundup of the north-west that also reports
// 山西 on 2019-09-10) and a third of another year.
let server: Server;

beforeAll(async () => {
	server = await serveSeeds({
		[`${SEED}.txt`]: seedFile(SEED),
		'northwest.html': fixtureFile('div-span-gbk.html'),
		'xinhua.txt': fixtureFile('xinhua-plain.txt')
	});
});

afterAll(() => server?.stop());

const browser = useBrowser(['--disable-3d-apis']);

const open = (path: string, options: { javaScriptEnabled?: boolean } = {}) =>
	openPage(browser(), server.baseURL, path, options);
const done = closeClean;

/** The panel's meetings, as [date, article]. */
const panelMeetings = (w: Watched) =>
	w.page.$$eval('.panel .held', (held) =>
		held.map((h) => [
			(h.querySelector('.date') as HTMLElement).innerText,
			(h.querySelector('.article a') as HTMLElement).innerText
		])
	);

describe('a campaign on one map', () => {
	it('is chosen in the library without script, and shows every meeting of its articles', async () => {
		const w = await open('/library', { javaScriptEnabled: false });
		await w.page.check(`tr[data-id="${SEED}"] input[name=reports]`);
		await w.page.check('tr[data-id="xinhua"] input[name=reports]');
		await w.page.click('form.campaign button[type=submit]');
		await w.page.waitForURL((url) => url.searchParams.has('reports'));
		// In the list's order, newest first.
		expect(new URL(w.page.url()).search).toBe(`?reports=xinhua,${SEED}`);
		expect(await w.page.innerText('h1')).toBe('2 篇报道中的会议');
		// 11 provinces in the seed, 4 in the other, 3 in both; each under its earliest day.
		const listed = await w.page.$$eval('.region-list .mentioned li', (lis) =>
			lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' '))
		);
		expect(listed).toHaveLength(12);
		expect(listed.filter((l) => l.includes('重庆'))).toStrictEqual(['重庆 9月8日']);

		await w.page.click('.region-list a[href*="region=500000"]');
		await w.page.waitForSelector('.panel[data-region="500000"]');
		expect(await panelMeetings(w)).toStrictEqual([
			['2019年9月8日', SEED_TITLE],
			['2024年7月21日', '各地认真传达学习全会精神']
		]);
		await done(w);
	});

	it('compares a province’s meetings of every article, each statement linked to its paragraph', async () => {
		const w = await open(`/compare?reports=${SEED},xinhua&regions=500000,150000`);
		const dates = await w.page.$$eval('thead th[data-region="500000"] .date', (d) =>
			d.map((e) => (e as HTMLElement).innerText)
		);
		expect(dates).toStrictEqual(['2019年9月8日', '2024年7月21日']);
		// The campaign's article view: the articles one after the other, each under its title.
		const link = w.page.locator('td a.source').first();
		const said = await w.page.locator('td p').first().innerText();
		const href = (await link.getAttribute('href'))!;
		expect(href).toMatch(new RegExp(`^/source\\?reports=${SEED},xinhua#p-\\d+$`));
		await link.click();
		await w.page.waitForURL((url) => url.pathname === '/source');
		expect(await w.page.locator(href.slice(href.indexOf('#'))).innerText()).toContain(said);
		await done(w);
	});

	it('names the ids it does not have and shows the rest', async () => {
		const w = await open(`/?reports=${SEED},nope,northwest`);
		expect(await w.page.innerText('.notices')).toContain('没有这些报道：“nope”；地图显示其余的。');
		expect(await w.page.innerText('h1')).toBe('2 篇报道中的会议');
		await done(w);
	});

	it('presents every meeting of the campaign in date order, each with its article', async () => {
		// 山西 met on 10 September in both: its second step is the second article's.
		const w = await open(`/?reports=northwest,${SEED}&mode=present&region=140000&step=2`);
		await w.page.waitForSelector('.slide.meeting');
		expect(await w.page.innerText('.slide.meeting .article')).toBe(`出自 ${SEED_TITLE}`);
		// 15 meetings: 重庆, 贵州 (8 September), 陕西, 浙江, 湖北 (9th), then 山西 in each.
		expect(await w.page.innerText('.progress')).toBe('7 / 15 · 2019年9月10日 · 山西');
		await done(w);
	});
});
