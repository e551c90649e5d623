/**
 * Serves the static build: `npm run serve [-- --port 4173]` (after `npm run build`).
 */
import { createAtlasServer } from '../src/lib/server/http.ts';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4173;
const host = '127.0.0.1';
createAtlasServer('build').listen(port, host, () =>
	console.log(`Corridor Atlas on http://${host}:${port}/`)
);
