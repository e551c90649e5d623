/**
 * Serves the production build (build/) on a free loopback port for the browser tests, with the
 * same static server that `npm start` uses.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

let server: Server | undefined;

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) throw new Error('No build/: run `npm run build` first.');
	const serve = sirv('build', { etag: true, gzip: true, brotli: true });
	server = createServer((req, res) =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no server address');
	project.provide('baseURL', `http://127.0.0.1:${address.port}`);
	return async () => {
		await new Promise<void>((resolve) => server?.close(() => resolve()));
	};
}
