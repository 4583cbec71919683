import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapReady, useBrowser, watchedPage, type Watched } from './chromium';
import { fixtureFile, serveSeeds, type Server } from './startServer';

// Articles of the genre in the forms the seed does not have: several speakers in one meeting, a
// province reported twice, meetings without a date, and bodies that are not provinces.
const ARTICLES = ['two-speakers.txt', 'twice.txt', 'undated.txt', 'units.txt'];
let server: Server;

beforeAll(async () => {
	server = await serveSeeds(Object.fromEntries(ARTICLES.map((name) => [name, fixtureFile(name)])));
});

afterAll(() => server?.stop());

const browser = useBrowser(['--disable-3d-apis']);

async function open(path: string): Promise<Watched> {
	const w = await watchedPage(browser(), server.baseURL);
	await w.page.goto(server.baseURL + path);
	await mapReady(w.page);
	return w;
}

/** What the panel's list of statements says, item by item, spaces folded. */
const items = (w: Watched, held = '.panel') =>
	w.page
		.locator(`${held} .statements li`)
		.evaluateAll((lis) =>
			lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
		);

describe('an article of the genre in the app', () => {
	it('shows two speakers of one meeting, each named before their own statements', async () => {
		const w = await open('/?report=two-speakers&region=320000');
		const panel = w.page.locator('.panel[data-region="320000"]');
		await panel.waitFor();
		expect(await panel.locator('.date').innerText()).toBe('2022年12月20日');
		expect(await items(w)).toStrictEqual([
			'省委书记 吴军 强调 要坚持稳中求进工作总基调。 原文第1段 复制引文',
			'省长 许宁 要求 要扎实做好明年经济工作。 原文第1段 复制引文',
			'指出 要全力稳住经济大盘。 原文第2段 复制引文',
			'省委书记 吴军 指出 “总书记指出，‘发展是第一要务’。我们要牢记嘱托。” 原文第3段 复制引文',
			'要求 要保障和改善民生。 原文第3段 复制引文'
		]);
		// The governor's words are in the search too: a search for her lights the province.
		await w.page.goto(`${server.baseURL}/?report=two-speakers&q=许宁`);
		await mapReady(w.page);
		expect(await w.page.locator('.explore').innerText()).toContain('“许宁”：1 处，1 个省份');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('gives the meeting’s own resolutions to the meeting, in English too', async () => {
		const w = await open('/?report=twice&region=420000&lang=en');
		const panel = w.page.locator('.panel[data-region="420000"]');
		await panel.waitFor();
		// A province reported three times: each meeting, in date order.
		expect(await panel.locator('.date').allInnerTexts()).toStrictEqual([
			'3 February 2020',
			'8 February 2020',
			'10 February 2020'
		]);
		// Colored by its earliest meeting, on all three days of the timeline.
		const days = await w.page
			.locator('.timeline > ol > li')
			.evaluateAll((lis) =>
				lis.map((li) => [
					li.getAttribute('data-date'),
					li.querySelectorAll('[data-code="420000"]').length
				])
			);
		expect(days.filter(([, n]) => n)).toStrictEqual([
			['2020-02-03', 1],
			['2020-02-08', 1],
			['2020-02-10', 1]
		]);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('gives undated meetings their own legend entry, last on the timeline and in the presentation', async () => {
		const w = await open('/?report=undated');
		const legend = await w.page.locator('.legend li').allInnerTexts();
		expect(legend.map((t) => t.replace(/\s+/g, ' ').trim())).toStrictEqual([
			'日期未注明 5 个',
			'文中未提及 29 个'
		]);
		const timeline = await w.page
			.locator('.timeline > ol > li')
			.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-date')));
		expect(timeline).toStrictEqual(['undated']);
		// A province the article never dates is not the neutral of those it does not mention.
		const fills = await w.page.evaluate(() =>
			['130000', '610000'].map(
				(code) => getComputedStyle(document.querySelector(`.svg [data-code="${code}"]`)!).fill
			)
		);
		expect(fills[0]).not.toBe(fills[1]);
		await w.page.goto(`${server.baseURL}/?report=undated&mode=present&region=220000`);
		await w.page.locator('.presenter .slide[data-region="220000"]').waitFor();
		expect(await w.page.locator('.bar .progress').innerText()).toBe('5 / 5 · 日期未注明 · 吉林');
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('counts the paragraphs it could not attribute, and shows them, with why, in the article', async () => {
		const w = await open('/?report=units');
		const notice = w.page.locator('.notices .unattributed');
		expect(await notice.innerText()).toBe('6 段未归属到会议 · 查看');
		await notice.getByRole('link', { name: '查看' }).click();
		await w.page.waitForURL((url) => url.pathname === '/source' && url.hash === '#unattributed');
		const list = w.page.locator('#unattributed li');
		expect(await list.count()).toBe(6);
		expect(await list.first().innerText()).toBe(
			'第2段：the meeting of 新疆生产建设兵团, which is not a provincial-level division: not on the map'
		);
		// The paragraph itself is marked where it stands, and was never given to 山西 before it.
		const marked = w.page.locator('#p-3');
		expect(await marked.getAttribute('class')).toContain('flagged');
		expect(await marked.locator('.why').innerText()).toContain(
			'part of the meeting of 新疆生产建设兵团'
		);
		expect(await marked.locator('.to-map').count()).toBe(0);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
