/**
 * Shared helpers for driving Debian's Chromium with playwright-core (tests, benchmarks, screenshots).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_CANDIDATES = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
].filter((p): p is string => Boolean(p));

export function findChromium(): string | undefined {
	return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** How Chromium is started, for one browser (launchBrowser) or a shared server (launchServer). */
export function launchOptions(): LaunchOptions {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.ts`.');
	return {
		executablePath,
		args: [
			// WebGL 2 in software, so MapLibre renders without a GPU.
			'--use-angle=swiftshader',
			'--enable-unsafe-swiftshader',
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	};
}

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch(launchOptions());
}
