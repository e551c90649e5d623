/**
 * The foundation, as a user meets it: the built app opens on the region's map, drawn offline from
 * the embedded basemap, with labels and the data layers, and nothing requested from elsewhere.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/lib/map/palette';
import {
	DESKTOP,
	darkPixelsAround,
	useBrowser,
	near,
	openApp,
	pixelAt,
	pixelsOfColourAround,
	waitForRerender
} from './helpers';

const browser = useBrowser();

const places = JSON.parse(
	readFileSync('geodata/places.geojson', 'utf8')
) as GeoJSON.FeatureCollection<GeoJSON.Point, { id: string }>;
const aktau = places.features.find((f) => f.properties.id === 'aktau-port')!;
const segments = JSON.parse(
	readFileSync('geodata/corridor-segments.geojson', 'utf8')
) as GeoJSON.FeatureCollection<GeoJSON.LineString, { id: string; corridors: string[] }>;
const { corridors: corridorList } = JSON.parse(readFileSync('geodata/corridors.json', 'utf8')) as {
	corridors: { id: string; color: string }[];
};

describe('the map', () => {
	it('reaches idle with no page errors and no request off the machine', async () => {
		const { page, errors, externalRequests, context } = await openApp(browser());
		expect(await page.getAttribute('.map', 'data-map-state')).toBe('idle');
		expect(errors).toEqual([]);
		expect(externalRequests).toEqual([]);
		await context.close();
	});

	it('draws land, the Caspian and Black Sea as water, and labels', async () => {
		const { page, context } = await openApp(browser(), '/', { viewport: DESKTOP });
		// Central Kazakhstan is land, drawn in the focus-region colour.
		expect(near(await pixelAt(page, 68, 49.5), BASEMAP_COLORS.landFocus)).toBe(true);
		// Iran (outside the focus region) is land in the ordinary land colour.
		expect(near(await pixelAt(page, 56, 33), BASEMAP_COLORS.land)).toBe(true);
		// The southern Caspian and the western Black Sea are water.
		expect(near(await pixelAt(page, 51.5, 38.8), BASEMAP_COLORS.sea)).toBe(true);
		expect(near(await pixelAt(page, 30.5, 43.5), BASEMAP_COLORS.sea)).toBe(true);
		// Country labels are drawn: text pixels around the label points, none on empty land.
		const labels = JSON.parse(
			readFileSync('static/basemap/labels.geojson', 'utf8')
		) as GeoJSON.FeatureCollection<GeoJSON.Point, { name: string }>;
		const at = (name: string) =>
			labels.features.find((f) => f.properties.name === name)!.geometry.coordinates;
		const [kx, ky] = at('Kazakhstan');
		const [ux, uy] = at('Uzbekistan');
		expect(await darkPixelsAround(page, kx!, ky!)).toBeGreaterThan(40);
		expect(await darkPixelsAround(page, ux!, uy!)).toBeGreaterThan(40);
		expect(await darkPixelsAround(page, 68, 49.5, 20, 8)).toBe(0);
		await context.close();
	});

	it('opens on the whole region, Istanbul to western China', async () => {
		const { page, context } = await openApp(browser(), '/', { viewport: DESKTOP });
		const box = (await page.locator('.map').boundingBox())!;
		for (const [lon, lat] of [
			[28.98, 41.01], // Istanbul
			[87.6, 43.8] // Urumqi
		]) {
			const [x, y] = await page.evaluate(
				([lon, lat]) => window.__atlas!.project(lon!, lat!),
				[lon, lat]
			);
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(box.width);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(box.height);
		}
		await context.close();
	});

	it('draws the Middle Corridor and Aktau port from geodata/', async () => {
		// Segments only the Middle Corridor uses: its Caspian ferries, the Caucasus and Anatolia.
		const own = [
			'seg-aktau-port-alat-port',
			'seg-kuryk-port-alat-port',
			'seg-turkmenbashi-port-alat-port',
			'seg-alat-port-ganja',
			'seg-tbilisi-akhalkalaki',
			'seg-kars-erzurum',
			'seg-ankara-istanbul'
		];
		for (const id of own)
			expect(segments.features.find((f) => f.properties.id === id)?.properties.corridors).toEqual([
				'middle-corridor'
			]);
		const { page, context } = await openApp(browser(), '/', { viewport: DESKTOP });
		const corridors = await page.evaluate(() => window.__atlas!.renderedIds('corridors'));
		expect(corridors).toEqual(expect.arrayContaining(own));
		// The Aktau–Alat ferry is drawn in the Middle Corridor's colour mid-Caspian (its line passes
		// 50.876° E at 42.2° N); open water away from any route has none of it.
		const middle = corridorList.find((c) => c.id === 'middle-corridor')!.color;
		expect(await pixelsOfColourAround(page, 50.876, 42.2, middle, 6, 40)).toBeGreaterThan(0);
		expect(await pixelsOfColourAround(page, 51.9, 41.3, middle, 6, 40)).toBe(0);
		const ports = await page.evaluate(() => window.__atlas!.renderedIds('places'));
		expect(ports).toContain('aktau-port');
		// Aktau port is drawn: the pixel there is neither sea nor land.
		const [lon, lat] = aktau.geometry.coordinates;
		const px = await pixelAt(page, lon!, lat!);
		expect(near(px, BASEMAP_COLORS.sea) || near(px, BASEMAP_COLORS.landFocus)).toBe(false);
		await context.close();
	});

	it('hides and shows a layer from the legend', async () => {
		const { page, context } = await openApp(browser());
		const toggle = page.getByRole('checkbox', { name: /Transport corridors/ });
		await waitForRerender(page, () => toggle.uncheck());
		expect(await page.evaluate(() => window.__atlas!.renderedIds('corridors'))).toEqual([]);
		await expect.poll(() => page.url()).toContain('layers=places,plants,mines,projects');
		await waitForRerender(page, () => toggle.check());
		expect(
			(await page.evaluate(() => window.__atlas!.renderedIds('corridors'))).length
		).toBeGreaterThan(0);
		await context.close();
	});

	it('turns the side panel into a bottom sheet on a 360 px phone', async () => {
		const { page, context, errors } = await openApp(browser(), '/', {
			viewport: { width: 360, height: 740 }
		});
		const map = (await page.locator('.map').boundingBox())!;
		const panel = (await page.getByRole('complementary', { name: 'Side panel' }).boundingBox())!;
		expect(map.width).toBe(360);
		expect(panel.width).toBe(360);
		expect(panel.y + panel.height).toBeCloseTo(740, 0);
		expect(panel.height).toBeLessThan(740 * 0.5);
		// The sheet can be collapsed to leave the map free.
		await page.getByRole('button', { name: 'Hide panel' }).click();
		const collapsed = (await page
			.getByRole('complementary', { name: 'Side panel' })
			.boundingBox())!;
		expect(collapsed.height).toBeLessThan(60);
		expect(errors).toEqual([]);
		await context.close();
	});
});
