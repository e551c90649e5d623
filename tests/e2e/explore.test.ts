/**
 * Finding things: filters change the list and the map together; search finds variant spellings
 * and flies to the record; back and forward step through filter changes.
 */
import { describe, expect, it } from 'vitest';
import {
	DESKTOP,
	allListIds,
	downloadText,
	useBrowser,
	openApp,
	waitForIdle,
	waitForRerender
} from './helpers';

const browser = useBrowser();

const renderedFilterable = (page: import('playwright-core').Page) =>
	page.evaluate(async () =>
		(
			await Promise.all(
				(['projects', 'plants', 'mines'] as const).map((l) => window.__atlas!.renderedIds(l))
			)
		).flat()
	);
/** Every listed id (the list renders only the rows in its view: this scrolls through it). */
const listIds = async (page: import('playwright-core').Page) => {
	await page.getByTestId('list').waitFor();
	return allListIds(page);
};

describe('filters', () => {
	it('ticking a country and a sector changes the list and the map alike', async () => {
		// Desktop size: the whole region's rendered features are compared with the list.
		const { page, context, errors } = await openApp(browser(), '/?panel=filters', {
			viewport: DESKTOP
		});
		const country = page.getByRole('group', { name: 'Country', exact: true });
		const sector = page.getByRole('group', { name: 'Sector', exact: true });
		await waitForRerender(page, () =>
			country.getByRole('checkbox', { name: 'Uzbekistan', exact: true }).check()
		);
		await waitForRerender(page, () =>
			sector.getByRole('checkbox', { name: 'Power generation & grid', exact: true }).check()
		);
		await expect.poll(() => page.url()).toMatch(/country=UZB/);
		await expect.poll(() => page.url()).toMatch(/sector=power/);
		const summary = await page.getByText(/ of \d+ records/).textContent();
		const matching = Number(summary!.split(' ')[0]);
		expect(matching).toBeGreaterThan(0);

		await page.getByRole('tab', { name: /List/ }).click();
		const ids = await listIds(page);
		expect(ids.length).toBe(matching);
		expect(await page.getByTestId('list-count').textContent()).toBe(`${matching} shown`);
		// Every listed record is drawn, and nothing else of the filtered layers is (whole region in view).
		await page.goto(page.url().replace(/&?map=[^&]*/, ''));
		await waitForIdle(page);
		expect((await renderedFilterable(page)).sort()).toEqual([...ids].sort());
		expect(errors).toEqual([]);
		await context.close();
	});

	it('the map follows filters narrowed, widened and undone in the page as a fresh load of the link draws them', async () => {
		const { page, context, errors } = await openApp(browser(), '/?panel=filters', {
			viewport: DESKTOP
		});
		const country = page.getByRole('group', { name: 'Country', exact: true });
		const box = (name: string) => country.getByRole('checkbox', { name, exact: true });
		const sends = () => page.evaluate(() => window.__atlas!.pointSends());
		/** The records drawn (cluster leaves included) and the clusters: where, and how many each. */
		const view = async (on: typeof page) => ({
			ids: (await renderedFilterable(on)).sort(),
			clusters: await on.evaluate(() =>
				window
					.__atlas!.clusters()
					.map((c) => `${c.lon.toFixed(4)} ${c.lat.toFixed(4)} ${c.count}`)
					.sort()
			)
		});
		/** What the same link draws when opened afresh (its points sent whole). */
		const viewFresh = async (url: string) => {
			const fresh = await openApp(browser(), url, { viewport: DESKTOP });
			const seen = await view(fresh.page);
			expect(fresh.errors).toEqual([]);
			await fresh.context.close();
			return seen;
		};
		await waitForIdle(page);
		const start = await sends();
		// Narrowed from every record: the map is given only the ids hidden, and draws the same
		// records and the same clusters as the link opened afresh.
		await waitForRerender(page, () => box('Uzbekistan').check());
		expect(await sends()).toEqual({ ...start, diff: start.diff + 1 });
		const uzbekistan = await view(page);
		expect(uzbekistan.ids.length).toBeGreaterThan(0);
		expect(uzbekistan).toEqual(await viewFresh(page.url()));
		// Widened: the points shown again go whole.
		await waitForRerender(page, () => box('Kyrgyzstan').check());
		await expect.poll(() => page.url()).toMatch(/country=[A-Z,]*KGZ/);
		expect(await sends()).toEqual({ whole: start.whole + 1, diff: start.diff + 1 });
		const both = await view(page);
		expect(both.ids.length).toBeGreaterThan(uzbekistan.ids.length);
		expect(both.ids).toEqual(expect.arrayContaining(uzbekistan.ids));
		// Narrowed again, as a diff: the same view as before.
		await waitForRerender(page, () => box('Kyrgyzstan').uncheck());
		expect(await sends()).toEqual({ whole: start.whole + 1, diff: start.diff + 2 });
		expect(await view(page)).toEqual(uzbekistan);
		// Ticked and unticked before the frame that would send the first change: nothing is sent,
		// and the map, busy after the first click, settles as it was.
		const before = await sends();
		const stateBetween = await box('Tajikistan').evaluate(async (input) => {
			(input as HTMLInputElement).click();
			// The app reacts in microtasks; no frame can be painted between them.
			for (let i = 0; i < 3; i++) await Promise.resolve();
			const state = document.querySelector('.map')!.getAttribute('data-map-state');
			(input as HTMLInputElement).click();
			return state;
		});
		expect(stateBetween).toBe('busy');
		await expect(box('Tajikistan').isChecked()).resolves.toBe(false);
		await waitForIdle(page);
		expect(await sends()).toEqual(before);
		expect(await view(page)).toEqual(uzbekistan);
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	it('a range keeps records with no value until the user leaves them out', async () => {
		const { page, context, errors } = await openApp(browser(), '/?year=1900-2060&panel=filters', {
			viewport: DESKTOP
		});
		const counts = async () => {
			const [shown, total] = (await page.getByText(/ of \d+ records/).textContent())!
				.match(/\d+/g)!
				.map(Number);
			return { shown: shown!, total: total! };
		};
		// The whole year range is every record: mines and plants with no year stay.
		const all = await counts();
		expect(all.shown).toBe(all.total);
		const years = page.getByRole('group', { name: 'Year agreed or started' });
		const box = years.getByRole('checkbox', { name: 'Include records with no year' });
		expect(await box.isChecked()).toBe(true);
		const noYear = Number(
			await years
				.locator('.unknown .n')
				.first()
				.innerText()
				.then((t) => t.match(/\d+/)![0])
		);
		expect(noYear).toBeGreaterThan(10);
		await waitForRerender(page, () => box.uncheck());
		await expect.poll(() => page.url()).toMatch(/known=year/);
		expect((await counts()).shown).toBe(all.total - noYear);
		// The map agrees with the list.
		await page.getByRole('tab', { name: /List/ }).click();
		const ids = await listIds(page);
		expect(ids.length).toBe(all.total - noYear);
		await page.goto(page.url().replace(/&?map=[^&]*/, ''));
		await waitForIdle(page);
		expect((await renderedFilterable(page)).sort()).toEqual([...ids].sort());
		expect(errors).toEqual([]);
		await context.close();
	});

	it('every participant can be chosen: top ones first, then all with a search-within-list', async () => {
		const { page, context, errors } = await openApp(browser(), '/?panel=filters');
		const group = page.getByRole('group', { name: 'Japanese participant or financier' });
		expect(await group.getByRole('checkbox').count()).toBe(14);
		expect(await group.getByRole('checkbox', { name: 'IHI', exact: true }).count()).toBe(0);
		const more = group.getByRole('button', { name: /^Show all \d+$/ });
		const total = Number((await more.textContent())!.match(/\d+/)![0]);
		await more.click();
		expect(await group.getByRole('checkbox').count()).toBe(total);
		await group.getByPlaceholder('Find a participant…').fill('ihi');
		const ihi = group.getByRole('checkbox', { name: 'IHI', exact: true });
		await waitForRerender(page, () => ihi.check());
		await expect.poll(() => new URL(page.url()).searchParams.get('fin')).toBe('IHI');
		// Back to the top list: the chosen one stays visible.
		await group.getByRole('button', { name: 'Show the top 14' }).click();
		expect(await group.getByRole('checkbox', { name: 'IHI', exact: true }).isChecked()).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('back and forward restore the previous filter', async () => {
		const { page, context } = await openApp(browser(), '/?panel=filters');
		const status = page.getByRole('group', { name: 'Status', exact: true });
		await status.getByRole('checkbox', { name: 'Operational', exact: true }).check();
		await status.getByRole('checkbox', { name: 'Planned', exact: true }).check();
		await expect.poll(() => page.url()).toMatch(/status=operational,planned/);
		await page.goBack();
		await expect.poll(() => page.url()).toMatch(/status=operational(&|$)/);
		await expect
			.poll(() => status.getByRole('checkbox', { name: 'Planned', exact: true }).isChecked())
			.toBe(false);
		await expect
			.poll(() => status.getByRole('checkbox', { name: 'Operational', exact: true }).isChecked())
			.toBe(true);
		await page.goForward();
		await expect
			.poll(() => status.getByRole('checkbox', { name: 'Planned', exact: true }).isChecked())
			.toBe(true);
		await context.close();
	});

	it('clear-all empties every group', async () => {
		// One value in every group: the five lists, the year range and the amount range.
		const params = {
			country: 'KAZ',
			sector: 'power',
			priority: 'connectivity',
			status: 'operational',
			fin: 'JICA',
			year: '2010-2020',
			amount: '10-500'
		};
		const { page, context } = await openApp(
			browser(),
			`/?panel=filters&${new URLSearchParams(params)}&v=1`
		);
		const lists = [
			'Country',
			'Sector',
			'CA+JAD priority area',
			'Status',
			'Japanese participant or financier'
		].map((name) => page.getByRole('group', { name, exact: true }));
		const checkedCounts = () =>
			Promise.all(lists.map((g) => g.getByRole('checkbox', { checked: true }).count()));
		const year = page.getByRole('group', { name: 'Year agreed or started' });
		const amount = page.getByRole('group', { name: "Japan's financing, US$ million" });
		const ranges = [
			year.getByRole('spinbutton', { name: 'From' }),
			year.getByRole('spinbutton', { name: 'To' }),
			amount.getByRole('spinbutton', { name: 'Min' }),
			amount.getByRole('spinbutton', { name: 'Max' })
		];
		const rangeValues = () => Promise.all(ranges.map((r) => r.inputValue()));
		const summary = page.getByText(/^\d+ of \d+ records$/);
		const [matching, total] = (await summary.textContent())!.match(/\d+/g)!.map(Number);
		// Every group starts set, and the filters narrow the records.
		expect(await checkedCounts()).toEqual([1, 1, 1, 1, 1]);
		expect(await rangeValues()).toEqual(['2010', '2020', '10', '500']);
		expect(matching).toBeLessThan(total!);

		await page.getByRole('button', { name: 'Clear all' }).click();
		await expect.poll(checkedCounts).toEqual([0, 0, 0, 0, 0]);
		await expect.poll(rangeValues).toEqual(['', '', '', '']);
		await expect.poll(() => summary.textContent()).toBe(`${total} of ${total} records`);
		await expect
			.poll(() => [...new URL(page.url()).searchParams.keys()].filter((k) => k in params))
			.toEqual([]);
		await page.getByRole('tab', { name: /List/ }).click();
		expect(await page.getByTestId('list-count').textContent()).toBe(`${total} shown`);
		await context.close();
	});
});

describe('search', () => {
	it('finds Aktau by its Kazakh spelling and opens it', async () => {
		const { page, context, errors } = await openApp(browser());
		const box = page.getByRole('combobox', { name: /Search/ });
		await box.fill('Ақтау');
		const options = page.getByRole('option');
		await options.first().waitFor();
		const names = await options.allTextContents();
		expect(names.some((n) => /Aktau/.test(n))).toBe(true);
		// Keyboard: down to the first result, Enter chooses it.
		await box.press('ArrowDown');
		await box.press('Enter');
		const detail = page.getByTestId('detail-panel');
		await detail.waitFor();
		expect(await detail.getByRole('heading', { level: 2 }).textContent()).toMatch(/Aktau/);
		await expect.poll(() => page.url()).toMatch(/sel=/);
		await waitForIdle(page);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('finds Turkmenbashi written Türkmenbaşy', async () => {
		const { page, context } = await openApp(browser());
		await page.getByRole('combobox', { name: /Search/ }).fill('Türkmenbaşy');
		await page.getByRole('option').first().waitFor();
		expect((await page.getByRole('option').allTextContents()).join(' ')).toMatch(
			/Turkmenbashi|Türkmenbaşy/
		);
		await context.close();
	});
});

describe('export', () => {
	it('downloads exactly the filtered records, with their sources, as CSV and GeoJSON', async () => {
		const { page, context } = await openApp(browser(), '/?panel=list&country=TKM&v=1');
		const ids = (await listIds(page)).sort();
		expect(ids.length).toBeGreaterThan(0);
		const [csvDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'CSV' }).click()
		]);
		const csv = (await downloadText(csvDownload)).trim().split('\r\n');
		expect(csv[0]).toMatch(/^id,layer,name,name_ja,name_ru,countries,/);
		expect(
			csv
				.slice(1)
				.map((line) => line.split(',')[0])
				.sort()
		).toEqual(ids);
		expect(csv.slice(1).every((line) => /https?:\/\//.test(line))).toBe(true);
		const [geoDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'GeoJSON' }).click()
		]);
		const geo = JSON.parse(await downloadText(geoDownload));
		expect(geo.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(
			ids
		);
		expect(
			geo.features.every(
				(f: { properties: { sources: unknown[] } }) => f.properties.sources.length > 0
			)
		).toBe(true);
		// The file names the view that produced it.
		expect(geo.metadata.filter).toMatch(/[?&]country=TKM(&|$)/);
		await context.close();
	});

	it('"Only those in the map view" limits the export as it limits the list', async () => {
		const { page, context } = await openApp(browser(), '/?panel=list&map=7/41.3/69.3&v=1', {
			viewport: DESKTOP
		});
		await waitForIdle(page);
		const all = (await listIds(page)).length;
		await page.getByRole('checkbox', { name: 'Only those in the map view' }).check();
		const inView = (await listIds(page)).sort();
		expect(inView.length).toBeGreaterThan(0);
		expect(inView.length).toBeLessThan(all);
		await page
			.getByText(`Download the ${inView.length} filtered records in the map view`)
			.waitFor();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'GeoJSON', exact: true }).click()
		]);
		const geo = JSON.parse(await downloadText(download));
		expect(geo.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(
			inView
		);
		// The choice is in the link: the same view reopens with the list limited the same way.
		await expect.poll(() => new URL(page.url()).searchParams.get('inview')).toBe('1');
		const again = await openApp(browser(), `/${new URL(page.url()).search}`, {
			viewport: DESKTOP
		});
		await waitForIdle(again.page);
		expect(
			await again.page.getByRole('checkbox', { name: 'Only those in the map view' }).isChecked()
		).toBe(true);
		await expect.poll(async () => (await listIds(again.page)).sort()).toEqual(inView);
		await again.context.close();
		await context.close();
	});

	it('downloads the corridor segments and places from the Layers tab', async () => {
		const { page, context } = await openApp(browser(), '/?v=1');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Corridor segments and places as CSV' }).click()
		]);
		const rows = (await downloadText(download)).trim().split('\r\n').slice(1);
		const layers = new Set(rows.map((r) => r.split(',')[1]));
		expect(layers).toEqual(new Set(['corridors', 'places']));
		expect(rows.some((r) => r.startsWith('aktau-port,places,'))).toBe(true);
		expect(rows.filter((r) => r.split(',')[1] === 'corridors').length).toBeGreaterThan(30);
		await context.close();
	});
});
