/**
 * Opening the built app in Chromium, collecting what went wrong on the page, and refusing every
 * request that would leave the machine.
 */
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Download,
	type Page
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

/**
 * The run's one Chromium (started by global-setup.ts), connected to for a test file. Contexts a
 * test leaves open (say, after a failed assertion) are closed after it, so none outlives its test.
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await chromium.connect(inject('wsEndpoint'));
	});
	afterEach(async () => {
		await Promise.all(browser?.contexts().map((c) => c.close()) ?? []);
	});
	afterAll(async () => {
		// Disconnects; the browser itself is closed by the global teardown.
		await browser?.close();
	});
	return () => browser!;
}

/** For tests that read map pixels or depend on the layout: a desktop-sized window. */
export const DESKTOP = { width: 1280, height: 800 };
/** Everything else renders a smaller map, which SwiftShader draws faster. */
export const SMALL = { width: 800, height: 600 };

export interface OpenedApp {
	context: BrowserContext;
	page: Page;
	/** Uncaught exceptions and console errors. */
	errors: string[];
	/** Requests to any host but the app's own (each one was blocked). */
	externalRequests: string[];
}

export function appUrl(path = '/'): string {
	return new URL(path, inject('baseURL')).href;
}

export async function openApp(
	browser: Browser,
	path = '/',
	options: { viewport?: { width: number; height: number } } = {}
): Promise<OpenedApp> {
	const context = await browser.newContext({
		viewport: options.viewport ?? SMALL
	});
	const origin = new URL(inject('baseURL')).origin;
	const errors: string[] = [];
	const externalRequests: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:'))
			return route.continue();
		externalRequests.push(url);
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
	});
	await page.goto(appUrl(path));
	await waitForIdle(page);
	return { context, page, errors, externalRequests };
}

/** A download's content (streamed: a remote browser's download has no local path). */
export async function downloadText(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** Waits until the map container reports that MapLibre is idle with the data drawn. */
export async function waitForIdle(page: Page) {
	await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 30_000 });
}

/** Makes a change and waits until the map has re-rendered it and is idle again. */
export async function waitForRerender(page: Page, change: () => Promise<unknown>) {
	const before = Number(await page.getAttribute('.map', 'data-idle-count'));
	await change();
	await page.waitForFunction(
		(n) => Number(document.querySelector('.map')?.getAttribute('data-idle-count')) > n,
		before,
		{ timeout: 30_000 }
	);
	await waitForIdle(page);
}

export interface Rgb {
	r: number;
	g: number;
	b: number;
}

/**
 * The RGBA pixels of the map canvas in a box of 2·hw × 2·hh CSS pixels around a coordinate
 * (the map keeps its drawing buffer, so the canvas can be read).
 */
async function pixelsAround(
	page: Page,
	lon: number,
	lat: number,
	hw: number,
	hh: number
): Promise<number[]> {
	return page.evaluate(
		({ lon, lat, hw, hh }) => {
			const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
			const [x, y] = window.__atlas!.project(lon, lat);
			const ratio = canvas.width / canvas.clientWidth;
			const copy = document.createElement('canvas');
			copy.width = canvas.width;
			copy.height = canvas.height;
			const ctx = copy.getContext('2d')!;
			ctx.drawImage(canvas, 0, 0);
			const w = Math.max(1, Math.round(2 * hw * ratio));
			const h = Math.max(1, Math.round(2 * hh * ratio));
			return [
				...ctx.getImageData(Math.round(x * ratio - w / 2), Math.round(y * ratio - h / 2), w, h).data
			];
		},
		{ lon, lat, hw, hh }
	);
}

/** Reads the RGB colour of the map canvas at a geographic coordinate. */
export async function pixelAt(page: Page, lon: number, lat: number): Promise<Rgb> {
	const [r, g, b] = await pixelsAround(page, lon, lat, 0.5, 0.5);
	return { r: r!, g: g!, b: b! };
}

/** Counts dark (text-like) pixels in a box around a geographic coordinate. */
export async function darkPixelsAround(
	page: Page,
	lon: number,
	lat: number,
	halfWidth = 60,
	halfHeight = 14
): Promise<number> {
	const px = await pixelsAround(page, lon, lat, halfWidth, halfHeight);
	let dark = 0;
	for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 3 * 110) dark++;
	return dark;
}

/** Counts pixels of a colour in a box of 2·half CSS pixels square around a coordinate. */
export async function pixelsOfColourAround(
	page: Page,
	lon: number,
	lat: number,
	hex: string,
	half = 6,
	tolerance = 24
): Promise<number> {
	const px = await pixelsAround(page, lon, lat, half, half);
	let n = 0;
	for (let i = 0; i < px.length; i += 4)
		if (near({ r: px[i]!, g: px[i + 1]!, b: px[i + 2]! }, hex, tolerance)) n++;
	return n;
}

export function near(actual: Rgb, expectedHex: string, tolerance = 24): boolean {
	const n = parseInt(expectedHex.slice(1), 16);
	const e = { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
	return (
		Math.abs(actual.r - e.r) <= tolerance &&
		Math.abs(actual.g - e.g) <= tolerance &&
		Math.abs(actual.b - e.b) <= tolerance
	);
}

/**
 * The list renders only the rows in its view (and a few either side): these are its rendered
 * record rows (spacer rows carry no data-id).
 */
export const LIST_ROWS = '[data-testid="list"] tbody tr[data-id]';

/**
 * Every id in the list, in its order, read by scrolling the list's container from top to bottom
 * and collecting the rows by their aria-rowindex. Fails if any row was never rendered; an empty
 * array when the list is not shown. Leaves the list scrolled to the top.
 */
export async function allListIds(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const scroller = document.querySelector<HTMLElement>('[data-testid="list-scroller"]');
		if (!scroller) return [];
		const total = Number(scroller.querySelector('table')!.getAttribute('aria-rowcount')) - 1;
		const ids: (string | undefined)[] = new Array(total);
		const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
		const collect = () => {
			for (const tr of scroller.querySelectorAll('tbody tr[data-id]'))
				ids[Number(tr.getAttribute('aria-rowindex')) - 2] = tr.getAttribute('data-id')!;
		};
		scroller.scrollTop = 0;
		await frame();
		await frame();
		collect();
		while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
			const before = scroller.scrollTop;
			scroller.scrollTop = before + Math.max(1, Math.floor(scroller.clientHeight / 2));
			if (scroller.scrollTop === before) break;
			await frame();
			await frame();
			collect();
		}
		scroller.scrollTop = 0;
		await frame();
		await frame();
		const missing = ids.findIndex((id) => id === undefined);
		if (missing >= 0) throw new Error(`list row ${missing} of ${total} was never rendered`);
		return ids as string[];
	});
}

/**
 * Scrolls the list so that row `index` (0-based, in the list's order) is rendered and in view,
 * and returns it.
 */
export async function listRowAt(page: Page, index: number) {
	await page.evaluate((index) => {
		const scroller = document.querySelector<HTMLElement>('[data-testid="list-scroller"]')!;
		const table = scroller.querySelector('table')!;
		const total = Number(table.getAttribute('aria-rowcount')) - 1;
		const rowHeight = table.tBodies[0]!.offsetHeight / total;
		scroller.scrollTop = index * rowHeight - scroller.clientHeight / 2;
	}, index);
	const row = page.locator(`[data-testid="list"] tbody tr[aria-rowindex="${index + 2}"]`);
	await row.waitFor();
	return row;
}
