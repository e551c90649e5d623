/**
 * Load test of the production server on loopback: `npm run load` (after `npm run build`).
 * Starts `npm run serve` (sirv, as `npm start` does) on a free port, then 200 concurrent clients
 * for 30 seconds request the page, the JS and the data files a visitor loads. Prints requests per
 * second, latency and errors; exits 1 on any error.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const duration = Number(args[args.indexOf('--seconds') + 1]) || 30;
const connections = Number(args[args.indexOf('--clients') + 1]) || 200;

const port: number = await new Promise((resolve) => {
	const s = createServer().listen(0, '127.0.0.1', () => {
		const p = (s.address() as { port: number }).port;
		s.close(() => resolve(p));
	});
});
const server = spawn(
	'node_modules/.bin/sirv',
	[
		'build',
		'--host',
		'127.0.0.1',
		'--port',
		String(port),
		'--etag',
		'--gzip',
		'--brotli',
		'--quiet'
	],
	{ stdio: 'inherit' }
);
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 100));
	}
}

// What a first visit loads: the page, its scripts, the basemap and the data.
const immutable = readdirSync('build/_app/immutable/chunks')
	.filter((f) => f.endsWith('.js'))
	.slice(0, 4);
const paths = [
	'/',
	'/plants/plant-toktogul',
	'/methods',
	...immutable.map((f) => `/_app/immutable/chunks/${f}`),
	'/basemap/countries.geojson',
	'/data/network.json'
];
const result = await autocannon({
	url: base,
	connections,
	duration,
	requests: paths.map((path) => ({
		method: 'GET',
		path,
		headers: { 'accept-encoding': 'gzip, br' }
	}))
});
server.kill();

const errors = result.errors + result.timeouts + result.non2xx;
console.log(
	[
		`${connections} clients, ${duration} s, ${paths.length} URLs in rotation`,
		`requests: ${result.requests.total} (${Math.round(result.requests.average)}/s average)`,
		`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
		`throughput: ${(result.throughput.average / 1e6).toFixed(1)} MB/s average`,
		`errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`
	].join('\n')
);
process.exit(errors > 0 ? 1 : 0);
