import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapReady, useBrowser, watchedPage } from './chromium';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** The table as text: the header row, then one row per verb, cells squeezed. */
async function table(page: Page): Promise<string[][]> {
	return page
		.locator('table tr')
		.evaluateAll((rows) =>
			rows.map((r) =>
				[...r.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
			)
		);
}

describe('the compare page', () => {
	it('asks for two provinces, then sets them side by side as they are ticked', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/compare');
		// Ticking a box only navigates once the page is hydrated.
		await w.page.waitForLoadState('networkidle');
		expect(await w.page.locator('.prompt').innerText()).toContain('请至少选择两个省份');
		await w.page.getByRole('checkbox', { name: /山西/ }).check();
		await w.page.waitForURL(/regions=140000$/);
		expect(await w.page.locator('.prompt').count()).toBe(1);
		await w.page.getByRole('checkbox', { name: /重庆/ }).check();
		await w.page.waitForURL(/regions=140000,500000$/);
		const rows = await table(w.page);
		expect(rows.map((r) => r[0])).toStrictEqual(['讲话', '指出', '强调', '要求']);
		expect(rows[0]?.slice(1).map((c) => c.split(' ')[0])).toStrictEqual(['山西', '重庆']);
		expect(rows[3]?.[1]).toBe('（无）');
		expect(rows[3]?.[2]).toMatch(/^各级党委（党组）要加强组织领导.*原文第17段$/);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('puts both of 云南’s 指出 in one row and marks the phrases shared with 浙江', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/compare?regions=330000,530000');
		const yunnan = w.page.locator('tbody tr').first().locator('td').nth(1);
		expect(await yunnan.locator('p').count()).toBe(2);
		// In the order 浙江 first said them.
		expect(await w.page.locator('.shared li').allInnerTexts()).toStrictEqual([
			'四个意识',
			'四个自信',
			'两个维护'
		]);
		const marks = await w.page.locator('table mark').allInnerTexts();
		expect(new Set(marks)).toStrictEqual(new Set(['两个维护', '四个意识', '四个自信']));
		expect(marks).toHaveLength(6);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('compares at most four and says what it left out or did not know', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/compare?regions=140000,150000,330000,350000,410000,110000');
		const notices = await w.page.locator('.notices p').allInnerTexts();
		expect(notices).toStrictEqual([
			'“110000”不是本文报道的省份。',
			'最多比较四个省份，未显示：河南。'
		]);
		expect(await w.page.locator('thead th').count()).toBe(5);
		expect(await w.page.getByRole('checkbox', { name: /湖北/ }).isDisabled()).toBe(true);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('is reached from the map, starting with the province that is open', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(baseURL + '/?region=140000');
		await mapReady(w.page);
		await w.page.getByRole('link', { name: '比较' }).click();
		await w.page.waitForURL(`${baseURL}/compare?regions=140000`);
		expect(await w.page.getByRole('checkbox', { name: /山西/ }).isChecked()).toBe(true);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});
