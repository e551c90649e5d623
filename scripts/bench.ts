/**
 * Benchmark of the production build against a bare MapLibre page built here from the same basemap
 * and geodata, without any app code. Prints a table, or JSON with --json.
 *
 *   npm run bench [-- --json] [-- --runs 7]
 *
 * Needs a build (npm run build). Runs are interleaved (app, bare, app, bare, …) in fresh browser
 * contexts so both see the same machine load; medians are reported, and ratios app / bare.
 */
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { embeddedBasemapStyle, overlaySources, withOverlays } from '../src/lib/map/style.ts';
import { fontFaces } from '../src/lib/map/fonts.ts';
import { pointCollection, type PointSources } from '../src/lib/map/points.ts';
import { corridorsFileSchema } from '../src/lib/data/schemas.ts';
import { RouteFinder } from '../src/lib/analysis/network.ts';
import { networkSchema } from '../src/lib/analysis/network-schema.ts';
import { TRANSIT_PARAMS } from '../src/lib/analysis/transit-params.ts';
import { random, syntheticNetwork, syntheticProjects } from './synthetic.ts';
import {
	BASEMAP_FIRST_VIEW_BEFORE_GZIP,
	BASEMAP_FIRST_VIEW_BUDGET_GZIP
} from '../src/lib/data/basemap-bands.ts';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const numberArg = (name: string, fallback: number) => {
	const i = args.indexOf(name);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = numberArg('--runs', 7);
/** Filter changes measured per synthetic size. */
const FILTER_RUNS = numberArg('--filter-runs', 12);
const SIZES = (args.includes('--quick') ? [1000, 10_000] : [1000, 10_000, 100_000]) as number[];
const require = createRequire(import.meta.url);

/**
 * Serves a folder on a free loopback port. While `projectsOverride.file` is set, requests for the
 * projects file get that file instead (synthetic data; too large to pass through the browser
 * protocol with a route handler).
 */
const projectsOverride: { file: string | null } = { file: null };
function serve(dir: string): Promise<{ server: Server; url: string }> {
	const handler = sirv(dir, { etag: false, gzip: true, brotli: true, dev: false });
	const server = createServer((req, res) => {
		if (projectsOverride.file && /projects[^/]*\.geojson/.test(req.url ?? '')) {
			res.setHeader('content-type', 'application/json');
			res.setHeader('cache-control', 'no-store');
			res.end(readFileSync(projectsOverride.file));
			return;
		}
		handler(req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const a = server.address() as { port: number };
			resolve({ server, url: `http://127.0.0.1:${a.port}/` });
		})
	);
}

/** The bare page: maplibre-gl's own bundle, the same basemap, font and geodata, the same style. */
function buildBarePage(): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-bare-'));
	const dist = join(require.resolve('maplibre-gl/package.json'), '..', 'dist');
	for (const f of [
		'maplibre-gl.mjs',
		'maplibre-gl-shared.mjs',
		'maplibre-gl-worker.mjs',
		'maplibre-gl.css'
	])
		copyFileSync(join(dist, f), join(dir, f));
	for (const sub of ['basemap', 'fonts']) {
		mkdirSync(join(dir, sub));
		for (const f of readdirSync(join('static', sub)))
			copyFileSync(join('static', sub, f), join(dir, sub, f));
	}
	mkdirSync(join(dir, 'data'));
	const files = {
		segments: 'corridor-segments.geojson',
		places: 'places.geojson',
		plants: 'plants.geojson',
		mines: 'mines.geojson',
		projects: 'projects.geojson'
	};
	const data: Record<string, GeoJSON.FeatureCollection> = {};
	for (const [key, f] of Object.entries(files)) {
		copyFileSync(join('geodata', f), join(dir, 'data', f));
		data[key] = JSON.parse(readFileSync(join('geodata', f), 'utf8'));
	}
	const corridors = corridorsFileSchema.parse(
		JSON.parse(readFileSync('geodata/corridors.json', 'utf8'))
	).corridors;
	const base = embeddedBasemapStyle({
		countries: 'BASE/basemap/countries.geojson',
		borders: 'BASE/basemap/borders.geojson',
		labels: 'BASE/basemap/labels.geojson',
		fontFaces: fontFaces((file) => `BASE/fonts/${file}`),
		japaneseFonts: 'BASE/fonts/noto-sans-jp.json'
	});
	// Same sources and layers as the app, but the data is loaded by URL, as a bare page would.
	// The app clusters all points in one source and filters them as data; the bare page keeps
	// the projects in a plain source and filters them with setFilter, as MapLibre alone would.
	writeFileSync(
		join(dir, 'data', 'points.geojson'),
		JSON.stringify(
			pointCollection({
				...(data as unknown as PointSources),
				projects: { type: 'FeatureCollection', features: [] }
			})
		)
	);
	const sources = overlaySources(data as never);
	for (const [key, f] of Object.entries({
		corridors: files.segments,
		places: files.places,
		projects: files.projects,
		points: 'points.geojson'
	}))
		(sources[key] as { data: unknown }).data = `BASE/data/${f}`;
	const style = withOverlays(base, data as never, corridors, undefined);
	style.sources = { ...base.sources, ...sources };
	style.layers = style.layers.map((l) =>
		l.id === 'projects-circles'
			? ({ ...l, source: 'projects', filter: ['==', ['geometry-type'], 'Point'] } as typeof l)
			: l
	);
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('maplibre-gl-worker.mjs', location.href).href);
const base = location.href.replace(/\\/[^/]*$/, '');
const style = JSON.parse(${JSON.stringify(JSON.stringify(style))}.replaceAll('BASE', base));
const map = new maplibregl.Map({ container: 'map', style, bounds: [[25, 30], [90, 56]] });
window.map = map;
// The app draws its icons from path data; here a blank image stands in for each.
map.on('styleimagemissing', (e) => map.addImage(e.id, { width: 1, height: 1, data: new Uint8Array(4) }));
map.once('idle', () => document.getElementById('map').dataset.mapState = 'idle');
</script></body></html>`
	);
	return dir;
}

interface Load {
	idleMs: number;
	jsGzip: number;
	dataGzip: number;
	/** The basemap files alone (static/basemap/), fetched by the time the map is idle. */
	basemapGzip: number;
}

async function measure(browser: Browser, url: string): Promise<Load> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const jsUrls = new Set<string>();
	const dataUrls = new Set<string>();
	const basemapUrls = new Set<string>();
	page.on('response', (r) => {
		const u = r.url();
		if (/\.m?js(\?|$)/.test(u)) jsUrls.add(u);
		if (/\.(geojson|json|woff2)(\?|$)/.test(u)) dataUrls.add(u);
		if (/\/basemap\/[^/]+\.geojson(\?|$)/.test(u)) basemapUrls.add(u);
	});
	const t0 = Date.now();
	await page.goto(url);
	await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 60_000 });
	const idleMs = Date.now() - t0;
	const gz = async (urls: Set<string>) => {
		let total = 0;
		for (const u of urls) {
			const body = await (await context.request.get(u)).body();
			total += gzipSync(body, { level: 9 }).length;
		}
		return total;
	};
	// Files fetched on the way to idle (detail bands start loading once the zoom is known).
	await page.waitForLoadState('networkidle');
	const result = {
		idleMs,
		jsGzip: await gz(jsUrls),
		dataGzip: await gz(dataUrls),
		basemapGzip: await gz(basemapUrls)
	};
	await context.close();
	return result;
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

statSync('build/index.html');
const bareDir = buildBarePage();
const app = await serve('build');
const bare = await serve(bareDir);
const browser = await launchBrowser();
const appRuns: Load[] = [];
const bareRuns: Load[] = [];
// One warm-up each, not counted: the first start of Chromium and of the servers.
await measure(browser, app.url);
await measure(browser, bare.url);
for (let i = 0; i < RUNS; i++) {
	appRuns.push(await measure(browser, app.url));
	bareRuns.push(await measure(browser, bare.url));
}
// The basemap's payload by view: the first view, and zoomed in over Tashkent (detail by zoom).
const BASEMAP_VIEWS: [string, string][] = [
	['first view', ''],
	['zoom 7, Tashkent', '?map=7/41.3/69.3'],
	['zoom 11, Tashkent', '?map=11/41.31/69.28']
];
const basemapGzipBytes: Record<string, number> = {};
for (const [name, query] of BASEMAP_VIEWS)
	basemapGzipBytes[name] = (await measure(browser, app.url + query)).basemapGzip;
await browser.close();
app.server.close();
bare.server.close();
rmSync(bareDir, { recursive: true, force: true });

// ---------------------------------------------------------------- filter change → idle

const percentile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The app: tick a country in the Filters panel, time until the map reports idle again. */
async function appFilterTimes(browser: Browser, url: string): Promise<number[]> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${url}?panel=filters`);
	await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 120_000 });
	const times: number[] = [];
	for (let i = 0; i < FILTER_RUNS; i++) {
		times.push(
			await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const map = document.querySelector('.map')!;
						const before = Number(map.getAttribute('data-idle-count'));
						const box = [
							...document.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')
						].find((el) => el.closest('label')?.textContent?.includes('Uzbekistan'))!;
						const t0 = performance.now();
						new MutationObserver((_, observer) => {
							if (Number(map.getAttribute('data-idle-count')) > before) {
								observer.disconnect();
								resolve(performance.now() - t0);
							}
						}).observe(map, { attributes: true });
						box.click();
					})
			)
		);
	}
	await context.close();
	return times;
}

/** Bare MapLibre: the same kind of filter set directly on the projects layer. */
async function bareFilterTimes(browser: Browser, url: string): Promise<number[]> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 120_000 });
	const times: number[] = [];
	for (let i = 0; i < FILTER_RUNS; i++) {
		times.push(
			await page.evaluate(
				(on) =>
					new Promise<number>((resolve) => {
						const map = (window as unknown as { map: import('maplibre-gl').Map }).map;
						const t0 = performance.now();
						map.once('idle', () => resolve(performance.now() - t0));
						map.setFilter(
							'projects-circles',
							on
								? ['all', ['==', ['geometry-type'], 'Point'], ['in', 'UZB', ['get', 'countries']]]
								: ['==', ['geometry-type'], 'Point']
						);
					}),
				i % 2 === 0
			)
		);
	}
	await context.close();
	return times;
}

const filterToIdleMs: Record<string, { p50: number; p95: number; bareP50: number; ratio: number }> =
	{};
{
	const browser2 = await launchBrowser();
	const app2 = await serve('build');
	const bareDir2 = buildBarePage();
	const bare2 = await serve(bareDir2);
	for (const size of SIZES) {
		projectsOverride.file = join(bareDir2, `synthetic-${size}.geojson`);
		writeFileSync(projectsOverride.file, JSON.stringify(syntheticProjects(size)));
		const a = await appFilterTimes(browser2, app2.url);
		const b = await bareFilterTimes(browser2, bare2.url);
		filterToIdleMs[String(size)] = {
			p50: round1(percentile(a, 0.5)),
			p95: round1(percentile(a, 0.95)),
			bareP50: round1(percentile(b, 0.5)),
			ratio: round1(percentile(a, 0.5) / percentile(b, 0.5))
		};
	}
	projectsOverride.file = null;
	await browser2.close();
	app2.server.close();
	bare2.server.close();
	rmSync(bareDir2, { recursive: true, force: true });
}

// ---------------------------------------------------------------- routing

/** Median and p95 time of route queries between random node pairs, and a same-run baseline. */
function routeTimes(network: ReturnType<typeof syntheticNetwork>, queries: number) {
	const finder = new RouteFinder(network, TRANSIT_PARAMS);
	const r = random(7);
	const ids = network.nodes.map((n) => n.id);
	const times: number[] = [];
	for (let i = 0; i < queries; i++) {
		const a = ids[Math.floor(r() * ids.length)]!;
		const b = ids[Math.floor(r() * ids.length)]!;
		const avoid = i % 3 === 0 ? (['RUS'] as const) : [];
		const t0 = performance.now();
		finder.find(a, b, { avoid: [...avoid], by: i % 2 ? 'time' : 'distance' });
		times.push(performance.now() - t0);
	}
	// Baseline: one full traversal of the same graph (every node and link), on this machine now.
	const t0 = performance.now();
	let visited = 0;
	finder.graph.forEachNode((node) => {
		finder.graph.forEachLinkedNode(node.id, () => void visited++, false);
	});
	const traversalMs = performance.now() - t0;
	return {
		p50: Number(percentile(times, 0.5).toFixed(3)),
		p95: Number(percentile(times, 0.95).toFixed(3)),
		traversalMs: Number(traversalMs.toFixed(3)),
		ratioToTraversal: round1(percentile(times, 0.5) / traversalMs)
	};
}
const realNetwork = networkSchema.parse(
	JSON.parse(readFileSync('static/data/network.json', 'utf8'))
);
const routeMs = {
	real: routeTimes(realNetwork, 500),
	synthetic100k: routeTimes(syntheticNetwork(100_000), 40)
};

const appIdle = median(appRuns.map((r) => r.idleMs));
const bareIdle = median(bareRuns.map((r) => r.idleMs));
const result = {
	runs: RUNS,
	firstIdleMs: { app: appIdle, bare: bareIdle },
	firstIdleRatio: Number((appIdle / bareIdle).toFixed(2)),
	jsGzipBytes: { app: appRuns[0]!.jsGzip, bare: bareRuns[0]!.jsGzip },
	jsGzipRatio: Number((appRuns[0]!.jsGzip / bareRuns[0]!.jsGzip).toFixed(2)),
	payloadGzipBytes: { app: appRuns[0]!.dataGzip, bare: bareRuns[0]!.dataGzip },
	basemapGzipBytes: {
		...basemapGzipBytes,
		before: BASEMAP_FIRST_VIEW_BEFORE_GZIP,
		budget: BASEMAP_FIRST_VIEW_BUDGET_GZIP
	},
	basemapFirstViewRatio: Number(
		(basemapGzipBytes['first view']! / BASEMAP_FIRST_VIEW_BEFORE_GZIP).toFixed(2)
	),
	filterToIdleMs,
	routeMs
};

if (asJson) {
	console.log(JSON.stringify(result, null, 2));
} else {
	const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
	const rows = [
		['measure', 'app', 'bare MapLibre', 'ratio'],
		['first idle (median ms)', String(appIdle), String(bareIdle), String(result.firstIdleRatio)],
		[
			'JS on first view (gzip)',
			kb(result.jsGzipBytes.app),
			kb(result.jsGzipBytes.bare),
			String(result.jsGzipRatio)
		],
		[
			'basemap + font + geodata (gzip)',
			kb(result.payloadGzipBytes.app),
			kb(result.payloadGzipBytes.bare),
			(result.payloadGzipBytes.app / result.payloadGzipBytes.bare).toFixed(2)
		]
	];
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
	for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
	console.log(`(${RUNS} interleaved runs each, medians; headless Chromium with SwiftShader)`);
	console.log('\nbasemap files fetched (gzip), app:');
	for (const [name, bytes] of Object.entries(basemapGzipBytes))
		console.log(`  ${name.padEnd(18)} ${kb(bytes)}`);
	console.log(
		`  first view / before (${kb(BASEMAP_FIRST_VIEW_BEFORE_GZIP)}): ${result.basemapFirstViewRatio} (budget 1.5)`
	);
	console.log('\nfilter change → map idle (ms), synthetic projects:');
	for (const [size, f] of Object.entries(filterToIdleMs))
		console.log(
			`  ${size.padStart(6)}: app p50 ${f.p50}, p95 ${f.p95}; bare MapLibre setFilter p50 ${f.bareP50}; ratio ${f.ratio}`
		);
	console.log('\nroute query (ms):');
	for (const [name, r] of Object.entries(routeMs))
		console.log(
			`  ${name.padEnd(14)} p50 ${r.p50}, p95 ${r.p95}; full graph traversal ${r.traversalMs}; ratio ${r.ratioToTraversal}`
		);
}
