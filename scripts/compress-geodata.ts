/**
 * Build step after `vite build`: brotli and gzip copies beside every .geojson file in build/ (the
 * basemap and the data, about 1.4 MB raw). SvelteKit's precompress covers HTML, JS, CSS and JSON
 * but not .geojson; the server sends these copies to browsers that accept them.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else yield path;
	}
}

let raw = 0;
let brotli = 0;
for (const path of files('build')) {
	if (!path.endsWith('.geojson')) continue;
	const data = readFileSync(path);
	const br = brotliCompressSync(data, {
		params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY }
	});
	writeFileSync(`${path}.br`, br);
	writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
	raw += data.length;
	brotli += br.length;
}
console.log(`geojson: ${Math.round(raw / 1024)} kB raw, ${Math.round(brotli / 1024)} kB brotli`);
