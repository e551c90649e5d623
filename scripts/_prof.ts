import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { launchBrowser } from './browser.ts';
import { createAtlasServer } from '../src/lib/server/http.ts';
import { syntheticProjects } from './synthetic.ts';
const size = Number(process.argv[2] ?? 1000);
const server = createAtlasServer('build');
const synthetic = JSON.stringify(syntheticProjects(size));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as { port: number }).port;
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.route(/projects[^/]*\.geojson/, (route) => route.fulfill({ body: synthetic, contentType: 'application/json' }));
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${port}/?panel=filters`);
await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 120000 });
await page.evaluate(() => {
	const box = [...document.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')].find((el) => el.closest('label')?.textContent?.includes('Uzbekistan'))!;
	box.dataset.bench = 'country';
});
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 6; i++) { await page.locator('[data-bench="country"]').click(); await page.waitForTimeout(1500); }
const { profile } = await cdp.send('Profiler.stop');
const dt: Record<number, number> = {};
for (let i = 0; i < profile.samples!.length; i++) dt[profile.samples![i]!] = (dt[profile.samples![i]!] ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000;
const maps = new Map<string, SourceMapConsumer | null>();
const parent: Record<number, number> = {};
for (const n of profile.nodes) for (const c of n.children ?? []) parent[c] = n.id;
const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
const label = (f: { functionName: string; url: string; lineNumber: number; columnNumber: number }) => {
	let key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
	const m = f.url.match(/\/_app\/immutable\/(.*\.js)$/);
	if (m) {
		if (!maps.has(m[1]!)) { try { maps.set(m[1]!, new SourceMapConsumer(JSON.parse(readFileSync(`build/_app/immutable/${m[1]}.map`, 'utf8')))); } catch { maps.set(m[1]!, null); } }
		const c = maps.get(m[1]!);
		if (c) { const o = c.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber }); key = `${o.name ?? f.functionName} ${String(o.source).replace(/.*node_modules\//, 'nm:').replace(/.*\/src\//, 'src/')}:${o.line}`; }
	}
	return key;
};
const incl: Record<string, number> = {};
const selfApp: Record<string, number> = {};
let appTotal = 0;
for (const [idStr, t] of Object.entries(dt)) {
	const chain: string[] = [];
	let id: number | undefined = Number(idStr);
	while (id !== undefined) { const n = nodeById.get(id)!; chain.push(label(n.callFrame)); id = parent[id]; }
	if (!chain.some((k) => /src\/lib|src\/internal|src\/routes|nm:svelte|nm:@sveltejs|src\/runtime/.test(k))) continue;
	appTotal += t;
	selfApp[chain[0]!] = (selfApp[chain[0]!] ?? 0) + t;
	for (const k of new Set(chain)) incl[k] = (incl[k] ?? 0) + t;
}
console.log('app-rooted total ms', appTotal.toFixed(1));
console.log('--- inclusive');
Object.entries(incl).sort((a, b) => b[1] - a[1]).slice(0, 45).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
console.log('--- self');
Object.entries(selfApp).sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
await browser.close(); server.close();
