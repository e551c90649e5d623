/**
 * First-view payload per language: opens `/`, `/ja/` and `/ru/` of the build in Chromium, waits
 * for the map's first idle, and sums the bytes transferred (as served, brotli or gzip where the
 * build has them) by kind. English, measured in the same run, is the baseline of the ratios.
 *
 *   npm run build && npm run bench:locales
 */
import type { AddressInfo } from 'node:net';
import { createAtlasServer } from '../src/lib/server/http.ts';
import { launchBrowser } from './browser.ts';

const PAGES = { en: '/', ja: '/ja/', ru: '/ru/' } as const;
const KINDS = ['js', 'css', 'font', 'data', 'html', 'other'] as const;
type Kind = (typeof KINDS)[number];

function kindOf(url: string): Kind {
	const path = new URL(url).pathname;
	if (/\.m?js$/.test(path)) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.(woff2?|ttf)$/.test(path)) return 'font';
	if (/\.(geo)?json$/.test(path)) return 'data';
	if (path.endsWith('/') || path.endsWith('.html')) return 'html';
	return 'other';
}

const server = createAtlasServer('build');
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser();
const results: Record<string, Record<Kind | 'total', number>> = {};
try {
	for (const [locale, path] of Object.entries(PAGES)) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		const urls = new Map<string, string>();
		const bytes = Object.fromEntries([...KINDS, 'total'].map((k) => [k, 0])) as Record<
			Kind | 'total',
			number
		>;
		cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
		cdp.on('Network.loadingFinished', (e) => {
			const url = urls.get(e.requestId);
			if (!url?.startsWith(origin)) return;
			bytes[kindOf(url)] += e.encodedDataLength;
			bytes.total += e.encodedDataLength;
		});
		await page.goto(origin + path);
		await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 120_000 });
		// Fonts are fetched as labels are drawn: let the last ones arrive.
		await page.waitForTimeout(1500);
		results[locale] = bytes;
		await context.close();
	}
} finally {
	await browser.close();
	server.close();
}

const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
console.log('First view, bytes transferred, by language (ratio: against English in this run)');
console.log(['locale', ...KINDS, 'total', 'ratio'].map((h) => h.padStart(8)).join(''));
for (const [locale, b] of Object.entries(results))
	console.log(
		[
			locale,
			...KINDS.map((k) => kB(b[k])),
			kB(b.total),
			(b.total / results.en!.total).toFixed(2) + '×'
		]
			.map((c) => c.padStart(8))
			.join('')
	);
if (process.argv.includes('--json')) console.log(JSON.stringify(results));
