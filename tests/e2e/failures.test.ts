/**
 * Failures are visible and contained: a map that can't draw says so with a way out, one bad record
 * doesn't hide its layer, every page works with and without its trailing slash, normal use logs no
 * CSP violation, and a drag that ends over the pick list doesn't leave the map stuck.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, SMALL, appUrl, openApp, useBrowser, waitForIdle } from './helpers';

const browser = useBrowser();

/** A fresh page whose requests matching `pattern` are answered by `fulfill`. */
async function pageWith(
	pattern: RegExp,
	fulfill: Parameters<BrowserContext['route']>[1]
): Promise<{ context: BrowserContext; page: Page; warnings: string[] }> {
	const context = await browser().newContext({ viewport: SMALL });
	await context.route(pattern, fulfill);
	const page = await context.newPage();
	const warnings: string[] = [];
	page.on('console', (m) => warnings.push(m.text()));
	return { context, page, warnings };
}

async function expectMapError(page: Page, text: RegExp) {
	await page.waitForSelector('[data-map-state="error"]', { state: 'attached', timeout: 30_000 });
	const alert = page.getByRole('alert').filter({ hasText: 'can’t be shown' });
	expect(await alert.textContent()).toMatch(text);
	expect(await alert.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
}

describe('a map that cannot draw says so', () => {
	it('when its worker script fails to load', async () => {
		const { context, page } = await pageWith(/\/workers\/maplibre\.worker-[^/]*\.js/, (route) =>
			route.fulfill({ status: 404, body: 'gone' })
		);
		await page.goto(appUrl('/'));
		await expectMapError(page, /worker/i);
		await context.close();
	});

	for (const file of ['countries', 'borders', 'labels'])
		it(`when basemap/${file}.geojson is truncated`, async () => {
			const { context, page } = await pageWith(new RegExp(`basemap/${file}\\.geojson`), (route) =>
				route.fulfill({ contentType: 'application/json', body: '{"type":"FeatureCollection","fe' })
			);
			await page.goto(appUrl('/'));
			await expectMapError(page, new RegExp(`basemap file ${file}\\.geojson could not be loaded`));
			await context.close();
		});

	it('and a missing label font gets a notice while the map still draws', async () => {
		const { context, page } = await pageWith(/fonts\/.*\.woff2/, (route) =>
			route.fulfill({ status: 404, body: 'gone' })
		);
		await page.goto(appUrl('/'));
		await waitForIdle(page);
		expect(await page.getByRole('status').filter({ hasText: 'label font' }).isVisible()).toBe(true);
		await context.close();
	});

	it('and a healthy map shows neither', async () => {
		const { page, context, errors } = await openApp(browser());
		expect(await page.locator('[data-map-state="error"]').count()).toBe(0);
		expect(await page.getByText('label font').count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('one bad record', () => {
	it('is left out and named; the rest of its layer still draws', async () => {
		const projects = JSON.parse(readFileSync('geodata/projects.geojson', 'utf8'));
		const bad = projects.features[3];
		bad.properties.sources[0].url = 'javascript:alert(1)';
		const { context, page } = await pageWith(/projects[^/]*\.geojson/, (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify(projects) })
		);
		await page.goto(appUrl('/'));
		await waitForIdle(page);
		const alert = page.getByRole('alert').filter({ hasText: 'left out' });
		expect(await alert.textContent()).toContain(
			`projects.geojson, record ${bad.properties.id}: sources.0.url: must be an http(s) URL`
		);
		const listed = await page.getByRole('tab', { name: /^List/ }).textContent();
		const total =
			projects.features.length +
			JSON.parse(readFileSync('geodata/plants.geojson', 'utf8')).features.length +
			JSON.parse(readFileSync('geodata/mines.geojson', 'utf8')).features.length;
		expect(listed).toBe(`List (${total - 1})`);
		await context.close();
	});
});

describe('trailing slashes', () => {
	for (const path of ['/plants/plant-toktogul', '/projects/uzb-syrdarya-2-ccgt'])
		for (const slash of ['', '/'])
			it(`${path}${slash} opens its record with every asset found`, async () => {
				const { page, context, errors } = await openApp(browser(), `${path}${slash}`);
				const failed: string[] = [];
				page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
				expect(new URL(page.url()).pathname).toBe(`${path}/`);
				expect(await page.getByTestId('detail-panel').isVisible()).toBe(true);
				expect(errors).toEqual([]);
				expect(failed).toEqual([]);
				await context.close();
			});

	for (const path of ['/methods', '/methods/'])
		it(`${path} renders the Methods page`, async () => {
			const context = await browser().newContext({ viewport: SMALL });
			const page = await context.newPage();
			const failed: string[] = [];
			page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
			await page.goto(appUrl(path));
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/method/i);
			expect(failed).toEqual([]);
			await context.close();
		});
});

describe('content security policy in normal use', () => {
	it('logs no violation on the map, its panels, a record page and the Methods page', async () => {
		const context = await browser().newContext({ viewport: SMALL });
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (m) => m.text().startsWith('CSP') && violations.push(m.text()));
		for (const path of ['/?panel=stats', '/?panel=compare', '/plants/plant-toktogul/']) {
			await page.goto(appUrl(path));
			await waitForIdle(page);
		}
		await page.goto(appUrl('/methods/'));
		await page.getByRole('heading', { level: 1 }).waitFor();
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toMatch(/style-src 'self'(;|$)/);
		expect(csp).toMatch(/worker-src 'self'(;|$)/);
		expect(violations).toEqual([]);
		await context.close();
	});
});

describe('a drag that ends over the pick list', () => {
	it('closes the list and leaves the map moving, idle and in the URL', async () => {
		// Tashkent, where many country-wide programmes share one position: a click lists them.
		const { page, context } = await openApp(browser(), '/?map=11/41.2995/69.2401&v=1', {
			viewport: DESKTOP
		});
		const [x, y] = await page.evaluate(() => window.__atlas!.project(69.2401, 41.2995));
		const box = (await page.locator('.map').boundingBox())!;
		await page.mouse.click(box.x + x, box.y + y);
		const list = page.getByTestId('picklist');
		await list.waitFor();
		const listBox = (await list.boundingBox())!;
		const start = new URL(page.url()).searchParams.get('map');
		// Press on the map away from the list, drag, and let go over where the list was.
		await page.mouse.move(box.x + x - 200, box.y + y - 150);
		await page.mouse.down();
		await page.mouse.move(listBox.x + 20, listBox.y + 20, { steps: 8 });
		await page.mouse.up();
		await expect.poll(() => list.count(), { timeout: 30_000 }).toBe(0);
		await expect
			.poll(() => new URL(page.url()).searchParams.get('map'), { timeout: 30_000 })
			.not.toBe(start);
		await waitForIdle(page);
		// The wheel still zooms.
		const before = new URL(page.url()).searchParams.get('map')!;
		await page.mouse.move(box.x + 300, box.y + 300);
		await page.mouse.wheel(0, -400);
		await expect
			.poll(() => new URL(page.url()).searchParams.get('map')!.split('/')[0], { timeout: 30_000 })
			.not.toBe(before.split('/')[0]);
		await context.close();
	});
});

describe('the server behind npm start', () => {
	it('sends the security headers, caches hashed files forever and compresses', async () => {
		const page = await fetch(appUrl('/'));
		expect(page.headers.get('content-security-policy')).toBe(
			"frame-ancestors *; object-src 'none'; base-uri 'self'; form-action 'self'"
		);
		expect(page.headers.get('x-content-type-options')).toBe('nosniff');
		expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(page.headers.get('cache-control')).toBe('no-cache');
		const chunk = /_app\/immutable\/entry\/start\.[^"]+\.js/.exec(await page.text())![0];
		const js = await fetch(appUrl(`/${chunk}`), { headers: { 'accept-encoding': 'br' } });
		expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(js.headers.get('content-encoding')).toBe('br');
	});

	it('redirects a page asked for without its slash, keeping the query', async () => {
		const res = await fetch(appUrl('/plants/plant-toktogul?sel=plant-nurek&v=1'), {
			redirect: 'manual'
		});
		expect(res.status).toBe(308);
		expect(res.headers.get('location')).toBe('/plants/plant-toktogul/?sel=plant-nurek&v=1');
	});

	it('accepts a 20,000-character link, and the app drops the over-long part with a notice', async () => {
		const q = 'x'.repeat(20_000);
		expect((await fetch(appUrl(`/?q=${q}`))).status).toBe(200);
		const { page, context } = await openApp(browser(), `/?sector=power&q=${q}`);
		expect(await page.getByRole('status').filter({ hasText: 'Search:' }).textContent()).toMatch(
			/longer than 200 characters/
		);
		await expect.poll(() => page.url()).toBe(appUrl('/?sector=power&v=1'));
		await context.close();
	});
});

describe('when a script fails to download', () => {
	/** The built file holding MapLibre (the biggest script that names it): the app needs it to start. */
	const maplibreChunk = readdirSync('build/_app/immutable/chunks')
		.filter((f) => f.endsWith('.js'))
		.filter((f) => readFileSync(`build/_app/immutable/chunks/${f}`, 'utf8').includes('maplibre'))
		.sort(
			(a, b) =>
				statSync(`build/_app/immutable/chunks/${b}`).size -
				statSync(`build/_app/immutable/chunks/${a}`).size
		)[0]!;

	/** A fresh page whose requests for `failing` (while it is set) fail as a reset connection. */
	async function openFailing(path: string, failing: { file: string | null }) {
		const context = await browser().newContext({ viewport: SMALL });
		const origin = new URL(appUrl('/')).origin;
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (!url.startsWith(origin)) return route.abort('blockedbyclient');
			if (failing.file && url.includes(failing.file)) return route.abort('connectionreset');
			return route.continue();
		});
		const page = await context.newPage();
		await page.goto(appUrl(path));
		return { context, page };
	}
	const kazakhstanChecked = (page: Page) =>
		page.getByRole('checkbox', { name: 'Kazakhstan', exact: true }).isChecked();

	it('the map library: the error page says so, and Reload reopens the same view', async () => {
		const failing = { file: `/${maplibreChunk}` as string | null };
		const { context, page } = await openFailing('/?panel=filters&country=KAZ&v=1', failing);
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
			.toBe('This page could not be loaded');
		failing.file = null;
		await page.getByRole('button', { name: 'Reload' }).click();
		await waitForIdle(page);
		expect(await kazakhstanChecked(page)).toBe(true);
		await context.close();
	});

	it('the start-up script: a notice says the atlas has not started; its link reopens the same view', async () => {
		const failing = { file: '/_app/immutable/entry/start.' as string | null };
		const { context, page } = await openFailing('/?panel=filters&country=KAZ&v=1', failing);
		const notice = page.getByRole('alert').filter({ hasText: 'The atlas has not started yet' });
		await expect.poll(() => notice.isVisible(), { timeout: 45_000 }).toBe(true);
		const reload = notice.getByRole('link', { name: 'Reload the page' });
		expect(await reload.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(page.url());
		// The network is back: the atlas starts in the same view, and the notice is gone for good.
		failing.file = null;
		await reload.click();
		await waitForIdle(page);
		expect(await kazakhstanChecked(page)).toBe(true);
		expect(await page.locator('html').getAttribute('data-started')).toBe('');
		// Not merely not yet revealed: gone from the layout, whatever the time.
		expect(
			await page.locator('.startup-stalled').evaluate((el) => getComputedStyle(el).display)
		).toBe('none');
		await context.close();
	});
});

describe('after the server goes away', () => {
	it('following a link shows a friendly message, not a bare error', async () => {
		const { page, context } = await openApp(browser(), '/?panel=compare&v=1');
		await context.route('**/*', (route) => route.abort('connectionrefused'));
		await page.getByRole('link', { name: /How these figures are computed/ }).click();
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
			.toBe('This page could not be loaded');
		expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
		await context.close();
	});

	it('an unknown record shows a page that leads back to the map', async () => {
		const context = await browser().newContext({ viewport: SMALL });
		const page = await context.newPage();
		const response = await page.goto(appUrl('/projects/does-not-exist/'));
		expect(response?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('No such page');
		expect(await page.getByRole('link', { name: /Back to the map/ }).count()).toBe(1);
		// Its search opens the atlas's list with the query.
		await page.getByLabel('Search the atlas').fill('Aktau');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByTestId('list').waitFor();
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Aktau');
		await context.close();
	});
});

describe('on a plain static host (Python’s http.server)', () => {
	let host: ChildProcess | undefined;
	let origin = '';
	beforeAll(async () => {
		host = spawn('python3', [
			'-m',
			'http.server',
			'0',
			'--bind',
			'127.0.0.1',
			'--directory',
			'build'
		]);
		origin = await new Promise<string>((resolve, reject) => {
			host!.stdout!.on('data', (chunk: Buffer) => {
				const port = /port (\d+)/.exec(chunk.toString())?.[1];
				if (port) resolve(`http://127.0.0.1:${port}`);
			});
			host!.on('error', reject);
		});
	});
	afterAll(() => {
		host?.kill();
	});

	for (const path of ['/plants/plant-toktogul', '/plants/plant-toktogul/', '/methods'])
		it(`${path} works, every asset found`, async () => {
			const context = await browser().newContext({ viewport: SMALL });
			const page = await context.newPage();
			const failed: string[] = [];
			page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
			await page.goto(`${origin}${path}`);
			if (path.startsWith('/plants')) {
				await waitForIdle(page);
				expect(await page.getByTestId('detail-panel').isVisible()).toBe(true);
			} else await page.getByRole('heading', { level: 1 }).waitFor();
			expect(failed).toEqual([]);
			await context.close();
		});
});
