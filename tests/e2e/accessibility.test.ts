/**
 * Accessibility: axe-core finds no serious or critical violations in each panel, and everything
 * can be reached and used from the keyboard.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './helpers';

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
		// The first stop is the search box.
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
});
