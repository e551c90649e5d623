import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './browser.ts';
import { createAtlasServer } from '../src/lib/server/http.ts';
const server = createAtlasServer('build');
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as { port: number }).port;
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:${port}${process.argv[2] ?? '/'}`);
await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 60000 });
await page.waitForLoadState('networkidle');
const list = await page.evaluate(() => {
	const idleAt = performance.getEntriesByName('atlas:first-idle')[0]?.startTime ?? Infinity;
	return performance.getEntriesByType('resource').filter((e) => /\.m?js/.test(e.name)).map((e) => [e.name, e.startTime < idleAt]);
});
let total = 0;
for (const [u, before] of list as [string, boolean][]) {
	const path = 'build' + new URL(u).pathname;
	const gz = gzipSync(readFileSync(path), { level: 9 }).length;
	if (before) total += gz;
	console.log(before ? 'FIRST' : 'later', String(gz).padStart(7), new URL(u).pathname);
}
console.log('first-view total', total);
await browser.close(); server.close();
