/**
 * A link reopens exactly what its sender saw; embeds and record pages work from a link alone.
 */
import { describe, expect, it } from 'vitest';
import { LIST_ROWS, allListIds, appUrl, useBrowser, openApp, waitForIdle } from './helpers';

const browser = useBrowser();

const cameraOf = (url: string) => new URL(url).searchParams.get('map')!.split('/').map(Number);

describe('share', () => {
	it('the copied link reopens the same filters, selection, list and camera in a fresh browser', async () => {
		const sender = await openApp(browser(), '/?panel=filters');
		await sender.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: appUrl('/')
		});
		const { page } = sender;
		await page
			.getByRole('group', { name: 'Country', exact: true })
			.getByRole('checkbox', { name: 'Kazakhstan', exact: true })
			.check();
		await page
			.getByRole('group', { name: 'Status', exact: true })
			.getByRole('checkbox', { name: 'Operational', exact: true })
			.check();
		await page.getByRole('tab', { name: /List/ }).click();
		await page.getByTestId('list').waitFor();
		// Every listed record (the list renders only those in its view: this scrolls through it).
		const senderIds = await allListIds(page);
		expect(senderIds.length).toBeGreaterThan(0);
		const firstRow = page.locator(`${LIST_ROWS}[aria-rowindex="2"]`);
		const chosen = await firstRow.getAttribute('data-id');
		await firstRow.getByRole('button').click();
		await page.getByTestId('detail-panel').waitFor();
		// Move the map by dragging it.
		await waitForIdle(page);
		const box = (await page.locator('.map').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 8 });
		await page.mouse.up();
		await expect.poll(() => page.url()).toMatch(/map=/);
		await waitForIdle(page);

		await page.getByRole('button', { name: 'Share' }).click();
		const dialog = page.getByTestId('share-dialog');
		await dialog.getByText('Copied to the clipboard.').waitFor();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		await expect.poll(() => page.url()).toBe(link);
		expect(await dialog.getByRole('textbox', { name: 'Link' }).inputValue()).toBe(link);

		const receiver = await openApp(browser(), link.replace(new URL(link).origin, ''));
		const r = receiver.page;
		expect(
			await r.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()
		).toBe(await page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent());
		expect(new URL(r.url()).searchParams.get('sel')).toBe(chosen);
		// The same records listed, in the same order (the record stays open above the list).
		await r.getByRole('tab', { name: /List/ }).click();
		await r.getByTestId('list').waitFor();
		expect(await allListIds(r)).toEqual(senderIds);
		await r.getByRole('tab', { name: 'Filters' }).click();
		expect(
			await r
				.getByRole('group', { name: 'Country', exact: true })
				.getByRole('checkbox', { name: 'Kazakhstan', exact: true })
				.isChecked()
		).toBe(true);
		expect(
			await r
				.getByRole('group', { name: 'Status', exact: true })
				.getByRole('checkbox', { name: 'Operational', exact: true })
				.isChecked()
		).toBe(true);
		const [z1, lat1, lon1] = cameraOf(link);
		const [z2, lat2, lon2] = cameraOf(r.url());
		expect(z2).toBeCloseTo(z1!, 1);
		expect(lat2).toBeCloseTo(lat1!, 1);
		expect(lon2).toBeCloseTo(lon1!, 1);
		expect(receiver.errors).toEqual([]);
		await sender.context.close();
		await receiver.context.close();
	});

	it('offers the link to copy by hand where the clipboard is unavailable', async () => {
		const { page, context } = await openApp(browser(), '/?sector=water&v=1');
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('denied')) }
			});
		});
		await page.getByRole('button', { name: 'Share' }).click();
		const dialog = page.getByTestId('share-dialog');
		await dialog.getByText(/Select the link and copy it/).waitFor();
		expect(await dialog.getByRole('textbox', { name: 'Link' }).inputValue()).toMatch(
			/sector=water/
		);
		await context.close();
	});
});

describe('embed', () => {
	it('gives an iframe snippet for the current view, and embed=1 shows the map only with a link back', async () => {
		const { page, context } = await openApp(browser(), '/?country=UZB&v=1');
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByTestId('embed-dialog');
		const html = () => dialog.getByRole('textbox', { name: 'HTML' }).inputValue();
		// Responsive by default: the frame fills the column at 16:9.
		const code = await html();
		expect(code).toMatch(/^<div style="position:relative;width:100%;aspect-ratio:16\/9">/);
		expect(code).toMatch(
			/<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?country=UZB&amp;embed=1&amp;v=1"/
		);
		const size = dialog.getByRole('combobox', { name: 'Size' });
		await size.selectOption({ label: 'Fixed, 800 × 500' });
		expect(await html()).toMatch(/^<iframe [^>]*width="800" height="500"/);
		await size.selectOption({ label: 'Fixed, custom size' });
		await dialog.getByRole('spinbutton', { name: 'Width' }).fill('640');
		expect(await html()).toMatch(/width="640" height="500"/);
		await dialog.getByRole('checkbox', { name: /Interactive/ }).uncheck();
		expect(await dialog.getByRole('textbox', { name: 'HTML' }).inputValue()).toMatch(
			/embed=static/
		);
		await context.close();

		const embedded = await openApp(browser(), '/?country=UZB&embed=1&v=1', {
			viewport: { width: 600, height: 400 }
		});
		expect(await embedded.page.getByRole('complementary', { name: 'Side panel' }).isVisible()).toBe(
			false
		);
		expect(await embedded.page.getByRole('combobox', { name: /Search/ }).isVisible()).toBe(false);
		const back = embedded.page.getByRole('link', { name: /Open in Corridor Atlas/ });
		expect(new URL((await back.getAttribute('href'))!).search).toBe('?country=UZB&v=1');
		// A compact legend, and a badge that says the map is filtered and by what.
		const badge = embedded.page.getByTestId('filtered-badge');
		expect(await badge.textContent()).toMatch(/^\s*Filtered: \d+ of \d+ records\s*$/);
		expect(await badge.getAttribute('title')).toBe('Country: Uzbekistan');
		const legend = embedded.page.getByTestId('embed-legend');
		expect(await legend.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		expect(await legend.getByRole('heading', { name: /Energy plants/ }).count()).toBe(1);
		expect(await legend.locator('[data-icon="anchor"]').count()).toBe(1);
		expect(embedded.errors).toEqual([]);
		await embedded.context.close();

		// Unfiltered, there is no badge; in a small frame the legend starts closed.
		const small = await openApp(browser(), '/?embed=1&v=1', {
			viewport: { width: 400, height: 300 }
		});
		await small.page.getByTestId('embed-legend').waitFor();
		expect(await small.page.getByTestId('filtered-badge').count()).toBe(0);
		expect(
			await small.page.getByTestId('embed-legend').evaluate((d) => (d as HTMLDetailsElement).open)
		).toBe(false);
		await small.context.close();
	});
});

describe('record pages', () => {
	it('names the record in title and description, and opens the map on it', async () => {
		const { page, context, errors } = await openApp(browser(), '/plants/plant-toktogul');
		expect(await page.title()).toMatch(/^Toktogul .* — Corridor Atlas$/);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description).toMatch(/^Energy plant · Kyrgyzstan · Operational\./);
		expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toMatch(
			/Toktogul/
		);
		// The page's one h1 is the record's name; the canonical link and preview image resolve.
		expect(await page.locator('h1').allTextContents()).toEqual([
			expect.stringMatching(/^Toktogul/)
		]);
		const canonical = await page
			.locator('link[rel="canonical"]')
			.evaluate((l) => (l as HTMLLinkElement).href);
		expect(canonical).toBe(appUrl('/plants/plant-toktogul/'));
		const image = await page
			.locator('meta[property="og:image"]')
			.evaluate((m) => new URL(m.getAttribute('content')!, location.href).href);
		const imageResponse = await fetch(image);
		expect(imageResponse.status).toBe(200);
		expect(imageResponse.headers.get('content-type')).toBe('image/jpeg');
		expect(
			await page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()
		).toMatch(/Toktogul/);
		// The map has flown to the plant: it is drawn near the middle of the map.
		await waitForIdle(page);
		expect(await page.evaluate(() => window.__atlas!.renderedIds('plants'))).toContain(
			'plant-toktogul'
		);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('gives each corridor a page that opens its comparison, highlighted', async () => {
		const { page, context, errors } = await openApp(browser(), '/corridors/northern-corridor');
		expect(await page.title()).toMatch(/^Northern Corridor .* — Corridor Atlas$/);
		expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(
			/^Transport corridor\./
		);
		const rows = page.getByTestId('compare').locator('tbody th[scope="row"]');
		expect(await rows.allTextContents()).toEqual(['Northern Corridor']);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('has no page for an unknown record', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		const response = await page.goto(appUrl('/projects/no-such-record'));
		expect(response?.status()).toBe(404);
		await context.close();
	});
});
