/**
 * Accessibility: axe-core finds no serious or critical violations in each panel, and everything
 * can be reached and used from the keyboard.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { LIST_ROWS, listRowAt, useBrowser, openApp } from './helpers';

const browser = useBrowser();

describe('accessibility', () => {
	it.each(['layers', 'filters', 'list', 'stats', 'compare', 'route'])(
		'axe finds no serious violations with the %s panel open',
		async (panel) => {
			const { page, context } = await openApp(browser(), `/?panel=${panel}&sel=plant-toktogul&v=1`);
			const results = await new AxeBuilder({ page })
				// The map canvas is covered by the list, its text alternative.
				.exclude('.maplibregl-canvas')
				.analyze();
			const serious = results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(', ')}`
				);
			expect(serious).toEqual([]);
			await context.close();
		}
	);

	it('works from the keyboard: search, choose a result, read it, reach the tabs', async () => {
		const { page, context } = await openApp(browser());
		await page.keyboard.press('Tab');
		// The first stop is the skip link, then the search box.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
			'Skip to the side panel'
		);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
		await page.keyboard.type('Toktogul');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.getByTestId('detail-panel').waitFor();
		// Tab onwards reaches the panel tabs, and Enter on one opens it.
		let reached = false;
		for (let i = 0; i < 20 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = (await page.evaluate(() => document.activeElement?.getAttribute('role'))) === 'tab';
		}
		expect(reached).toBe(true);
		const focusVisible = await page.evaluate(
			() => getComputedStyle(document.activeElement!).outlineStyle
		);
		expect(focusVisible).not.toBe('none');
		await context.close();
	});

	it('the skip link moves focus into the side panel', async () => {
		const { page, context } = await openApp(browser());
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-body');
		await context.close();
	});

	it('a record opened from the list takes focus; Back to list returns to its row', async () => {
		const { page, context } = await openApp(browser(), '/?panel=list&v=1');
		// Far down the list: not among the rows rendered when it opens.
		const row = await listRowAt(page, 120);
		const id = (await row.getAttribute('data-id'))!;
		const name = (await row.locator('button.name').textContent())!.trim();
		await row.locator('button.name').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
		expect(await page.locator('#detail-heading').textContent()).toBe(name);
		await page.getByRole('button', { name: '← Back to list' }).click();
		await expect
			.poll(() =>
				page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-id'))
			)
			.toBe(id);
		// The row is scrolled into view, not left below the fold nor under the sticky header.
		const back = page.locator(`${LIST_ROWS}[data-id="${id}"]`);
		expect(await back.getAttribute('aria-rowindex')).toBe('122');
		expect(await back.isVisible()).toBe(true);
		const box = (await back.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(600);
		const scroller = (await page.getByTestId('list-scroller').boundingBox())!;
		const head = (await page.locator('[data-testid="list"] thead').boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(head.y + head.height - 1);
		expect(box.y + box.height).toBeLessThanOrEqual(scroller.y + scroller.height + 1);
		await context.close();
	});

	it('arrow keys, Home and End move between the list rows, rendering them as needed', async () => {
		const { page, context, errors } = await openApp(browser(), '/?panel=list&v=1');
		const total = Number(
			await page.locator('[data-testid="list"] table').getAttribute('aria-rowcount')
		);
		const focusedRow = () =>
			page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'));
		await page.locator(`${LIST_ROWS}[aria-rowindex="2"] button.name`).focus();
		await page.keyboard.press('ArrowDown');
		await expect.poll(focusedRow).toBe('3');
		await page.keyboard.press('ArrowUp');
		await expect.poll(focusedRow).toBe('2');
		// Up from the first row stays there.
		await page.keyboard.press('ArrowUp');
		await expect.poll(focusedRow).toBe('2');
		await page.keyboard.press('End');
		await expect.poll(focusedRow).toBe(String(total));
		expect(await page.locator(`${LIST_ROWS}[aria-rowindex="${total}"]`).isVisible()).toBe(true);
		await page.keyboard.press('Home');
		await expect.poll(focusedRow).toBe('2');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('arrow keys move between the panel tabs and open them', async () => {
		const { page, context } = await openApp(browser(), '/?panel=filters&v=1');
		await page.getByRole('tab', { name: 'Filters' }).focus();
		await page.keyboard.press('ArrowRight');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-list');
		await expect.poll(() => new URL(page.url()).searchParams.get('panel')).toBe('list');
		await page.keyboard.press('Home');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-layers');
		await page.keyboard.press('ArrowLeft');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-route');
		// Only the selected tab is in the Tab order.
		expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
		await context.close();
	});
});
