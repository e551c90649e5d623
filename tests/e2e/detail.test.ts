/**
 * Reading a record: clicking a feature opens its fields and sources; a link with `sel` reopens it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, waitForIdle } from './helpers';

const browser = useBrowser();

type Props = {
	id: string;
	name: string;
	status: string;
	statusAsOf: string | null;
	statusSource: string | null;
	sources: { title: string; publisher: string; url: string }[];
};
const plants = JSON.parse(
	readFileSync('geodata/plants.geojson', 'utf8')
) as GeoJSON.FeatureCollection<GeoJSON.Point, Props>;
const toktogul = plants.features.find((f) => f.properties.id === 'plant-toktogul')!;

describe('record detail', () => {
	it('opens a clicked plant with its fields and sources', async () => {
		const [lon, lat] = toktogul.geometry.coordinates;
		const { page, context, errors } = await openApp(browser(), `/?map=9/${lat}/${lon}`);
		const [x, y] = await page.evaluate(
			([lon, lat]) => window.__atlas!.project(lon!, lat!),
			[lon, lat]
		);
		const box = (await page.locator('.map').boundingBox())!;
		await page.mouse.click(box.x + x, box.y + y);
		const detail = page.getByTestId('detail-panel');
		await detail.waitFor();
		expect(await detail.getByRole('heading', { level: 2 }).textContent()).toBe(
			toktogul.properties.name
		);
		expect(await detail.textContent()).toContain('Hydropower');
		const links = detail.locator('ol.sources').getByRole('link');
		expect(await links.count()).toBe(toktogul.properties.sources.length);
		expect(await links.first().getAttribute('href')).toBe(toktogul.properties.sources[0]!.url);
		await expect.poll(() => page.url()).toContain('sel=plant-toktogul');
		await waitForIdle(page);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows the status with its as-of date and the source that gives it', async () => {
		const syrdarya = plants.features.find(
			(f) => f.properties.id === 'plant-syrdarya-2'
		)!.properties;
		const source = syrdarya.sources.find((s) => s.url === syrdarya.statusSource)!;
		const { page, context, errors } = await openApp(browser(), '/?sel=plant-syrdarya-2&v=1');
		const status = page.getByTestId('detail-status');
		await status.waitFor();
		expect(syrdarya.statusAsOf).toBe('2024-02');
		expect(await status.textContent()).toMatch(
			/Under construction\s*as of Feb 2024, per\s*POWER magazine/
		);
		const link = status.getByRole('link', { name: source.publisher });
		expect(await link.getAttribute('href')).toBe(source.url);
		// The same source is marked in the list of sources.
		expect(await page.locator('ol.sources li', { hasText: '(source of the status)' }).count()).toBe(
			1
		);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reopens the selected record from a link, and closes it', async () => {
		const { page, context } = await openApp(browser(), '/?sel=plant-toktogul&v=1');
		const detail = page.getByTestId('detail-panel');
		expect(await detail.getByRole('heading', { level: 2 }).textContent()).toBe(
			toktogul.properties.name
		);
		await detail.getByRole('button', { name: 'Close details' }).click();
		expect(await page.getByTestId('detail-panel').count()).toBe(0);
		await expect.poll(() => page.url()).not.toContain('sel=');
		await context.close();
	});

	it('names the ignored parts of a hostile link and runs no script', async () => {
		const hostile =
			'/?sel=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&map=NaN/1/2&q=' +
			'%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E'.repeat(30) +
			'&foo=%3Cb%3Ebold%3C%2Fb%3E';
		const { page, context, errors } = await openApp(browser(), hostile);
		const notice = page.getByTestId('link-notice');
		await notice.waitFor();
		const text = (await notice.textContent())!;
		expect(text).toContain('Selected record: “<img src=x onerror');
		expect(text).toContain('Map position: “NaN/1/2” is not a map position');
		expect(text).toContain('“foo” is not a setting this atlas knows');
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await notice.locator('b, img, script').count()).toBe(0);
		// The link is rewritten to its clean form.
		await expect.poll(() => new URL(page.url()).search).toBe('');
		await notice.getByRole('button', { name: 'Dismiss notice' }).click();
		expect(await page.getByTestId('link-notice').count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('corridor segment detail', () => {
	it('shows the mode, the drawn length and the published length with its source', async () => {
		const segments = JSON.parse(readFileSync('geodata/corridor-segments.geojson', 'utf8')) as {
			features: {
				properties: {
					id: string;
					mode: string;
					publishedKm: number | null;
					publishedKmSource: { publisher: string } | null;
				};
			}[];
		};
		const seg = segments.features.find(
			(f) => f.properties.mode === 'rail' && typeof f.properties.publishedKm === 'number'
		)!.properties;
		const { page, context, errors } = await openApp(browser(), `/?sel=${seg.id}&v=1`);
		const detail = page.getByTestId('detail-panel');
		await detail.waitFor();
		const text = ((await detail.textContent()) ?? '').replace(/\s+/g, ' ');
		expect(text).toMatch(/Mode\s*Rail/);
		const drawn = Number(text.match(/Length as drawn\s*([\d,]+) km/)![1]!.replace(/,/g, ''));
		// The drawn line follows the published route within the data check's 10%.
		expect(Math.abs(drawn - seg.publishedKm!) / seg.publishedKm!).toBeLessThanOrEqual(0.1);
		expect(text.replace(/Published length\s*/, 'Published length ')).toContain(
			`Published length ${seg.publishedKm!.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km (${seg.publishedKmSource!.publisher})`
		);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('ids a link names that the atlas does not have', () => {
	it('names each in the notice and drops them from the address bar', async () => {
		const { page, context, errors } = await openApp(
			browser(),
			'/?sel=does-not-exist&from=aktau-port&to=nowhere&compare=northern-corridor,fake&country=XXX,KAZ&v=1'
		);
		const notice = page.getByTestId('link-notice');
		await notice.waitFor();
		await page.waitForFunction(() => !location.search.includes('fake'));
		const items = await notice.locator('li').allTextContents();
		expect(items).toEqual([
			'Country filter: “XXX” is not a known country code; kept KAZ',
			'Selected record: “does-not-exist” is not a record in the atlas; nothing is selected',
			'Compared corridors: “fake” is not a known corridor; kept northern-corridor',
			'Route destination: “nowhere” is not a place on the transport network; no route is shown'
		]);
		const params = new URL(page.url()).searchParams;
		expect(params.get('country')).toBe('KAZ');
		expect(params.get('compare')).toBe('northern-corridor');
		for (const gone of ['sel', 'from', 'to']) expect(params.has(gone)).toBe(false);
		expect(await page.getByTestId('detail-panel').count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('overlapping points', () => {
	it('offers a choice when several records lie under the click', async () => {
		// Almaty station and two projects placed at the Almaty city centre share a point.
		const { page, context, errors } = await openApp(browser(), '/?map=7/43.2565/76.9285&v=1');
		const [x, y] = await page.evaluate(() => window.__atlas!.project(76.9285, 43.2565));
		const box = (await page.locator('.map').boundingBox())!;
		await page.mouse.click(box.x + x, box.y + y);
		const picker = page.getByTestId('picklist');
		await picker.waitFor();
		const names = await picker.getByRole('button').allTextContents();
		expect(names.filter((n) => /Almaty/.test(n)).length).toBeGreaterThan(0);
		expect(names.length).toBeGreaterThanOrEqual(3);
		// The first choice has the keyboard focus; Enter opens it.
		await page.keyboard.press('Enter');
		await page.getByTestId('detail-panel').waitFor();
		expect(await page.getByTestId('picklist').count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('Escape closes the choice and gives focus back to the map', async () => {
		const { page, context } = await openApp(browser(), '/?map=7/43.2565/76.9285&v=1');
		const [x, y] = await page.evaluate(() => window.__atlas!.project(76.9285, 43.2565));
		const box = (await page.locator('.map').boundingBox())!;
		await page.mouse.click(box.x + x, box.y + y);
		await page.getByTestId('picklist').waitFor();
		expect(
			await page.evaluate(() => !!document.activeElement?.closest('[data-testid="picklist"]'))
		).toBe(true);
		await page.keyboard.press('Escape');
		expect(await page.getByTestId('picklist').count()).toBe(0);
		expect(await page.evaluate(() => !!document.activeElement?.closest('.map'))).toBe(true);
		await context.close();
	});
});
