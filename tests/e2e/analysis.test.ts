/**
 * Comparing corridors and routing, as a user does it: the table and the map agree, constraints
 * change the route, and an impossible route is said to be impossible.
 */
import { describe, expect, it } from 'vitest';
import { RUSSIA_COLOR } from '../../src/lib/map/palette';
import { DESKTOP, useBrowser, near, openApp, pixelAt, waitForIdle } from './helpers';
import { readRequiredGeodata } from '../../src/lib/server/geodata';

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
					.nth(2)
					.textContent())!.replace(/,/g, '')
			);
		expect(await russiaKm('Middle Corridor')).toBe(0);
		expect(await russiaKm('Northern Corridor')).toBeGreaterThan(1000);
		// Between Chelyabinsk and Samara the northern route is highlighted and marked as Russian:
		// sampled halfway between consecutive stations of its drawn line, away from the town names
		// drawn above the data.
		const line = readRequiredGeodata(['alignments']).alignments.features.find(
			(f) => f.properties.segment === 'seg-chelyabinsk-samara'
		)!.geometry!.coordinates;
		const between = [0.2, 0.35, 0.5, 0.65, 0.8].map((k) => {
			const i = Math.floor(k * (line.length - 1));
			return [(line[i]![0]! + line[i + 1]![0]!) / 2, (line[i]![1]! + line[i + 1]![1]!) / 2];
		});
		const pxs = await Promise.all(between.map(([lon, lat]) => pixelAt(page, lon!, lat!)));
		expect(pxs.some((p) => near(p, RUSSIA_COLOR, 40))).toBe(true);
		await page.getByRole('link', { name: /How these figures are computed/ }).click();
		await page.getByRole('heading', { name: 'Methods', level: 1 }).waitFor();
		expect(await page.getByRole('heading', { name: 'Transit-time model' }).count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('comparison table width', () => {
	it.each([
		['desktop', DESKTOP],
		['phone', { width: 360, height: 740 }]
	])('fits the panel on a %s with every corridor, no sideways scroll', async (_, viewport) => {
		const all =
			'middle-corridor,northern-corridor,southern-corridor,cku-railway,central-asian-lines';
		const { page, context, errors } = await openApp(
			browser(),
			`/?panel=compare&compare=${all}&v=1`,
			{
				viewport
			}
		);
		const panel = page.getByTestId('compare');
		await panel.getByTestId('km-drawn').first().waitFor();
		const wrap = panel.getByRole('region', { name: 'Comparison table' });
		const { scroll, client } = await wrap.evaluate((el) => ({
			scroll: el.scrollWidth,
			client: el.clientWidth
		}));
		expect(scroll).toBeLessThanOrEqual(client);
		// Every figure is visible inside the panel, the days column included.
		const box = (await wrap.boundingBox())!;
		const days = panel.locator('td.days').first();
		const dayBox = (await days.boundingBox())!;
		expect(dayBox.x + dayBox.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
		expect(await days.textContent()).toMatch(/^\d+(\.\d)?–\d+(\.\d)?$/);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('comparison between the same ends', () => {
	it('names the ends, follows the shared destination, and the link reopens it', async () => {
		const { page, context, errors } = await openApp(browser(), '/?panel=compare&v=1');
		const panel = page.getByTestId('compare');
		const ends = panel.getByTestId('compare-ends');
		await ends.first().waitFor();
		const endTexts = async () => (await ends.allTextContents()).map((t) => t.split(':')[0]!.trim());
		expect((await endTexts()).slice(0, 2)).toEqual([
			'Alashankou (Alataw Pass) → Duisburg',
			'Alashankou (Alataw Pass) → Duisburg'
		]);
		expect(await panel.getByTestId('compare-destination-name').textContent()).toBe('Duisburg');
		expect(await panel.locator('.scope').textContent()).toMatch(/Southern route: .* → Tehran/);
		const middleKm = async () =>
			(await panel
				.locator('tr', { has: page.getByRole('rowheader', { name: 'Middle Corridor' }) })
				.getByTestId('km-drawn')
				.textContent())!;
		const before = await middleKm();
		await panel.getByTestId('compare-destination').selectOption('budapest');
		await expect.poll(middleKm).not.toBe(before);
		await expect.poll(() => page.url()).toMatch(/dest=budapest/);
		expect((await endTexts())[0]).toBe('Alashankou (Alataw Pass) → Budapest');
		// The Northern Corridor has no line of its own to Budapest: it says so instead of a figure.
		expect(
			await panel
				.locator('tr', { has: page.getByRole('rowheader', { name: 'Northern Corridor' }) })
				.textContent()
		).toMatch(/No route from Alashankou \(Alataw Pass\) to Budapest/);
		const budapestKm = await middleKm();
		const link = page.url();
		await context.close();

		const again = await openApp(browser(), new URL(link).pathname + new URL(link).search);
		const panel2 = again.page.getByTestId('compare');
		await panel2.getByTestId('compare-ends').first().waitFor();
		expect(await panel2.getByTestId('compare-destination').inputValue()).toBe('budapest');
		expect(
			await panel2
				.locator('tr', { has: again.page.getByRole('rowheader', { name: 'Middle Corridor' }) })
				.getByTestId('km-drawn')
				.textContent()
		).toBe(budapestKm);
		expect(errors).toEqual([]);
		expect(again.errors).toEqual([]);
		await again.context.close();
	});
});

describe('routing', () => {
	it('finds a route from Alashankou to Duisburg avoiding Russia, straight from a link', async () => {
		const { page, context, errors } = await openApp(
			browser(),
			'/?from=alashankou&to=duisburg&avoid=RUS&panel=route'
		);
		const panel = page.getByTestId('route');
		await expect
			.poll(() => panel.getByRole('status').first().textContent())
			.toMatch(/bypasses Russia/);
		const legs = await panel.locator('.legs li').allTextContents();
		expect(legs[0]).toMatch(/^Alashankou/);
		expect(legs.at(-1)).toMatch(/→ Duisburg/);
		expect(legs.join(' ')).not.toMatch(/Moscow/);
		expect(errors).toEqual([]);
		await context.close();
	});

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
		// Around Russia by the Caspian and Black Sea ferries and on through Romania.
		await expect
			.poll(() => panel.getByRole('status').first().textContent())
			.toMatch(/bypasses Russia/);
		expect((await panel.locator('.legs li').allTextContents()).join(' ')).toMatch(/Constanța/);
		await expect.poll(() => page.url()).toMatch(/avoid=RUS/);
		await panel.getByRole('checkbox', { name: 'Avoid sea legs' }).check();
		await expect
			.poll(() => panel.getByRole('status').first().textContent())
			.toMatch(/No route from Dostyk to Duisburg avoiding Russia, without sea legs/);
		await panel.getByRole('checkbox', { name: 'Avoid sea legs' }).uncheck();
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
		const { page, context } = await openApp(browser(), '/?panel=route&map=7/43.65/51.17&v=1');
		const panel = page.getByTestId('route');
		await panel.getByRole('button', { name: 'Pick on map' }).first().click();
		const coords = await page.evaluate(async () => {
			const res = await fetch(new URL('data/network.json', location.href));
			const n = (await res.json()) as { nodes: { id: string; coordinates: [number, number] }[] };
			return n.nodes.find((node) => node.id === 'aktau-port')!.coordinates;
		});
		await waitForIdle(page);
		const [x, y] = await page.evaluate(([lon, lat]) => window.__atlas!.project(lon!, lat!), coords);
		const box = (await page.locator('.map').boundingBox())!;
		await page.mouse.click(box.x + x, box.y + y);
		await expect.poll(() => panel.locator('#route-from').inputValue()).toBe('Port of Aktau');
		expect(page.url()).not.toMatch(/from=/); // half a route stays out of the URL
		expect(await panel.getByRole('button', { name: 'Pick on map' }).count()).toBe(2);
		await context.close();
	});
});
