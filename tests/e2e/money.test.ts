/**
 * Money as a reader sees it: the Statistics total is Japan's financing over the filtered records
 * (never project costs or targets) and says how many projects have no Japanese figure; a project's
 * detail shows each entry in its original currency with the converted US$, and the project cost
 * apart.
 */
import { describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/lib/data/records';
import { summarize } from '../../src/lib/data/stats';
import { matchesFilters } from '../../src/lib/state/filters';
import { EMPTY_FILTERS } from '../../src/lib/state/view';
import { readRequiredGeodata } from '../../src/lib/server/geodata';
import { GEODATA_FILES, type GeodataKey } from '../../src/lib/data/schemas';
import { useBrowser, openApp } from './helpers';

const browser = useBrowser();
const index = indexRecords(readRequiredGeodata(Object.keys(GEODATA_FILES) as GeodataKey[]));
/** Text as read: template whitespace folded to single spaces. */
const text = async (l: { textContent(): Promise<string | null> }) =>
	((await l.textContent()) ?? '').replace(/\s+/g, ' ');
const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });

describe('money', () => {
	it("Statistics for Uzbekistan total Japan's financing there and count projects without it", async () => {
		const kept = index.all.filter(
			(r) => r.facets && matchesFilters(r.facets, { ...EMPTY_FILTERS, countries: ['UZB'] })
		);
		const s = summarize(kept);
		// The project costs of the same records, which the total must not include.
		const costs = kept.reduce(
			(n, r) => n + (r.layer === 'projects' && r.props.projectCost ? 1 : 0),
			0
		);
		expect(costs).toBeGreaterThan(0);
		expect(s.projectsWithoutAmount).toBeGreaterThan(0);

		const { page, context } = await openApp(browser(), '/?panel=stats&country=UZB&v=1');
		const total = page.getByTestId('stats-total');
		await total.waitFor();
		expect(await text(total)).toContain(`US$${fmt(s.usdM)} million of Japan's financing`);
		expect(await text(page.getByTestId('stats-no-amount'))).toContain(
			`${s.projectsWithoutAmount} of ${s.projects} projects here have no sourced Japanese figure`
		);
		await context.close();
	});

	it('shows an announced target apart from the total', async () => {
		const { page, context } = await openApp(browser(), '/?panel=stats&v=1');
		const targets = page.getByTestId('stats-targets');
		await targets.waitFor();
		expect(await text(targets)).toMatch(
			/Not in the total: 1 announced target worth US\$[\d,]+ million \(provisional\)/
		);
		await context.close();
	});

	it('shows a yen loan with its converted US$, and the project cost apart', async () => {
		const { page, context } = await openApp(browser(), '/?sel=uzb-talimarjan-tpp-extension&v=1');
		const detail = page.getByTestId('detail-panel');
		await detail.waitFor();
		const table = detail.getByTestId('financing-table');
		// ¥27.423bn signed in 2010, at the 2010 average of 87.78 yen per US$: US$312 m.
		expect(await text(table)).toMatch(
			/JICA.*¥27\.42bn.*US\$312 m.*2010 average, 87\.78 JPY\/US\$/s
		);
		expect(await text(detail.getByTestId('financing-total'))).toContain('US$312 m');
		expect(
			await detail.getByRole('heading', { name: 'Project cost (all financiers)' }).count()
		).toBe(1);
		expect(await text(detail.getByTestId('project-cost'))).toMatch(
			/US\$1\.28bn.*not counted as Japan's money/s
		);
		await context.close();
	});

	it("explains where Statistics' By country differs from the country filter's counts", async () => {
		const { page, context } = await openApp(browser(), '/?panel=filters&v=1');
		const filterCount = async (code: string) =>
			Number(
				((await page.locator(`#count-countries-${code}`).textContent()) ?? '').match(/\d+/)![0]
			);
		const expected = { UZB: await filterCount('UZB'), TJK: await filterCount('TJK') };
		await page.getByRole('tab', { name: /Statistics/ }).click();
		const rows = page.getByTestId('stats').locator('table').first().locator('tbody tr');
		await rows.first().waitFor();
		for (const [code, name] of [
			['UZB', 'Uzbekistan'],
			['TJK', 'Tajikistan']
		] as const) {
			const row = rows.filter({
				has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) })
			});
			const own = Number(await row.locator('.n').textContent());
			const regional = Number(((await row.locator('.also').textContent()) ?? '').match(/\d+/)![0]);
			// The row's own count plus the cross-border records it names is the filter's count.
			expect(own + regional).toBe(expected[code]);
			expect(regional).toBeGreaterThan(0);
		}
		await context.close();
	});
});

describe('timeline', () => {
	it('draws a bar per year with an axis, filters by a click, widens by Shift-click, and reads as a table', async () => {
		const all = index.all.filter((r) => r.facets);
		const years = summarize(all).byYear.filter((b) => b.count > 0);
		const top = [...years].sort((a, b) => b.count - a.count)[0]!;
		const other = years.find((b) => Math.abs(Number(b.key) - Number(top.key)) >= 3)!;
		const { page, context, errors } = await openApp(browser(), '/?panel=stats&v=1');
		const timeline = page.getByTestId('timeline');
		await timeline.waitFor();
		expect(await timeline.getByRole('button').count()).toBe(years.length);
		const axis = (await page.locator('.axis').first().innerText()).match(/\d{4}/g)!.map(Number);
		expect(axis.length).toBeGreaterThanOrEqual(2);
		expect(axis[0]).toBeGreaterThanOrEqual(Number(years[0]!.key));

		const label = (b: { key: string; count: number }) =>
			`${b.key}: ${b.count} record${b.count === 1 ? '' : 's'}`;
		await timeline.getByRole('button', { name: label(top) }).click();
		await page.waitForURL(new RegExp(`year=${top.key}-${top.key}`));
		// Records with no year stay unless the user leaves them out (the filter's own box).
		const noYear = all.filter((r) => r.facets!.f_year === null).length;
		await expect
			.poll(() => text(page.getByTestId('stats-total')))
			.toMatch(new RegExp(`^ ?${top.count + noYear} records`));
		// The other years stay drawn (dimmed), so the range can be widened.
		await timeline.getByRole('button', { name: label(other) }).click({ modifiers: ['Shift'] });
		const [lo, hi] = [top.key, other.key].map(Number).sort((a, b) => a - b);
		await page.waitForURL(new RegExp(`year=${lo}-${hi}`));
		const inRange = all.filter(
			(r) => r.facets!.f_year !== null && r.facets!.f_year >= lo! && r.facets!.f_year <= hi!
		);
		await expect
			.poll(() => text(page.getByTestId('stats-total')))
			.toMatch(new RegExp(`^ ?${inRange.length + noYear} records`));
		await page.getByRole('button', { name: 'Show all years' }).click();
		await page.waitForURL((u) => !u.searchParams.has('year'));

		await page.getByText('Years as a table').click();
		const rows = page.getByTestId('timeline-table').locator('tbody tr');
		expect(await rows.count()).toBe(years.length);
		expect(await text(rows.first())).toMatch(
			new RegExp(`^ ?${years[0]!.key} ?${years[0]!.count}\\D`)
		);
		expect(errors).toEqual([]);
		await context.close();
	});
});
