// Screenshots of the running app at the sizes a room sees it, to look at before calling a view done.
// Usage: npm run screenshots -- [BASE_URL] [PATH_AND_QUERY …]   (writes to test-results/screens/)
import { mkdirSync } from 'node:fs';
import { launch } from '../tests/browser/chromium';

const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
const views = paths.length ? paths : ['/', '/?region=140000'];
const sizes = [
	[1280, 800],
	[1024, 768],
	[1920, 1080]
] as const;

mkdirSync('test-results/screens', { recursive: true });
const browser = await launch();
for (const path of views) {
	for (const [width, height] of sizes) {
		const page = await browser.newPage({ viewport: { width, height } });
		page.on('pageerror', (e) => console.error(`page error on ${path}: ${e.message}`));
		await page.goto(base + path);
		await page
			.waitForSelector('.map-view[data-renderer="webgl"]', { timeout: 15_000 })
			.catch(() => console.warn(`${path} @${width}: WebGL map did not take over; SVG shown`));
		await page.waitForTimeout(300);
		const name = `${path.replace(/[^\w\u4e00-\u9fff]+/g, '_') || 'root'}-${width}x${height}.png`;
		await page.screenshot({ path: `test-results/screens/${name}` });
		console.log(`test-results/screens/${name}`);
		await page.close();
	}
}
await browser.close();
