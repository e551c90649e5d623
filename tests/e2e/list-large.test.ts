/**
 * The list at scale: with 10,000 synthetic projects served in place of the real ones, the list
 * keeps only the rows in its view in the DOM, scrolls to the last record, sorts, and comes back
 * to a row far down after opening it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticProjects } from '../../scripts/synthetic';
import { LIST_ROWS, SMALL, appUrl, useBrowser, waitForIdle } from './helpers';

const browser = useBrowser();

const PROJECTS = 10_000;
const synthetic = JSON.stringify(syntheticProjects(PROJECTS));
/** What the list holds: the synthetic projects and the real plants and mines. */
const names = [
	...syntheticProjects(PROJECTS).features.map((f) => f.properties.name),
	...['plants', 'mines'].flatMap((layer) =>
		(
			JSON.parse(readFileSync(`geodata/${layer}.geojson`, 'utf8')) as {
				features: { properties: { name: string } }[];
			}
		).features.map((f) => f.properties.name)
	)
].sort(new Intl.Collator('en').compare);

async function openLarge(path: string) {
	const context = await browser().newContext({ viewport: SMALL });
	const origin = new URL(appUrl('/')).origin;
	await context.route('**/*', (route) =>
		route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient')
	);
	// Registered last, so it runs first for the projects file.
	await context.route(/projects[^/]*\.geojson/, (route) =>
		route.fulfill({ contentType: 'application/json', body: synthetic })
	);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
	});
	await page.goto(appUrl(path));
	await waitForIdle(page);
	return { context, page, errors };
}

const rendered = (page: Page) => page.locator(LIST_ROWS).count();
const rowAt = (page: Page, rowIndex: number) =>
	page.locator(`${LIST_ROWS}[aria-rowindex="${rowIndex}"]`);
const nameAt = async (page: Page, rowIndex: number) =>
	(await rowAt(page, rowIndex).locator('button.name').textContent())!.trim();
const scrollListTo = (page: Page, where: 'top' | 'bottom') =>
	page.getByTestId('list-scroller').evaluate((el, where) => {
		el.scrollTop = where === 'top' ? 0 : el.scrollHeight;
	}, where);

describe('list with 10,000 projects', () => {
	it('renders only the rows in view, reaches the last record and sorts', async () => {
		const { page, context, errors } = await openLarge('/?panel=list&v=1');
		const total = names.length;
		await expect
			.poll(() => page.getByTestId('list-count').textContent(), { timeout: 30_000 })
			.toBe(`${total} shown`);
		const table = page.locator('[data-testid="list"] table');
		expect(await table.getAttribute('aria-rowcount')).toBe(String(total + 1));
		const first = await rendered(page);
		expect(first).toBeGreaterThan(0);
		expect(first).toBeLessThan(200);
		expect(await nameAt(page, 2)).toBe(names[0]);

		// Scrolled to the bottom: the last record in name order is there, in view.
		await scrollListTo(page, 'bottom');
		const last = rowAt(page, total + 1);
		await last.waitFor();
		expect(await nameAt(page, total + 1)).toBe(names.at(-1));
		expect(await last.isVisible()).toBe(true);
		const box = (await last.boundingBox())!;
		const scroller = (await page.getByTestId('list-scroller').boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(scroller.y + scroller.height + 1);
		expect(await rendered(page)).toBeLessThan(200);

		// Name descending: the last name comes first, from the top.
		const nameHeader = page.getByRole('columnheader', { name: /Name/ });
		await nameHeader.getByRole('button').click();
		await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
		await expect.poll(() => nameAt(page, 2)).toBe(names.at(-1));
		expect(await nameAt(page, 3)).toBe(names.at(-2));
		expect(await page.getByTestId('list-scroller').evaluate((el) => el.scrollTop)).toBe(0);

		// Year, latest first (years start descending): records with no year come last.
		const yearHeader = page.getByRole('columnheader', { name: /Year/ });
		await yearHeader.getByRole('button').click();
		await expect.poll(() => yearHeader.getAttribute('aria-sort')).toBe('descending');
		const years = await page
			.locator(`${LIST_ROWS} td:last-child`)
			.evaluateAll((cells) => cells.map((c) => Number(c.textContent)));
		expect(years.every((y) => Number.isInteger(y))).toBe(true);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		// The synthetic projects' years run from 1995 to 2024.
		expect(years[0]).toBeGreaterThanOrEqual(2024);
		await scrollListTo(page, 'bottom');
		await rowAt(page, total + 1).waitFor();
		expect(
			await rowAt(page, total + 1)
				.locator('td:last-child')
				.textContent()
		).toBe('—');
		expect(await rendered(page)).toBeLessThan(200);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('opens a record far down the list and comes back to its row, focused, in its order', async () => {
		const { page, context, errors } = await openLarge('/?panel=list&v=1');
		const total = names.length;
		const yearHeader = page.getByRole('columnheader', { name: /Year/ });
		await yearHeader.getByRole('button').click();
		await expect.poll(() => yearHeader.getAttribute('aria-sort')).toBe('descending');
		await scrollListTo(page, 'bottom');
		const row = rowAt(page, total + 1);
		await row.waitFor();
		const id = (await row.getAttribute('data-id'))!;
		const name = (await row.locator('button.name').textContent())!.trim();
		await row.locator('button.name').click();
		await expect.poll(() => page.locator('#detail-heading').textContent()).toBe(name);
		// The list is gone while the record is open; back to it, still by year, at the bottom
		// with the row focused.
		await page.getByRole('button', { name: '← Back to list' }).click();
		await expect
			.poll(() =>
				page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id'))
			)
			.toBe(id);
		expect(await yearHeader.getAttribute('aria-sort')).toBe('descending');
		expect(await page.locator(`${LIST_ROWS}[data-id="${id}"]`).isVisible()).toBe(true);
		expect(await rendered(page)).toBeLessThan(200);
		expect(errors).toEqual([]);
		// The order is in the link: it reopens the list in it.
		await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('-year');
		const again = await openLarge(`/${new URL(page.url()).search}`);
		const yearAgain = again.page.getByRole('columnheader', { name: /Year/ });
		await expect.poll(() => yearAgain.getAttribute('aria-sort')).toBe('descending');
		expect(again.errors).toEqual([]);
		await again.context.close();
		await context.close();
	});

	it('keeps the keyboard focus on a row scrolled far away, and the arrow keys go on from it', async () => {
		const { page, context, errors } = await openLarge('/?panel=list&v=1');
		const focusedId = () =>
			page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id') ?? null);
		const second = rowAt(page, 3);
		await second.waitFor();
		const id = (await second.getAttribute('data-id'))!;
		await second.locator('button.name').focus();
		expect(await focusedId()).toBe(id);
		// Scrolled (as a wheel or the scrollbar would) to the far end: thousands of rows away.
		await scrollListTo(page, 'bottom');
		await rowAt(page, names.length + 1).waitFor();
		expect(await focusedId()).toBe(id);
		expect(await rendered(page)).toBeLessThan(200);
		// The next row is the one after it, brought back into view.
		await page.keyboard.press('ArrowDown');
		await expect.poll(focusedId).toBe(await rowAt(page, 4).getAttribute('data-id'));
		expect(await nameAt(page, 4)).toBe(names[2]);
		expect(await rowAt(page, 4).isVisible()).toBe(true);
		// A row from the middle: kept above the window once scrolled to the end, below it at the
		// top; the focus stays on it through jumps from one side to the other.
		const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await blur();
		await page.getByTestId('list-scroller').evaluate((el) => {
			el.scrollTop = el.scrollHeight / 2;
		});
		await expect
			.poll(async () => Number(await page.locator(LIST_ROWS).first().getAttribute('aria-rowindex')))
			.toBeGreaterThan(1000);
		const middle = page.locator(LIST_ROWS).nth(10);
		const middleId = (await middle.getAttribute('data-id'))!;
		await middle.locator('button.name').focus();
		for (const where of ['bottom', 'top', 'bottom'] as const) {
			await scrollListTo(page, where);
			await rowAt(page, where === 'top' ? 2 : names.length + 1).waitFor();
			expect(await focusedId()).toBe(middleId);
		}
		const kept = page.locator(`${LIST_ROWS}[data-id="${middleId}"]`);
		expect(await kept.count()).toBe(1);
		expect(await rendered(page)).toBeLessThan(200);
		// Focus elsewhere: the row is no longer kept, the window holds only the rows in view.
		await blur();
		await expect.poll(() => kept.count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});
