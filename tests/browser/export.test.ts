import { mkdirSync, readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { REGIONS } from '../../src/lib/geo/regions';
import type { Report } from '../../src/lib/seed/types';
import { mapReady, useBrowser, watchedPage } from './chromium';
import { pdfHolds, pdfPages } from './pdfText';

const baseURL = inject('baseURL');
const REPORT = '000_44db7bec739ae390';
const browser = useBrowser(['--disable-3d-apis']);
const OUT = 'test-results/export';

beforeAll(() => {
	mkdirSync(OUT, { recursive: true });
});

const report = async (): Promise<Report> =>
	(await (await fetch(`${baseURL}/api/reports/${REPORT}`)).json()) as Report;

async function saved(download: Download, name: string): Promise<Buffer> {
	await download.saveAs(`${OUT}/${name}`);
	return readFileSync(`${OUT}/${name}`);
}

/** The share of an image's pixels near `rgb`, in the rows from `top` to `bottom` (fractions). */
async function share(page: Page, png: Buffer, rgb: string, top = 0, bottom = 1): Promise<number> {
	return page.evaluate(
		async ({ data, rgb, top, bottom }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${data}`;
			await img.decode();
			const canvas = document.createElement('canvas');
			[canvas.width, canvas.height] = [img.width, img.height];
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const y0 = Math.floor(img.height * top);
			const px = ctx.getImageData(0, y0, img.width, Math.ceil(img.height * bottom) - y0).data;
			const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
			let hits = 0;
			for (let i = 0; i < px.length; i += 4)
				if (Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) < 24)
					hits++;
			return hits / (px.length / 4);
		},
		{ data: png.toString('base64'), rgb, top, bottom }
	);
}

describe('the presenter’s saved image', { timeout: 60_000 }, () => {
	it('is a PNG at twice the screen’s pixels with the title, the map in its colors and the credit', async () => {
		const w = await watchedPage(browser(), baseURL, { viewport: { width: 1280, height: 720 } });
		await w.page.goto(`${baseURL}/?mode=present&region=140000`);
		await mapReady(w.page);
		const [download] = await Promise.all([
			w.page.waitForEvent('download'),
			w.page.getByRole('button', { name: '保存图片' }).click()
		]);
		expect(download.suggestedFilename()).toBe('会议地图-山西.png');
		const png = await saved(download, 'present-1280x720.png');
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toStrictEqual([2560, 1440]);
		const dayColor = await w.page
			.locator('.slide .swatch')
			.evaluate((el) => getComputedStyle(el).backgroundColor);
		// 山西 in its day's color on the map.
		expect(await share(w.page, png, dayColor)).toBeGreaterThan(0.005);
		// Ink at the top (the title and the province's line) and at the bottom (the credit), where
		// the screen has none: the presenter's bar is no part of the image.
		expect(await share(w.page, png, 'rgb(17, 17, 17)', 0, 0.06)).toBeGreaterThan(0.01);
		expect(await share(w.page, png, 'rgb(17, 17, 17)', 0.95, 1)).toBeGreaterThan(0.002);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});

	it('continues a meeting whose words do not fit on a second image, rather than cut a line', async () => {
		const w = await watchedPage(browser(), baseURL, { viewport: { width: 800, height: 450 } });
		await w.page.goto(`${baseURL}/?mode=present&region=530000`);
		await mapReady(w.page);
		const second = w.page.waitForEvent('download', {
			predicate: (d) => d.suggestedFilename() === '会议地图-云南-2.png'
		});
		const [first] = await Promise.all([
			w.page.waitForEvent('download'),
			w.page.getByRole('button', { name: '保存图片' }).click()
		]);
		expect(first.suggestedFilename()).toBe('会议地图-云南-1.png');
		for (const [d, name] of [
			[first, 'present-long-1.png'],
			[await second, 'present-long-2.png']
		] as const) {
			const png = await saved(d, name);
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toStrictEqual([1600, 900]);
		}
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('the map as SVG', () => {
	it('holds the title, the province, the legend, the credit and every region in its color', async () => {
		const w = await watchedPage(browser(), baseURL);
		await w.page.goto(`${baseURL}/?region=140000`);
		await mapReady(w.page);
		const [download] = await Promise.all([
			w.page.waitForEvent('download'),
			w.page.getByRole('button', { name: '下载 SVG' }).click()
		]);
		expect(download.suggestedFilename().endsWith('-山西.svg')).toBe(true);
		const svg = (await saved(download, 'map.svg')).toString('utf8');
		const { title } = await report();
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(svg).toContain(`<title>${title}</title>`);
		const outside = texts.filter(
			(t) => !REGIONS.some((r) => t === r.name || /^\d+月\d+日$/.test(t!))
		);
		expect(outside.slice(-8)).toStrictEqual([
			'山西 · 2019年9月10日',
			'9月8日 · 2 个',
			'9月9日 · 2 个',
			'9月10日 · 5 个',
			'9月11日 · 1 个',
			'9月12日 · 1 个',
			'文中未提及 · 23 个',
			'地图：Apache ECharts 4.9.0（Apache-2.0）'
		]);
		// Above them, the title, on as many lines as it takes.
		expect(outside.slice(0, -8).join('')).toBe(
			title.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
		);
		// Every region, in the color the page draws it.
		const onPage = await w.page
			.locator('svg.map path[data-code]')
			.evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-code'), getComputedStyle(p).fill]));
		const inFile = [...svg.matchAll(/<path [^>]*data-code="(\d+)"[^>]*style="fill:([^;]+);/g)].map(
			(m) => [m[1], m[2]]
		);
		expect(inFile).toStrictEqual(onPage);
		expect(inFile).toHaveLength(34);
		// The file draws as an image.
		const size = await w.page.evaluate(async (text) => {
			const img = new Image();
			img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
			await img.decode();
			return [img.naturalWidth, img.naturalHeight];
		}, svg);
		expect(size[0]).toBe(1200);
		expect(w.errors).toStrictEqual([]);
		await w.context.close();
	});
});

describe('the printed page', { timeout: 60_000 }, () => {
	it.each([
		{ format: 'A4', size: [596, 843] },
		{ format: 'Letter', size: [612, 792] }
	])(
		'on $format: the title, the map’s names and the chosen province’s statements',
		async ({ format, size }) => {
			const w = await watchedPage(browser(), baseURL);
			await w.page.goto(`${baseURL}/?region=140000`);
			await mapReady(w.page);
			const pdf = await w.page.pdf({ format, path: `${OUT}/map-${format}.pdf` });
			const pages = await pdfPages(new Uint8Array(pdf));
			expect(pages.every((p) => p.size.join() === size.join())).toBe(true);
			const text = pages.map((p) => p.text).join('');
			const { title, meetings } = await report();
			expect(pdfHolds(text, title)).toBe(true);
			const shanxi = meetings.find((m) => m.region.code === '140000')!;
			for (const s of shanxi.statements) expect(pdfHolds(text, s.text)).toBe(true);
			// Only the chosen province's: another's words are not printed.
			const other = meetings.find((m) => m.region.code === '530000')!.statements[0]!.text;
			expect(pdfHolds(text, other)).toBe(false);
			// The map: its names, the legend and the credit, on the first page.
			expect(pdfHolds(pages[0]!.text, '黑龙江')).toBe(true);
			expect(pdfHolds(pages[0]!.text, '地图：Apache ECharts 4.9.0')).toBe(true);
			// No controls on paper.
			expect(pdfHolds(text, '下载 SVG')).toBe(false);
			expect(pdfHolds(text, '复制引文')).toBe(false);
			await w.context.close();
		}
	);
});
