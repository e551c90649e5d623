/**
 * Compression: the build ships precompressed copies, so the server the tests share with
 * `npm start` (sirv with --brotli --gzip) sends the 1 MB MapLibre chunk compressed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { appUrl } from './helpers';

const immutable = 'build/_app/immutable';
/** The biggest built JavaScript file that contains MapLibre: its own chunk. */
const maplibreChunk = readdirSync(immutable, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.js'))
	.map((f) => join(immutable, f))
	.filter((f) => readFileSync(f, 'utf8').includes('maplibre'))
	.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;

/** Fetches a path without decoding it, as the bytes and headers a browser would receive. */
function fetchRaw(
	path: string,
	acceptEncoding: string
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((resolve, reject) => {
		get(appUrl(path), { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
			res.on('error', reject);
		}).on('error', reject);
	});
}

describe('compression', () => {
	const raw = readFileSync(maplibreChunk);
	const path = '/' + relative('build', maplibreChunk);

	it('finds the MapLibre chunk in the build', () => {
		expect(raw.length).toBeGreaterThan(500_000);
	});

	it('sends the MapLibre chunk compressed to a browser that accepts br and gzip', async () => {
		const { headers, body } = await fetchRaw(path, 'br, gzip');
		expect(['br', 'gzip']).toContain(headers['content-encoding']);
		expect(body.length).toBeLessThan(raw.length * 0.4);
		const decoded =
			headers['content-encoding'] === 'br' ? brotliDecompressSync(body) : gunzipSync(body);
		expect(decoded.equals(raw)).toBe(true);
	});

	it('sends gzip to a client without brotli, and the raw file to one without either', async () => {
		const gzip = await fetchRaw(path, 'gzip');
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gzip.body.length).toBeLessThan(raw.length * 0.4);
		expect(gunzipSync(gzip.body).equals(raw)).toBe(true);
		const identity = await fetchRaw(path, 'identity');
		expect(identity.headers['content-encoding']).toBeUndefined();
		expect(identity.body.equals(raw)).toBe(true);
	});

	it('sends the basemap and the data compressed too', async () => {
		for (const file of ['build/basemap/countries.geojson', geodataFile('projects')]) {
			const original = readFileSync(file);
			const { headers, body } = await fetchRaw('/' + relative('build', file), 'br, gzip');
			expect(headers['content-encoding']).toBe('br');
			expect(headers['content-type']).toBe('application/geo+json');
			expect(body.length).toBeLessThan(original.length * 0.4);
			expect(brotliDecompressSync(body).equals(original)).toBe(true);
		}
	});
});

/** A hashed geodata file in the build, such as projects.<hash>.geojson. */
function geodataFile(name: string): string {
	const file = readdirSync(join(immutable, 'assets')).find(
		(f) => f.startsWith(`${name}.`) && f.endsWith('.geojson')
	);
	return join(immutable, 'assets', file!);
}
