/**
 * Symbols, clusters and labels (issue #13): each layer draws its own icon in its own colour,
 * overlapping points become a cluster with a count, and a click on a cluster zooms in or, where
 * its records share one position, lists them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PLANT_COLORS, PLACE_COLORS } from '../../src/lib/map/palette';
import { DESKTOP, openApp, pixelsOfColourAround, useBrowser, waitForRerender } from './helpers';

const browser = useBrowser();

const coords = (file: string, id: string) => {
	const fc = JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as GeoJSON.FeatureCollection<
		GeoJSON.Point,
		{ id: string }
	>;
	return fc.features.find((f) => f.properties.id === id)!.geometry.coordinates as [number, number];
};

/** Which pixels in a box around a coordinate are of a colour: a mask of the drawn shape. */
async function shapeMask(page: Page, lon: number, lat: number, hex: string, half = 12) {
	const n = parseInt(hex.slice(1), 16);
	const want = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
	return page.evaluate(
		({ lon, lat, half, want }) => {
			const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
			const [x, y] = window.__atlas!.project(lon, lat);
			const ratio = canvas.width / canvas.clientWidth;
			const copy = document.createElement('canvas');
			copy.width = canvas.width;
			copy.height = canvas.height;
			const ctx = copy.getContext('2d')!;
			ctx.drawImage(canvas, 0, 0);
			const size = Math.round(2 * half * ratio);
			const px = ctx.getImageData(
				Math.round(x * ratio - size / 2),
				Math.round(y * ratio - size / 2),
				size,
				size
			).data;
			const mask: boolean[] = [];
			for (let i = 0; i < px.length; i += 4)
				mask.push(want.every((v, k) => Math.abs(px[i + k]! - v) <= 40));
			return mask;
		},
		{ lon, lat, half, want }
	);
}

const clusters = (page: Page) => page.evaluate(() => window.__atlas!.clusters());

describe('symbols', () => {
	it('draws plants as fuel icons and ports as anchors, each in its category colour', async () => {
		const turakurgan = coords('plants.geojson', 'plant-turakurgan'); // gas, exact
		const toktogul = coords('plants.geojson', 'plant-toktogul'); // hydro, exact
		const { page, context, errors } = await openApp(browser(), `/?map=8/41.3/72&layers=plants`, {
			viewport: DESKTOP
		});
		const ids = await page.evaluate(() => window.__atlas!.renderedIds('plants'));
		expect(ids).toEqual(expect.arrayContaining(['plant-turakurgan', 'plant-toktogul']));
		const flame = await shapeMask(page, ...turakurgan, PLANT_COLORS.gas);
		const drop = await shapeMask(page, ...toktogul, PLANT_COLORS.hydro);
		const count = (m: boolean[]) => m.filter(Boolean).length;
		expect(count(flame)).toBeGreaterThan(40);
		expect(count(drop)).toBeGreaterThan(40);
		// Not the same shape: the flame's and the drop's pixels overlap only in part.
		const both = flame.filter((v, i) => v && drop[i]).length;
		const either = flame.filter((v, i) => v || drop[i]).length;
		expect(both / either).toBeLessThan(0.8);
		// Neither colour is drawn at the other's place: colours don't leak across categories.
		expect(await pixelsOfColourAround(page, ...toktogul, PLANT_COLORS.gas, 10, 30)).toBe(0);
		expect(errors).toEqual([]);
		await context.close();

		// The port of Aktau: an anchor in the seaport colour.
		const aktau = coords('places.geojson', 'aktau-port');
		const port = await openApp(browser(), `/?map=9/${aktau[1]}/${aktau[0]}&layers=places`, {
			viewport: DESKTOP
		});
		expect(
			await pixelsOfColourAround(port.page, ...aktau, PLACE_COLORS.seaport, 12, 30)
		).toBeGreaterThan(30);
		expect(port.errors).toEqual([]);
		await port.context.close();
	});

	it('shows the same icons in the legend, with counts that follow the filters', async () => {
		const { page, context } = await openApp(browser(), '/?country=KAZ');
		const legend = page.locator('.legend');
		expect(await legend.locator('[data-icon="drop"]').count()).toBe(1);
		expect(await legend.locator('[data-icon="anchor"]').count()).toBe(1);
		expect(await legend.locator('[data-icon="triangle"]').count()).toBe(1);
		const count = (file: string) =>
			(JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as { features: unknown[] }).features
				.length;
		const allProjects = count('projects.geojson');
		const projects = await page.getByTestId('legend-count-projects').textContent();
		expect(projects).toBe(`${projects!.split(' ')[0]} of ${allProjects}`);
		expect(Number(projects!.split(' ')[0])).toBeLessThan(allProjects);
		// Corridors are counted as corridors, with their segments as a detail.
		const corridorCount = (
			JSON.parse(readFileSync('geodata/corridors.json', 'utf8')) as { corridors: unknown[] }
		).corridors.length;
		expect(await page.getByTestId('legend-count-corridors').textContent()).toBe(
			`${corridorCount} (${count('corridor-segments.geojson')} segments)`
		);
		await context.close();
	});
});

describe('clusters', () => {
	it('stacks the records at one Tashkent position into a count that opens the pick list', async () => {
		const { page, context, errors } = await openApp(browser(), '/?map=11/41.31/69.28', {
			viewport: DESKTOP
		});
		const [stack] = (await clusters(page)).sort((a, b) => b.count - a.count);
		expect(stack!.count).toBeGreaterThanOrEqual(10);
		// The count is drawn: white digits on the dark disc.
		expect(
			await pixelsOfColourAround(page, stack!.lon, stack!.lat, '#ffffff', 6, 40)
		).toBeGreaterThan(3);
		const [x, y] = await page.evaluate(
			([lon, lat]) => window.__atlas!.project(lon!, lat!),
			[stack!.lon, stack!.lat]
		);
		const box = (await page.locator('.map').boundingBox())!;
		await page.mouse.click(box.x + x, box.y + y);
		const list = page.getByTestId('picklist');
		await list.waitFor();
		expect(await list.getAttribute('aria-label')).toBe(`${stack!.count} records here`);
		expect(await list.getByRole('button').count()).toBe(stack!.count + 1); // + Close
		expect(errors).toEqual([]);
		await context.close();
	});

	it('zooms in on a cluster whose records lie apart', async () => {
		const { page, context } = await openApp(browser(), '/?map=5/41/66', { viewport: DESKTOP });
		const all = await clusters(page);
		expect(all.length).toBeGreaterThan(0);
		// A cluster away from Tashkent's one-position stack.
		const apart = all.find((c) => Math.hypot(c.lon - 69.28, c.lat - 41.31) > 1)!;
		const [x, y] = await page.evaluate(
			([lon, lat]) => window.__atlas!.project(lon!, lat!),
			[apart.lon, apart.lat]
		);
		const box = (await page.locator('.map').boundingBox())!;
		await waitForRerender(page, () => page.mouse.click(box.x + x, box.y + y));
		// The camera eases in and the address follows when it stops: wait for a deeper zoom there.
		const zoomOf = (url: URL | string) => Number(/map=([\d.]+)/.exec(String(url))?.[1] ?? 0);
		await page.waitForURL((url) => zoomOf(url) > 5);
		expect(zoomOf(page.url())).toBeGreaterThan(5);
		expect(await page.getByTestId('picklist').count()).toBe(0);
		await context.close();
	});

	it('counts only what the layers and filters leave', async () => {
		const { page, context } = await openApp(browser(), '/?map=11/41.31/69.28', {
			viewport: DESKTOP
		});
		const total = Math.max(...(await clusters(page)).map((c) => c.count));
		await page.goto(page.url().replace('/?', '/?layers=corridors,places,plants,mines&'));
		await page.waitForSelector('[data-map-state="idle"]', { state: 'attached' });
		const withoutProjects = (await clusters(page)).map((c) => c.count);
		expect(Math.max(0, ...withoutProjects)).toBeLessThan(total);
		await context.close();
	});
});
