/**
 * Takes a screenshot of a running build: tsx scripts/screenshot.ts [url] [out.png] [width] [height]
 */
import { launchBrowser } from './browser.ts';

const [url = 'http://127.0.0.1:4173/', out = '/tmp/atlas.png', width = '1280', height = '800'] =
	process.argv.slice(2);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => console.log(`[console.${m.type()}]`, m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
page.on('request', (r) => {
	// A blob: URL is the page's own data in memory (an export), not a request off the machine.
	if (
		!r
			.url()
			.replace(/^blob:/, '')
			.startsWith('http://127.0.0.1')
	)
		console.log('[external request]', r.url());
});
const t0 = Date.now();
await page.goto(url);
await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 30_000 });
console.log(`idle after ${Date.now() - t0} ms`);
await page.screenshot({ path: out });
console.log(`wrote ${out}`);
await browser.close();
