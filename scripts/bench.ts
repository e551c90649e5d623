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
	existsSync,
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
import type { Browser, Page } from 'playwright-core';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
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
/** Filter changes whose script time is measured per size: enough that p95 is not the maximum. */
const SCRIPT_RUNS = numberArg('--script-runs', 40);
const SIZES = (args.includes('--quick') ? [1000, 10_000] : [1000, 10_000, 100_000]) as number[];
/** Filter toggles and pans (each) for the heap measure, at HEAP_SIZE synthetic projects. */
const HEAP_ROUNDS = numberArg('--heap-rounds', 200);
const HEAP_SIZE = 10_000;
/** Drags of the map while long tasks are watched, at 100k projects. */
const PAN_RUNS = numberArg('--pan-runs', 20);
/** --only load,filter,script,route: run only those parts (for work on one of them). */
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : null;
const want = (part: string) => !ONLY || ONLY.includes(part);
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
			// sirv lists the folder once; the clustered page's points are written per size, later.
			const late = /^\/data\/(clustered-[a-z]+\.geojson)$/.exec(req.url ?? '');
			if (late && existsSync(join(dir, 'data', late[1]!))) {
				res.setHeader('content-type', 'application/json');
				res.setHeader('cache-control', 'no-store');
				res.end(readFileSync(join(dir, 'data', late[1]!)));
				return;
			}
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
	writeFileSync(join(dir, 'index.html'), barePageHtml(style, ''));
	// The clustered baseline: the app's own style, points clustered in one source, and a filter
	// change done the way MapLibre's documentation does it for clustered data: setData with the
	// points that pass (two collections made per size by writeClusteredPoints).
	const clusteredStyle = structuredClone(withOverlays(base, data as never, corridors, undefined));
	clusteredStyle.sources = {
		...base.sources,
		...sources,
		points: {
			...(sources.points as GeoJSONSourceSpecification),
			data: 'BASE/data/clustered-all.geojson'
		}
	};
	writeFileSync(
		join(dir, 'clustered.html'),
		barePageHtml(
			clusteredStyle,
			`window.points = await Promise.all(['all', 'uzb'].map((n) =>
	fetch('data/clustered-' + n + '.geojson').then((r) => r.json())));`
		)
	);
	return dir;
}

/** A bare MapLibre page: the style, the blank stand-in icons, the first-idle mark. */
function barePageHtml(style: object, script: string): string {
	return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
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
map.once('idle', () => {
	performance.mark('atlas:first-idle');
	document.getElementById('map').dataset.mapState = 'idle';
});
${script}
</script></body></html>`;
}

/**
 * The clustered bare page's two point collections for a set of projects: every point, and those
 * whose record is in Uzbekistan (ports and crossings always, as in the app).
 */
function writeClusteredPoints(dir: string, projects: { features: object[] }) {
	const data = { ...readPointSources(), projects } as unknown as PointSources;
	const inUzbekistan = new Set<string>();
	for (const layer of ['plants', 'mines', 'projects'] as const)
		for (const f of data[layer].features) {
			const p = f.properties ?? {};
			// Plants and mines have one country, projects a list.
			if (p.country === 'UZB' || (p.countries as string[] | undefined)?.includes('UZB'))
				inUzbekistan.add(String(p.id));
		}
	writeFileSync(join(dir, 'data', 'clustered-all.geojson'), JSON.stringify(pointCollection(data)));
	writeFileSync(
		join(dir, 'data', 'clustered-uzb.geojson'),
		JSON.stringify(pointCollection(data, { passes: (id) => inUzbekistan.has(id) }))
	);
}

function readPointSources(): Omit<PointSources, 'projects'> {
	const read = (f: string) =>
		JSON.parse(readFileSync(join('geodata', f), 'utf8')) as GeoJSON.FeatureCollection;
	return {
		places: read('places.geojson'),
		plants: read('plants.geojson'),
		mines: read('mines.geojson')
	};
}

interface Load {
	idleMs: number;
	/** JavaScript fetched before the map first reported idle: what the first view needed. */
	jsGzip: number;
	/** JavaScript fetched by network idle, including what loads after the first view (on idle). */
	jsGzipByNetworkIdle: number;
	dataGzip: number;
	/** The basemap files alone (static/basemap/), fetched by the time the map is idle. */
	basemapGzip: number;
}

async function measure(browser: Browser, url: string): Promise<Load> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript(() => performance.setResourceTimingBufferSize(5000));
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
	// The first view's JavaScript: the files requested before the map first went idle (both
	// pages mark that moment); what loads on idle afterwards is counted apart.
	const jsBeforeIdle = new Set(
		await page.evaluate(() => {
			const idleAt = performance.getEntriesByName('atlas:first-idle')[0]?.startTime ?? Infinity;
			return performance
				.getEntriesByType('resource')
				.filter((e) => /\.m?js(\?|$)/.test(e.name) && e.startTime < idleAt)
				.map((e) => e.name);
		})
	);
	const result = {
		idleMs,
		jsGzip: await gz(jsBeforeIdle),
		jsGzipByNetworkIdle: await gz(jsUrls),
		dataGzip: await gz(dataUrls),
		basemapGzip: await gz(basemapUrls)
	};
	await context.close();
	return result;
}

statSync('build/index.html');
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** First view: app and bare page, interleaved, RUNS times each; and the basemap by view. */
async function measureLoad() {
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
	const of = (runs: Load[], key: keyof Load) => median(runs.map((r) => r[key]));
	const appIdle = of(appRuns, 'idleMs');
	const bareIdle = of(bareRuns, 'idleMs');
	const jsApp = of(appRuns, 'jsGzip');
	const jsBare = of(bareRuns, 'jsGzip');
	return {
		runs: RUNS,
		firstIdleMs: { app: appIdle, bare: bareIdle },
		firstIdleRatio: Number((appIdle / bareIdle).toFixed(2)),
		jsGzipBytes: { app: jsApp, bare: jsBare },
		jsGzipRatio: Number((jsApp / jsBare).toFixed(2)),
		/** All the app's JavaScript fetched by network idle (the first view's and what loads on idle). */
		jsGzipByNetworkIdleBytes: of(appRuns, 'jsGzipByNetworkIdle'),
		payloadGzipBytes: { app: of(appRuns, 'dataGzip'), bare: of(bareRuns, 'dataGzip') },
		basemapGzipBytes: {
			...basemapGzipBytes,
			before: BASEMAP_FIRST_VIEW_BEFORE_GZIP,
			budget: BASEMAP_FIRST_VIEW_BUDGET_GZIP
		},
		basemapFirstViewRatio: Number(
			(basemapGzipBytes['first view']! / BASEMAP_FIRST_VIEW_BEFORE_GZIP).toFixed(2)
		)
	};
}
const load = want('load') ? await measureLoad() : null;

// ---------------------------------------------------------------- filter change → idle

const percentile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Starts recording the page's longest main-thread task (Long Tasks API: tasks of 50 ms and more;
 * 0 means none that long); `longestTask` reads it once the tasks' entries have arrived.
 */
async function watchLongTasks(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { benchLongest: number };
		w.benchLongest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.benchLongest = Math.max(w.benchLongest, e.duration);
		}).observe({ type: 'longtask' });
	});
}
async function longestTask(page: Page): Promise<number> {
	await page.waitForTimeout(1000);
	return Math.round(
		await page.evaluate(() => (window as unknown as { benchLongest: number }).benchLongest)
	);
}

/** The app: tick a country in the Filters panel, time until the map reports idle again. */
async function appFilterTimes(
	browser: Browser,
	url: string
): Promise<{ toIdle: number[]; longestTask: number }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${url}?panel=filters`);
	await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 120_000 });
	await page.waitForTimeout(1000);
	await watchLongTasks(page);
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
						let t0 = 0;
						new MutationObserver((_, observer) => {
							if (Number(map.getAttribute('data-idle-count')) > before) {
								observer.disconnect();
								resolve(performance.now() - t0);
							}
						}).observe(map, { attributes: true });
						// From a task of the page's own (as a real click is), not from the protocol's
						// evaluation, whose work the Long Tasks API does not report.
						setTimeout(() => {
							t0 = performance.now();
							box.click();
						});
					})
			)
		);
	}
	const longest = await longestTask(page);
	await context.close();
	return { toIdle: times, longestTask: longest };
}

/**
 * Bare MapLibre: the same kind of filter set directly on the projects layer (`setFilter`) or, on the
 * clustered page, the clustered source given the points that pass (`setData`). For each change,
 * the time to the next idle and the main-thread time of the call alone.
 */
async function bareFilterTimes(
	browser: Browser,
	url: string,
	how: 'setFilter' | 'setData'
): Promise<{ toIdle: number[]; call: number[]; longestTask: number }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(how === 'setData' ? `${url}clustered.html` : url);
	await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 120_000 });
	if (how === 'setData')
		await page.waitForFunction(() => 'points' in window, null, { timeout: 120_000 });
	await page.waitForTimeout(1000);
	await watchLongTasks(page);
	const toIdle: number[] = [];
	const call: number[] = [];
	for (let i = 0; i < FILTER_RUNS; i++) {
		const t = await page.evaluate(
			({ on, how }) =>
				new Promise<{ toIdle: number; call: number }>((resolve) => {
					const w = window as unknown as {
						map: import('maplibre-gl').Map;
						points: [GeoJSON.FeatureCollection, GeoJSON.FeatureCollection];
					};
					const map = w.map;
					// From a task of the page's own, as in the app (see appFilterTimes).
					setTimeout(() => {
						const t0 = performance.now();
						if (how === 'setData')
							map
								.getSource<import('maplibre-gl').GeoJSONSource>('points')!
								.setData(w.points[on ? 1 : 0]);
						else
							map.setFilter(
								'projects-circles',
								on
									? ['all', ['==', ['geometry-type'], 'Point'], ['in', 'UZB', ['get', 'countries']]]
									: ['==', ['geometry-type'], 'Point']
							);
						const callMs = performance.now() - t0;
						map.once('idle', () => resolve({ toIdle: performance.now() - t0, call: callMs }));
					});
				}),
			{ on: i % 2 === 0, how }
		);
		toIdle.push(t.toIdle);
		call.push(t.call);
	}
	const longest = await longestTask(page);
	await context.close();
	return { toIdle, call, longestTask: longest };
}

const filterToIdleMs: Record<
	string,
	{
		p50: number;
		p95: number;
		bareP50: number;
		ratio: number;
		/** Bare MapLibre clustering the points as the app does, filtered by setData. */
		bareClusteredP50: number;
		ratioToClustered: number;
		/** The longest main-thread task during the changes: app, bare setFilter, bare clustered. */
		longestTaskMs: { app: number; bare: number; bareClustered: number };
	}
> = {};
if (want('filter')) {
	const browser2 = await launchBrowser();
	const app2 = await serve('build');
	const bareDir2 = buildBarePage();
	const bare2 = await serve(bareDir2);
	for (const size of SIZES) {
		projectsOverride.file = join(bareDir2, `synthetic-${size}.geojson`);
		const projects = syntheticProjects(size);
		writeFileSync(projectsOverride.file, JSON.stringify(projects));
		writeClusteredPoints(bareDir2, projects);
		const app = await appFilterTimes(browser2, app2.url);
		const bare = await bareFilterTimes(browser2, bare2.url, 'setFilter');
		const clustered = await bareFilterTimes(browser2, bare2.url, 'setData');
		const [a, b, c] = [app.toIdle, bare.toIdle, clustered.toIdle];
		filterToIdleMs[String(size)] = {
			p50: round1(percentile(a, 0.5)),
			p95: round1(percentile(a, 0.95)),
			bareP50: round1(percentile(b, 0.5)),
			ratio: round1(percentile(a, 0.5) / percentile(b, 0.5)),
			bareClusteredP50: round1(percentile(c, 0.5)),
			ratioToClustered: round1(percentile(a, 0.5) / percentile(c, 0.5)),
			longestTaskMs: {
				app: app.longestTask,
				bare: bare.longestTask,
				bareClustered: clustered.longestTask
			}
		};
	}
	projectsOverride.file = null;
	await browser2.close();
	app2.server.close();
	bare2.server.close();
	rmSync(bareDir2, { recursive: true, force: true });
}

// ------------------------------------------------- the app's own work per filter change, memory

/** Waits until the map has gone idle more times than `before` (a render after a change). */
async function waitForNextIdle(page: Page, before: number) {
	await page.waitForFunction(
		(b) => Number(document.querySelector('.map')?.getAttribute('data-idle-count')) > b,
		before,
		{ timeout: 120_000 }
	);
}
const idleCount = (page: Page) =>
	page.evaluate(() => Number(document.querySelector('.map')?.getAttribute('data-idle-count')));

/** Opens the app on the Filters tab and marks the Uzbekistan box for the clicks that follow. */
async function openFilters(browser: Browser, url: string) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${url}?panel=filters`);
	await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 120_000 });
	await page.evaluate(() => {
		const box = [
			...document.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')
		].find((el) => el.closest('label')?.textContent?.includes('Uzbekistan'))!;
		box.dataset.bench = 'country';
	});
	return { context, page, box: page.locator('[data-bench="country"]') };
}

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tts?: number;
	tdur?: number;
	args?: { name?: string; data?: { type?: string } };
}

/**
 * The main thread's CPU time for each click's work, from a CDP trace: from the start of the click
 * event's dispatch to the end of the change event's, in thread time (`tts`), which leaves out the
 * time the thread waited for a core. On these machines SwiftShader's raster threads and MapLibre's
 * workers share two cores with it, so the wall time also holds waits a machine with a GPU does
 * not have; both are reported.
 */
function clickCpuTimes(events: TraceEvent[]): number[] {
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	if (!main) return [];
	const dispatches = events.filter(
		(e) => e.pid === main.pid && e.tid === main.tid && e.name === 'EventDispatch' && e.ph === 'X'
	);
	const times: number[] = [];
	for (const click of dispatches.filter((e) => e.args?.data?.type === 'click')) {
		const change = dispatches.find((e) => e.args?.data?.type === 'change' && e.ts >= click.ts);
		if (click.tts === undefined || change?.tts === undefined || change.tdur === undefined) continue;
		times.push((change.tts + change.tdur - click.tts) / 1000);
	}
	return times;
}

/**
 * The app's main-thread work for one filter change, apart from rendering: from the click's
 * dispatch (a capture listener on window runs first) to the end of the change event (a bubble
 * listener on window runs last). Svelte's update of the list, the counts and the URL, and the
 * calls into MapLibre, all run in between, in the event's handlers and their microtasks; the map
 * draws later, in its own frames. Real mouse clicks, each after the map settled from the last.
 * Measured twice over the same clicks: wall time in the page, and CPU time from a trace.
 */
async function appFilterScriptTimes(
	browser: Browser,
	url: string
): Promise<{ samples: number[]; cpu: number[]; urlWrites: number[] }> {
	const { context, page, box } = await openFilters(browser, url);
	const cdp = await context.newCDPSession(page);
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
	type BenchWindow = { benchT0: number; benchSamples: number[]; benchUrlWrites: number[] };
	await page.evaluate(() => {
		const w = window as unknown as BenchWindow;
		w.benchSamples = [];
		w.benchUrlWrites = [];
		addEventListener('click', () => (w.benchT0 = performance.now()), { capture: true });
		addEventListener('change', () => w.benchSamples.push(performance.now() - w.benchT0));
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				if (e.name === 'atlas:url-write') w.benchUrlWrites.push(e.duration);
		}).observe({ type: 'measure' });
	});
	// Only the timeline category: the events needed, at the least cost to what is measured.
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline',
		transferMode: 'ReportEvents'
	});
	for (let i = 0; i < SCRIPT_RUNS; i++) {
		const before = await idleCount(page);
		await box.click();
		await waitForNextIdle(page, before);
	}
	const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.end');
	await complete;
	const result = await page.evaluate(() => {
		const w = window as unknown as BenchWindow;
		return { samples: w.benchSamples, urlWrites: w.benchUrlWrites };
	});
	await context.close();
	return { ...result, cpu: clickCpuTimes(events) };
}

/** A mouse drag across the map's middle; alternate directions keep the view in the region. */
async function dragMap(page: Page, i: number) {
	const dx = i % 2 ? -160 : 160;
	const dy = i % 4 < 2 ? 60 : -60;
	await page.mouse.move(800, 400);
	await page.mouse.down();
	await page.mouse.move(800 + dx, 400 + dy, { steps: 8 });
	await page.mouse.up();
}

/**
 * JS heap (after a forced garbage collection) after 20 filter toggles and 20 pans, then after
 * 200 of each: a ratio near 1 means nothing accumulates.
 */
async function heapGrowth(browser: Browser, url: string) {
	const { context, page, box } = await openFilters(browser, url);
	const cdp = await context.newCDPSession(page);
	const heap = async () => {
		await cdp.send('HeapProfiler.collectGarbage');
		return (await cdp.send('Runtime.getHeapUsage')).usedSize;
	};
	let after20 = 0;
	for (let i = 0; i < HEAP_ROUNDS; i++) {
		let before = await idleCount(page);
		await box.click();
		await waitForNextIdle(page, before);
		before = await idleCount(page);
		await dragMap(page, i);
		await waitForNextIdle(page, before);
		if (i === 19) after20 = await heap();
	}
	const after200 = await heap();
	await context.close();
	return { after20, after200, ratio: Number((after200 / after20).toFixed(3)) };
}

/**
 * The longest main-thread task while the map is dragged around, from the Long Tasks API (which
 * reports tasks of 50 ms and more; 0 means none that long).
 */
async function longestPanTask(browser: Browser, url: string, query = '') {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(url + query);
	await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 120_000 });
	await page.waitForTimeout(1000);
	await watchLongTasks(page);
	for (let i = 0; i < PAN_RUNS; i++) {
		await dragMap(page, i);
		await page.waitForTimeout(150);
	}
	const longest = await longestTask(page);
	await context.close();
	return longest;
}

const filterScriptMs: Record<
	string,
	{
		p50: number;
		p95: number;
		cpuP50: number;
		cpuP95: number;
		bareSetFilterP50: number;
		urlWriteP50: number;
		urlWriteP95: number;
	}
> = {};
let heapGrowthRatio: number | null = null;
let heapBytes: { after20: number; after200: number } | null = null;
let longestPanTaskMs: { app: number; bare: number } | null = null;
if (want('script')) {
	const browser3 = await launchBrowser();
	const app3 = await serve('build');
	const bareDir3 = buildBarePage();
	const bare3 = await serve(bareDir3);
	for (const size of SIZES) {
		projectsOverride.file = join(bareDir3, `synthetic-${size}.geojson`);
		writeFileSync(projectsOverride.file, JSON.stringify(syntheticProjects(size)));
		const a = await appFilterScriptTimes(browser3, app3.url);
		const b = (await bareFilterTimes(browser3, bare3.url, 'setFilter')).call;
		filterScriptMs[String(size)] = {
			p50: round1(percentile(a.samples, 0.5)),
			p95: round1(percentile(a.samples, 0.95)),
			cpuP50: round1(percentile(a.cpu, 0.5)),
			cpuP95: round1(percentile(a.cpu, 0.95)),
			bareSetFilterP50: round1(percentile(b, 0.5)),
			urlWriteP50: round1(percentile(a.urlWrites, 0.5)),
			urlWriteP95: round1(percentile(a.urlWrites, 0.95))
		};
		if (size === 100_000) {
			const app = await longestPanTask(browser3, app3.url);
			const bare = await longestPanTask(browser3, bare3.url);
			longestPanTaskMs = { app, bare };
		}
	}
	projectsOverride.file = join(bareDir3, 'synthetic-heap.geojson');
	writeFileSync(projectsOverride.file, JSON.stringify(syntheticProjects(HEAP_SIZE)));
	const h = await heapGrowth(browser3, app3.url);
	heapGrowthRatio = h.ratio;
	heapBytes = { after20: h.after20, after200: h.after200 };
	projectsOverride.file = null;
	await browser3.close();
	app3.server.close();
	bare3.server.close();
	rmSync(bareDir3, { recursive: true, force: true });
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

const routeMs = want('route')
	? {
			real: routeTimes(
				networkSchema.parse(JSON.parse(readFileSync('static/data/network.json', 'utf8'))),
				500
			),
			synthetic100k: routeTimes(syntheticNetwork(100_000), 40)
		}
	: null;

const result = {
	...load,
	filterToIdleMs,
	filterScriptMs,
	heapGrowthRatio,
	heapBytes,
	longestPanTaskMs,
	routeMs
};

if (asJson) {
	console.log(JSON.stringify(result, null, 2));
} else {
	const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
	if (load) {
		const rows = [
			['measure', 'app', 'bare MapLibre', 'ratio'],
			[
				'first idle (median ms)',
				String(load.firstIdleMs.app),
				String(load.firstIdleMs.bare),
				String(load.firstIdleRatio)
			],
			[
				'JS on first view (gzip)',
				kb(load.jsGzipBytes.app),
				kb(load.jsGzipBytes.bare),
				String(load.jsGzipRatio)
			],
			[
				'basemap + font + geodata (gzip)',
				kb(load.payloadGzipBytes.app),
				kb(load.payloadGzipBytes.bare),
				(load.payloadGzipBytes.app / load.payloadGzipBytes.bare).toFixed(2)
			]
		];
		const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
		for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
		console.log(`(${RUNS} interleaved runs each, medians; headless Chromium with SwiftShader)`);
		console.log(
			`app JS by network idle, with what loads after the first view: ${kb(load.jsGzipByNetworkIdleBytes)}`
		);
		console.log('\nbasemap files fetched (gzip), app:');
		for (const [name, bytes] of Object.entries(load.basemapGzipBytes))
			console.log(`  ${name.padEnd(18)} ${kb(bytes)}`);
		console.log(
			`  first view / before (${kb(BASEMAP_FIRST_VIEW_BEFORE_GZIP)}): ${load.basemapFirstViewRatio} (budget 1.5)`
		);
	}
	if (want('filter')) {
		console.log('\nfilter change → map idle (ms), synthetic projects:');
		for (const [size, f] of Object.entries(filterToIdleMs))
			console.log(
				`  ${size.padStart(6)}: app p50 ${f.p50}, p95 ${f.p95}; bare MapLibre setFilter p50 ${f.bareP50}, ratio ${f.ratio}; ` +
					`bare MapLibre clustered, setData p50 ${f.bareClusteredP50}, ratio ${f.ratioToClustered}; ` +
					`longest main-thread task: app ${f.longestTaskMs.app}, bare ${f.longestTaskMs.bare}, ` +
					`bare clustered ${f.longestTaskMs.bareClustered}`
			);
	}
	if (want('script')) {
		console.log("\nthe app's main-thread work per filter change (ms), click to change handled:");
		for (const [size, f] of Object.entries(filterScriptMs))
			console.log(
				`  ${size.padStart(6)}: wall p50 ${f.p50}, p95 ${f.p95}; CPU p50 ${f.cpuP50}, p95 ${f.cpuP95}; ` +
					`bare MapLibre's setFilter call alone p50 ${f.bareSetFilterP50}; ` +
					`history entry, written after the frame: p50 ${f.urlWriteP50}, p95 ${f.urlWriteP95}`
			);
		console.log(
			`JS heap after 200 filter toggles and pans / after 20 (${HEAP_SIZE} projects): ${heapGrowthRatio}` +
				(heapBytes ? ` (${kb(heapBytes.after20)} → ${kb(heapBytes.after200)})` : '')
		);
		if (longestPanTaskMs)
			console.log(
				`longest main-thread task while panning, 100k projects (ms, 0 = none ≥ 50): app ${longestPanTaskMs.app}, bare MapLibre ${longestPanTaskMs.bare}`
			);
	}
	if (routeMs) {
		console.log('\nroute query (ms):');
		for (const [name, r] of Object.entries(routeMs))
			console.log(
				`  ${name.padEnd(14)} p50 ${r.p50}, p95 ${r.p95}; full graph traversal ${r.traversalMs}; ratio ${r.ratioToTraversal}`
			);
	}
}
