/**
 * Every panel works when it is the first thing opened, from a link in a fresh browser: the
 * panel's own content shows, populated, and nothing goes wrong on the page. Panels may load on
 * demand, so each waits for its content rather than assuming it is there at once.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { LIST_ROWS, SMALL, appUrl, openApp, useBrowser, waitForIdle } from './helpers';

const browser = useBrowser();

/** The numbers in an element's text ("1,234" counts as one). */
const numbersIn = async (locator: Locator) =>
	((await locator.textContent()) ?? '')
		.match(/\d[\d,]*/g)
		?.map((n) => Number(n.replace(/,/g, ''))) ?? [];

const selectedTab = (page: Page) => page.getByRole('tab', { selected: true }).evaluate((t) => t.id);

/** Opens a link fresh, checks the panel with `check`, and that the page reported no error. */
async function fromLink(path: string, check: (page: Page) => Promise<void>) {
	const { page, context, errors, externalRequests } = await openApp(browser(), path);
	await check(page);
	expect(errors).toEqual([]);
	expect(externalRequests).toEqual([]);
	await context.close();
}

describe('each panel opened first from a link', () => {
	it.each([
		['no panel', '/?v=1'],
		['panel=layers', '/?panel=layers&v=1']
	])('layers (%s): a toggle and a count for every layer, with the legend', async (_, path) => {
		await fromLink(path, async (page) => {
			await expect.poll(() => selectedTab(page)).toBe('tab-layers');
			const legend = page.getByRole('region', { name: 'Layers' });
			await legend.waitFor();
			for (const layer of ['corridors', 'places', 'plants', 'mines', 'projects']) {
				const count = page.getByTestId(`legend-count-${layer}`);
				await expect.poll(async () => (await numbersIn(count))[0] ?? 0).toBeGreaterThan(0);
			}
			const toggles = legend.getByRole('checkbox');
			expect(await toggles.count()).toBe(5);
			expect(
				await toggles.evaluateAll((boxes) => boxes.every((b) => (b as HTMLInputElement).checked))
			).toBe(true);
			expect(await legend.locator('svg').count()).toBeGreaterThan(5);
		});
	});

	it('filters: every group with its checkboxes and their counts', async () => {
		await fromLink('/?panel=filters&v=1', async (page) => {
			await expect.poll(() => selectedTab(page)).toBe('tab-filters');
			const summary = page.getByText(/^\d+ of \d+ records$/);
			await expect
				.poll(async () => numbersIn(summary))
				.toEqual([expect.any(Number), expect.any(Number)]);
			const [matching, total] = await numbersIn(summary);
			expect(matching).toBe(total);
			expect(total).toBeGreaterThan(100);
			for (const name of ['Country', 'Sector', 'Status']) {
				const group = page.getByRole('group', { name, exact: true });
				const boxes = group.getByRole('checkbox');
				await expect.poll(() => boxes.count()).toBeGreaterThan(2);
				const counts = (await group.locator('.n').allTextContents()).map((t) =>
					Number(t.match(/\d+/)![0])
				);
				expect(counts.length).toBe(await boxes.count());
				expect(counts.some((n) => n > 0)).toBe(true);
			}
			const uzbekistan = page
				.getByRole('group', { name: 'Country', exact: true })
				.getByRole('checkbox', { name: 'Uzbekistan', exact: true });
			expect(await uzbekistan.isVisible()).toBe(true);
			expect(await uzbekistan.isChecked()).toBe(false);
		});
	});

	it('list: rows, the count and sortable headers', async () => {
		await fromLink('/?panel=list&v=1', async (page) => {
			await expect.poll(() => selectedTab(page)).toBe('tab-list');
			const count = page.getByTestId('list-count');
			await expect.poll(() => count.textContent()).toMatch(/^\d+ shown$/);
			const shown = (await numbersIn(count))[0]!;
			expect(shown).toBeGreaterThan(100);
			expect(await page.getByRole('tab', { name: /List/ }).textContent()).toBe(`List (${shown})`);
			const rows = page.locator(LIST_ROWS);
			await expect.poll(() => rows.count()).toBeGreaterThan(3);
			expect(await page.locator('[data-testid="list"] table').getAttribute('aria-rowcount')).toBe(
				String(shown + 1)
			);
			const first = rows.first();
			expect(await first.isVisible()).toBe(true);
			expect((await first.locator('button.name').textContent())!.trim().length).toBeGreaterThan(2);
			expect(await page.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe(
				'ascending'
			);
		});
	});

	it('stats: the total, bars by country and sector, and the timeline', async () => {
		await fromLink('/?panel=stats&v=1', async (page) => {
			await expect.poll(() => selectedTab(page)).toBe('tab-stats');
			const total = page.getByTestId('stats-total');
			await expect.poll(() => total.textContent()).toMatch(/^\s*\d+ records; US\$[\d,.]+/);
			expect((await numbersIn(total))[0]).toBeGreaterThan(100);
			const stats = page.getByTestId('stats');
			for (const heading of ['By country', 'By sector'])
				expect(await stats.getByRole('heading', { name: heading }).count()).toBe(1);
			// Bars with widths, each labelled by its count.
			const bars = stats.locator('table.bars tbody tr');
			expect(await bars.count()).toBeGreaterThan(5);
			const widths = await stats
				.locator('table.bars .bar')
				.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
			expect(widths.filter((w) => w > 0).length).toBeGreaterThan(5);
			const ns = (await stats.locator('table.bars .n').allTextContents()).map(Number);
			expect(ns.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
			expect(Math.max(...ns)).toBeGreaterThan(5);
			const years = page.getByTestId('timeline').getByRole('button');
			expect(await years.count()).toBeGreaterThan(10);
			expect(await years.first().getAttribute('aria-label')).toMatch(/^\d{4}: \d+ records?$/);
		});
	});

	it('compare: a row per compared corridor with a length in km', async () => {
		await fromLink('/?panel=compare&v=1', async (page) => {
			await expect.poll(() => selectedTab(page)).toBe('tab-compare');
			const panel = page.getByTestId('compare');
			const names = panel.locator('tbody th[scope="row"]');
			await expect
				.poll(() => names.allTextContents())
				.toEqual(['Middle Corridor', 'Northern Corridor', 'Southern route']);
			expect(await panel.getByRole('columnheader', { name: /km drawn/ }).count()).toBe(1);
			const km = (await panel.getByTestId('km-drawn').allTextContents()).map((t) =>
				Number(t.replace(/,/g, ''))
			);
			expect(km.length).toBe(3);
			for (const k of km) expect(k).toBeGreaterThan(1000);
			expect(await panel.getByTestId('compare-ends').count()).toBe(3);
		});
	});

	it('route with no query: the form, ready to fill', async () => {
		await fromLink('/?panel=route&v=1', async (page) => {
			await expect.poll(() => selectedTab(page)).toBe('tab-route');
			const panel = page.getByTestId('route');
			await panel.getByLabel('Origin').waitFor();
			expect(await panel.getByLabel('Destination').isVisible()).toBe(true);
			expect(await panel.getByRole('checkbox', { name: 'Avoid Russia' }).isChecked()).toBe(false);
			expect(await panel.getByRole('radio', { name: /distance/i }).isChecked()).toBe(true);
			// The places to choose from are there.
			await expect.poll(() => page.locator('#route-places option').count()).toBeGreaterThan(20);
		});
	});

	it('route from a link with both ends: the result and its legs', async () => {
		await fromLink('/?from=dostyk&to=poti-port&panel=route&v=1', async (page) => {
			const panel = page.getByTestId('route');
			const status = panel.getByRole('status').first();
			await expect.poll(() => status.textContent()).toMatch(/\d[\d,]* km/);
			expect(await panel.getByLabel('Origin').inputValue()).toMatch(/Dostyk/);
			expect(await panel.getByLabel('Destination').inputValue()).toMatch(/Poti/);
			const legs = await panel.locator('.legs li').allTextContents();
			expect(legs.length).toBeGreaterThan(1);
			expect(legs[0]).toMatch(/^\s*Dostyk/);
			expect(legs.at(-1)).toMatch(/→ (Port of )?Poti\b/);
		});
	});

	it('detail: the record named, with its status and sources', async () => {
		await fromLink('/?sel=plant-toktogul&panel=detail&v=1', async (page) => {
			const detail = page.getByTestId('detail-panel');
			await expect
				.poll(() => detail.getByRole('heading', { level: 2 }).textContent())
				.toMatch(/^Toktogul/);
			expect(await page.getByTestId('detail-status').textContent()).toMatch(/Operational/);
			expect(await detail.getByRole('link').count()).toBeGreaterThan(0);
			expect(await page.evaluate(() => window.__atlas!.renderedIds('plants'))).toContain(
				'plant-toktogul'
			);
		});
	});

	it('share menu, opened from the header: the link of this view', async () => {
		await fromLink('/?country=KAZ&panel=list&v=1', async (page) => {
			await page.getByRole('button', { name: 'Share' }).click();
			const dialog = page.getByTestId('share-dialog');
			await dialog.waitFor();
			const link = dialog.getByRole('textbox', { name: 'Link' });
			await expect.poll(() => link.inputValue()).toMatch(/country=KAZ/);
			const url = new URL(await link.inputValue());
			expect(url.searchParams.get('panel')).toBe('list');
			expect(url.searchParams.get('v')).toBe('1');
		});
	});
});

describe('embed modes opened from a link', () => {
	it('embed=1: the map with its legend and a link to the full atlas, no header or panel', async () => {
		await fromLink('/?embed=1&v=1', async (page) => {
			const legend = page.getByTestId('embed-legend');
			await legend.waitFor();
			expect(await legend.getByRole('heading', { name: /Energy plants/ }).count()).toBe(1);
			expect(await page.getByRole('link', { name: /Open in Corridor Atlas/ }).isVisible()).toBe(
				true
			);
			expect(await page.getByRole('complementary', { name: 'Side panel' }).count()).toBe(0);
			expect(await page.getByRole('combobox', { name: /Search/ }).count()).toBe(0);
			expect(await page.locator('.maplibregl-interactive').count()).toBe(1);
			expect(
				(await page.evaluate(() => window.__atlas!.renderedIds('projects'))).length
			).toBeGreaterThan(0);
		});
	});

	it('embed=static: a still map with its legend', async () => {
		await fromLink('/?embed=static&v=1', async (page) => {
			await page.getByTestId('embed-legend').waitFor();
			expect(await page.getByRole('complementary', { name: 'Side panel' }).count()).toBe(0);
			// MapLibre marks an interactive map's canvas container; a still map has none.
			expect(await page.locator('.maplibregl-canvas-container').count()).toBe(1);
			expect(await page.locator('.maplibregl-interactive').count()).toBe(0);
			expect(
				(await page.evaluate(() => window.__atlas!.renderedIds('projects'))).length
			).toBeGreaterThan(0);
		});
	});

	it('embed=panels: the map and the side panel, no header; a panel from the link works', async () => {
		await fromLink('/?embed=panels&panel=list&v=1', async (page) => {
			const side = page.getByRole('complementary', { name: 'Side panel' });
			await side.waitFor();
			expect(await page.getByRole('combobox', { name: /Search/ }).count()).toBe(0);
			await expect.poll(() => selectedTab(page)).toBe('tab-list');
			await expect.poll(() => page.getByTestId('list-count').textContent()).toMatch(/^\d+ shown$/);
			await expect.poll(() => page.locator(LIST_ROWS).count()).toBeGreaterThan(3);
			expect(await page.getByTestId('embed-legend').count()).toBe(0);
		});
	});
});

describe('what the first view loads', () => {
	// zod's error class, by the name its bundle gives it: present wherever zod is.
	const hasValidator = (text: string) => text.includes('$ZodError');

	it('the geodata the build checked loads without the load worker; a file that differs is checked in it', async () => {
		const open = async (alter?: (text: string) => string) => {
			const context = await browser().newContext({ viewport: SMALL });
			if (alter)
				await context.route(/projects[^/]*\.geojson/, async (route) => {
					const response = await route.fetch();
					await route.fulfill({ response, body: alter(await response.text()) });
				});
			const page = await context.newPage();
			const requested: string[] = [];
			page.on('request', (r) => requested.push(r.url()));
			await page.goto(appUrl('/?panel=list&v=1'));
			await waitForIdle(page);
			await expect.poll(() => page.getByTestId('list-count').textContent()).toMatch(/^\d+ shown$/);
			const shown = Number((await page.getByTestId('list-count').textContent())!.split(' ')[0]);
			const problems = await page.getByRole('alert').count();
			await context.close();
			return { worker: requested.some((url) => /load\.worker/.test(url)), shown, problems };
		};
		const asBuilt = await open();
		expect(asBuilt.worker).toBe(false);
		expect(asBuilt.shown).toBeGreaterThan(100);
		// The same records with one more byte: not what the build checked, so checked again, in the
		// worker, with the same result.
		const changed = await open((text) => `${text} `);
		expect(changed.worker).toBe(true);
		expect(changed).toEqual({ ...asBuilt, worker: true });
	});

	it('the main thread reads the link without the validator, which loads with the network', async () => {
		const context = await browser().newContext({ viewport: SMALL });
		const page = await context.newPage();
		// Every script the page runs itself (not its workers' scripts), as it arrives.
		const scripts: Promise<string>[] = [];
		page.on('response', (r) => {
			const url = r.url();
			if (/\.m?js(\?|$)/.test(url) && !/\/workers\//.test(url))
				scripts.push(r.text().catch(() => ''));
		});
		await page.goto(appUrl('/?panel=filters&country=KAZ&v=1'));
		await waitForIdle(page);
		const first = await Promise.all(scripts);
		expect(first.length).toBeGreaterThan(3);
		expect(first.filter(hasValidator).length).toBe(0);
		// The link was still read: the filter applies.
		expect(await page.getByRole('checkbox', { name: 'Kazakhstan', exact: true }).isChecked()).toBe(
			true
		);
		// The comparison needs the routing network, checked with its schema: zod comes with it.
		await page.getByRole('tab', { name: /Compare/ }).click();
		await expect
			.poll(async () => (await Promise.all(scripts)).some(hasValidator), { timeout: 30_000 })
			.toBe(true);
		await context.close();
	});
});
