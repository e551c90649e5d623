/**
 * The basemap as an analyst meets it: the whole world at low zoom, towns, lakes and rail once
 * zoomed in (fetched only then), a style that loads cleanly every time, and records opened at a
 * zoom where their surroundings can be read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/lib/map/palette';
import {
	LAKE_BANDS,
	PLACE_BANDS,
	RAIL_BANDS,
	RIVER_BAND,
	STATION_BAND,
	BASEMAP_FIRST_VIEW_BUDGET_GZIP
} from '../../src/lib/data/basemap-bands';
import { FOCUS_ZOOM } from '../../src/lib/state/focus';
import { DESKTOP, appUrl, near, openApp, pixelAt, useBrowser, waitForIdle } from './helpers';

const browser = useBrowser();

/** Console warnings and errors of the page and of its workers (MapLibre's style warnings). */
function collectWarnings(page: Page): string[] {
	const seen: string[] = [];
	const record = (m: ConsoleMessage) => {
		if (m.type() === 'warning' || m.type() === 'error') seen.push(`${m.type()}: ${m.text()}`);
	};
	page.on('console', record);
	page.on('worker', (w) => w.on('console', record));
	page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
	return seen;
}

/** The zoom in the address bar (`map=zoom/lat/lon`), once the map has settled there. */
async function zoomInUrl(page: Page, atLeast: number): Promise<number> {
	await page.waitForFunction(
		(z) => Number(new URL(location.href).searchParams.get('map')?.split('/')[0]) >= z,
		atLeast,
		{ timeout: 30_000 }
	);
	await waitForIdle(page);
	return Number(new URL(page.url()).searchParams.get('map')!.split('/')[0]);
}

const detailFiles = [...LAKE_BANDS, RIVER_BAND, ...PLACE_BANDS, ...RAIL_BANDS, STATION_BAND]
	.filter((b) => b.loadZoom > 0)
	.map((b) => b.file);

describe('the basemap', () => {
	// Twenty loads take longer than the default per-test limit on a loaded machine; the test has
	// no limit of its own (0), as none of these tests measures time. A small window draws fastest.
	it('loads 20 times with no style warning or error', { timeout: 0 }, async () => {
		const context = await browser().newContext({ viewport: { width: 480, height: 360 } });
		const page = await context.newPage();
		const warnings = collectWarnings(page);
		for (let i = 0; i < 20; i++) {
			await page.goto(appUrl('/'));
			await waitForIdle(page);
		}
		expect(warnings).toEqual([]);
		await context.close();
	});

	it('would catch a style expression warning raised in the map worker', async () => {
		// The same failure as the old `line-color` warning: a data-driven expression meeting a value
		// of the wrong type. Here a town's population arrives as text.
		const context = await browser().newContext({ viewport: { width: 800, height: 600 } });
		await context.route(`**/basemap/${PLACE_BANDS[0]!.file}`, async (route) => {
			const body = (await (await route.fetch()).json()) as GeoJSON.FeatureCollection;
			for (const f of body.features) f.properties!.population = 'many';
			await route.fulfill({ json: body });
		});
		const page = await context.newPage();
		const warnings = collectWarnings(page);
		await page.goto(appUrl('/'));
		await waitForIdle(page);
		expect(warnings.join('\n')).toMatch(/Expected value to be of type number, but found string/);
		await context.close();
	});

	it('covers the whole world at low zoom: land and sea, no grey beyond the region', async () => {
		const { page, context } = await openApp(browser(), '/?map=2/40/60', { viewport: DESKTOP });
		// Outside the detailed region (west -12, south 5, east 115): Central Africa and Yakutia are
		// land, the Indian Ocean is sea.
		expect(near(await pixelAt(page, 22, -4), BASEMAP_COLORS.land)).toBe(true);
		expect(near(await pixelAt(page, 130, 63), BASEMAP_COLORS.land)).toBe(true);
		expect(near(await pixelAt(page, 75, -20), BASEMAP_COLORS.sea)).toBe(true);
		await context.close();
	});

	// Four full page loads (about 8 s each on a quiet 2-core machine): twice the usual guard
	// against a hang, so that a busy machine does not fail it.
	it(
		'fetches towns, lakes, rivers and rail detail only when zoomed in, and draws them there',
		{
			timeout: 120_000
		},
		async () => {
			const requested = async (path: string) => {
				const context = await browser().newContext({ viewport: DESKTOP });
				const files: string[] = [];
				context.on('request', (r) => {
					const m = /\/basemap\/([^/?]+)/.exec(r.url());
					if (m) files.push(m[1]!);
				});
				const page = await context.newPage();
				await page.goto(appUrl(path));
				await waitForIdle(page);
				return { context, page, files };
			};
			// The first view: none of the detail files.
			const first = await requested('/');
			expect(first.files).toContain(PLACE_BANDS[0]!.file);
			expect(first.files.filter((f) => detailFiles.includes(f))).toEqual([]);
			// …and within issue 13's budget: 1.5 times the basemap's first view before this work.
			const gzipBytes = [...new Set(first.files)]
				.map((f) => gzipSync(readFileSync(join('build', 'basemap', f)), { level: 9 }).length)
				.reduce((a, b) => a + b, 0);
			expect(gzipBytes).toBeLessThanOrEqual(BASEMAP_FIRST_VIEW_BUDGET_GZIP);
			await first.context.close();

			// Tbilisi at zoom 11: every band is fetched and towns, rail and lakes are drawn.
			const { context, page, files } = await requested('/?map=11/41.72/44.8');
			for (const f of detailFiles) expect(files).toContain(f);
			const count = (layer: string) =>
				page.evaluate((l) => window.__atlas!.renderedCount(l), layer);
			expect(await count('towns-0-labels')).toBeGreaterThan(0); // Tbilisi, a capital
			expect((await count('rail-0')) + (await count('rail-1'))).toBeGreaterThan(0);
			await context.close();

			// Inside Tashkent at zoom 11, where towns are few: its railway stations are named.
			const city = await openApp(browser(), '/?map=11/41.29/69.26', { viewport: DESKTOP });
			expect(
				await city.page.evaluate(() => window.__atlas!.renderedCount('rail-stations-labels'))
			).toBeGreaterThan(2);
			await city.context.close();

			// Tashkent at zoom 7: the capital and towns around it are labelled, lakes and rivers drawn.
			const tashkent = await openApp(browser(), '/?map=7/41.31/69.28', { viewport: DESKTOP });
			const n = (layer: string) =>
				tashkent.page.evaluate((l) => window.__atlas!.renderedCount(l), layer);
			expect(await n('towns-0-labels')).toBeGreaterThan(0);
			expect(await n('towns-2-labels')).toBeGreaterThan(5);
			expect(await n('lakes-1')).toBeGreaterThan(0);
			expect(await n('rivers')).toBeGreaterThan(0); // the Syr Darya, the Chirchiq
			await tashkent.context.close();
		}
	);
});

describe('zoom-in views', () => {
	it('a record page opens close enough to read the towns around it', async () => {
		// Alashankou's position is exact: zoom 10.
		const { page, context } = await openApp(browser(), '/places/alashankou');
		expect(await zoomInUrl(page, FOCUS_ZOOM.exact)).toBeGreaterThanOrEqual(FOCUS_ZOOM.exact);
		await context.close();
	});

	it('a `sel=` link opens on its record at the same zoom, and a `map=` view is kept', async () => {
		const { page, context } = await openApp(browser(), '/?sel=plant-syrdarya-2');
		const zoom = await zoomInUrl(page, FOCUS_ZOOM['approximate-site']);
		expect(zoom).toBeGreaterThanOrEqual(FOCUS_ZOOM['approximate-site']);
		const [, lat, lon] = new URL(page.url()).searchParams.get('map')!.split('/').map(Number);
		expect(Math.abs(lon! - 69.1006)).toBeLessThan(0.05);
		expect(Math.abs(lat! - 40.2281)).toBeLessThan(0.05);
		await context.close();

		const kept = await openApp(browser(), '/?sel=plant-syrdarya-2&map=5/45/60');
		expect(await kept.page.evaluate(() => window.__atlas!.zoom())).toBeCloseTo(5, 1);
		await kept.context.close();
	});
});
