/**
 * Comparing corridors and routing, as a user does it: the table and the map agree, constraints
 * change the route, and an impossible route is said to be impossible.
 */
import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS, RUSSIA_COLOR } from '../../src/lib/map/palette';
import { DESKTOP, useBrowser, near, openApp, pixelAt } from './helpers';

const browser = useBrowser();

describe('comparison', () => {
	it('shows the three corridors side by side and draws the stretch in Russia', async () => {
		const { page, context, errors } = await openApp(browser(), '/?panel=compare&v=1', {
			viewport: DESKTOP
		});
		const panel = page.getByTestId('compare');
		const rows = panel.locator('tbody th[scope="row"]');
		expect(await rows.allTextContents()).toEqual([
			'Middle Corridor',
			'Northern Corridor',
			'Southern route'
		]);
		const russiaKm = async (name: string) =>
			Number(
				(await panel
					.locator('tr', { has: page.getByRole('rowheader', { name }) })
					.locator('td')
					.nth(1)
					.textContent())!.replace(/,/g, '')
			);
		expect(await russiaKm('Middle Corridor')).toBe(0);
		expect(await russiaKm('Northern Corridor')).toBeGreaterThan(1000);
		// Near Samara the northern route is highlighted and marked as Russian (points on its line,
		// drawn through OpenStreetMap stations on either side of Samara).
		const px = await pixelAt(page, 50.15, 53.2);
		expect(near(px, BASEMAP_COLORS.land) || near(px, BASEMAP_COLORS.landFocus)).toBe(false);
		const pxs = await Promise.all(
			[
				[50.03, 53.111],
				[50.4, 53.225],
				[50.15, 53.2]
			].map(([lon, lat]) => pixelAt(page, lon!, lat!))
		);
		expect(pxs.some((p) => near(p, RUSSIA_COLOR, 40))).toBe(true);
		await page.getByRole('link', { name: /How these figures are computed/ }).click();
		await page.getByRole('heading', { name: 'Methods', level: 1 }).waitFor();
		expect(await page.getByRole('heading', { name: 'Transit-time model' }).count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('routing', () => {
	it('routes Dostyk to Poti, avoids Russia, and says when no route is possible', async () => {
		const { page, context, errors } = await openApp(browser(), '/?panel=route&v=1');
		const panel = page.getByTestId('route');
		await panel.getByLabel('Origin').fill('Dostyk');
		await panel.getByLabel('Origin').press('Enter');
		await panel.getByLabel('Destination').fill('duisburg');
		await panel.getByLabel('Destination').press('Enter');
		const summary = panel.getByRole('status').first();
		await summary.waitFor();
		expect(await summary.textContent()).toMatch(/km in Russia/);
		await panel.getByRole('checkbox', { name: 'Avoid Russia' }).check();
		await expect
			.poll(() => panel.getByRole('status').first().textContent())
			.toMatch(/No route from Dostyk to Duisburg avoiding Russia/);
		expect(page.url()).toMatch(/avoid=RUS/);
		await panel.getByLabel('Destination').fill('Atlantis');
		await panel.getByLabel('Destination').press('Enter');
		await panel.getByText('No station or port matches “Atlantis”.').waitFor();
		await panel.getByLabel('Destination').fill('Poti');
		await panel.getByLabel('Destination').press('Enter');
		await expect
			.poll(() => panel.getByRole('status').first().textContent())
			.toMatch(/bypasses Russia/);
		const legs = await panel.locator('.legs li').allTextContents();
		expect(legs[0]).toMatch(/^Dostyk → /);
		expect(legs.at(-1)).toMatch(/→ Port of Poti/);
		expect(legs.some((l) => /sea/.test(l))).toBe(true);
		await panel.getByRole('checkbox', { name: 'Avoid sea legs' }).check();
		await expect.poll(() => panel.getByRole('status').first().textContent()).toMatch(/No route/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('picks the origin by clicking a place on the map', async () => {
		const { page, context } = await openApp(browser(), '/?panel=route&map=6/43.6/51.5&v=1');
		const panel = page.getByTestId('route');
		await panel.getByRole('button', { name: 'Pick on map' }).first().click();
		const coords = await page.evaluate(async () => {
			const res = await fetch(new URL('data/network.json', location.href));
			const n = (await res.json()) as { nodes: { id: string; coordinates: [number, number] }[] };
			return n.nodes.find((node) => node.id === 'aktau-port')!.coordinates;
		});
		const [x, y] = await page.evaluate(([lon, lat]) => window.__atlas!.project(lon!, lat!), coords);
		const box = (await page.locator('.map').boundingBox())!;
		await page.mouse.click(box.x + x, box.y + y);
		await expect.poll(() => panel.locator('#route-from').inputValue()).toBe('Port of Aktau');
		expect(page.url()).not.toMatch(/from=/); // half a route stays out of the URL
		expect(await panel.getByRole('button', { name: 'Pick on map' }).count()).toBe(2);
		await context.close();
	});
});
