// Screenshots of the running app at the sizes a room sees it, to look at before calling a view done.
// Usage: npm run screenshots -- [BASE_URL] [PATH_AND_QUERY …] [--sizes 412x823,1280x800]
// (writes to test-results/screens/; the default sizes are 1280×800, 1024×768 and 1920×1080)
import { mkdirSync } from 'node:fs';
import { launch, webglReady } from '../tests/browser/chromium';

const args = process.argv.slice(2);
const at = args.indexOf('--sizes');
const sizeList = at === -1 ? '1280x800,1024x768,1920x1080' : args.splice(at, 2)[1]!;
const sizes = sizeList.split(',').map((s) => s.split('x').map(Number) as [number, number]);
const [base = 'http://localhost:3000', ...paths] = args;
const views = paths.length ? paths : ['/', '/?region=140000'];

mkdirSync('test-results/screens', { recursive: true });
const browser = await launch();
for (const path of views) {
	for (const [width, height] of sizes) {
		const page = await browser.newPage({ viewport: { width, height } });
		page.on('pageerror', (e) => console.error(`page error on ${path}: ${e.message}`));
		await page.goto(base + path);
		// As a user reaching for the map sees it: the WebGL map, where it takes over.
		await webglReady(page).catch(() =>
			console.warn(`${path} @${width}: WebGL map did not take over; SVG shown`)
		);
		await page.mouse.move(0, 0);
		await page.waitForTimeout(300);
		const name = `${path.replace(/[^\w\u4e00-\u9fff]+/g, '_') || 'root'}-${width}x${height}.png`;
		await page.screenshot({ path: `test-results/screens/${name}` });
		console.log(`test-results/screens/${name}`);
		await page.close();
	}
}
await browser.close();
