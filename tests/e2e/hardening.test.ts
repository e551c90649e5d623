/**
 * Hardening: the Content-Security-Policy holds, hostile text in data renders as text, and a data
 * file that fails to load or validate is reported while the rest of the app keeps working.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SMALL, appUrl, useBrowser, openApp, waitForIdle } from './helpers';

const browser = useBrowser();

describe('content security policy', () => {
	it('ships a policy that allows no external origin and blocks injected inline script', async () => {
		const { page, context } = await openApp(browser());
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toMatch(/default-src 'self'/);
		expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
		expect(csp).not.toMatch(/https?:\/\//);
		const blocked = await page.evaluate(
			() =>
				new Promise<{ ran: boolean; violation: string }>((resolve) => {
					document.addEventListener('securitypolicyviolation', (e) =>
						resolve({
							ran: Boolean((window as { __inline?: number }).__inline),
							violation: e.violatedDirective
						})
					);
					const s = document.createElement('script');
					s.textContent = 'window.__inline = 1';
					document.head.append(s);
				})
		);
		expect(blocked).toEqual({ ran: false, violation: 'script-src-elem' });
		await context.close();
	});
});

describe('hostile and broken data', () => {
	const projects = JSON.parse(readFileSync('geodata/projects.geojson', 'utf8'));
	const hostile = structuredClone(projects.features[0]);
	hostile.properties.id = 'kaz-hostile-fixture';
	hostile.properties.name = '<img src=x onerror="window.__pwned=1">Hostile <b>name</b>';
	hostile.properties.description = '<script>window.__pwned=1</script> described';
	hostile.properties.sources[0].title = '<a href="javascript:alert(1)">click</a>';

	it('renders HTML and script inside data strings as text', async () => {
		const context = await browser().newContext({ viewport: SMALL });
		await context.route(/projects[^/]*\.geojson/, (route) =>
			route.fulfill({
				contentType: 'application/json',
				body: JSON.stringify({ ...projects, features: [...projects.features, hostile] })
			})
		);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(appUrl('/?sel=kaz-hostile-fixture&v=1'));
		await waitForIdle(page);
		const detail = page.getByTestId('detail-panel');
		expect(await detail.getByRole('heading', { level: 2 }).textContent()).toBe(
			hostile.properties.name
		);
		expect(await detail.textContent()).toContain('<script>window.__pwned=1</script> described');
		expect(await detail.locator('img, b, script').count()).toBe(0);
		expect(
			await detail.getByRole('link', { name: '<a href="javascript:alert(1)">click</a>' }).count()
		).toBe(1);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reports a data file that fails to load, and the other layers still draw', async () => {
		const context = await browser().newContext({ viewport: SMALL });
		await context.route(/plants[^/]*\.geojson/, (route) =>
			route.fulfill({ status: 500, body: 'boom' })
		);
		const page = await context.newPage();
		await page.goto(appUrl('/'));
		await waitForIdle(page);
		expect(
			await page.getByRole('alert').filter({ hasText: 'plants.geojson' }).textContent()
		).toMatch(/could not be shown: could not be loaded \(HTTP 500\)/);
		expect(
			(await page.evaluate(() => window.__atlas!.renderedIds('projects'))).length
		).toBeGreaterThan(0);
		expect(await page.evaluate(() => window.__atlas!.renderedIds('plants'))).toEqual([]);
		await context.close();
	});

	it('leaves out a record that fails validation, naming it and the field, and draws the rest', async () => {
		const mines = JSON.parse(readFileSync('geodata/mines.geojson', 'utf8'));
		const bad = mines.features[2].properties;
		bad.country = 'XXX';
		const context = await browser().newContext({ viewport: SMALL });
		await context.route(/mines[^/]*\.geojson/, (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify(mines) })
		);
		const page = await context.newPage();
		await page.goto(appUrl('/?layers=mines&v=1'));
		await waitForIdle(page);
		const alert = await page.getByRole('alert').filter({ hasText: 'mines.geojson' }).textContent();
		expect(alert).toContain(
			`mines.geojson, record ${bad.id}: country: unknown ISO 3166-1 alpha-3 country code "XXX"`
		);
		const drawn = await page.evaluate(() => window.__atlas!.renderedIds('mines'));
		expect(drawn).not.toContain(bad.id);
		expect(drawn.length).toBeGreaterThan(0);
		await context.close();
	});
});
