/**
 * Serves the production build (build/) on a free loopback port for the browser tests, with the
 * same static server that `npm start` uses, and starts the one Chromium that every test file
 * connects to (each test still opens its own fresh context).
 */
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import { createAtlasServer } from '../../src/lib/server/http.ts';
import type { TestProject } from 'vitest/node';
import { launchOptions } from '../../scripts/browser.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		wsEndpoint: string;
	}
}

let server: Server | undefined;
let browserServer: BrowserServer | undefined;

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) throw new Error('No build/: run `npm run build` first.');
	// Loopback only; the endpoint's path is an unguessable token.
	browserServer = await chromium.launchServer({ ...launchOptions(), host: '127.0.0.1' });
	project.provide('wsEndpoint', browserServer.wsEndpoint());
	server = createAtlasServer('build');
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no server address');
	project.provide('baseURL', `http://127.0.0.1:${address.port}`);
	return async () => {
		await browserServer?.close();
		await new Promise<void>((resolve) => server?.close(() => resolve()));
	};
}
