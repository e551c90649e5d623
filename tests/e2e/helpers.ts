/**
 * Opening the built app in Chromium, collecting what went wrong on the page, and refusing every
 * request that would leave the machine.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../scripts/browser.ts';

export { launchBrowser };

/** One Chromium for a test file: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => browser!;
}

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
		viewport: options.viewport ?? { width: 1280, height: 800 }
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

export function near(actual: Rgb, expectedHex: string, tolerance = 24): boolean {
	const n = parseInt(expectedHex.slice(1), 16);
	const e = { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
	return (
		Math.abs(actual.r - e.r) <= tolerance &&
		Math.abs(actual.g - e.g) <= tolerance &&
		Math.abs(actual.b - e.b) <= tolerance
	);
}
