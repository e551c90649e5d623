/**
 * Builds the embedded offline basemap from Natural Earth (world-atlas, 1:10m) and copies the
 * label font. Output goes to static/basemap/ and static/fonts/ (generated, not committed).
 *
 *   npm run basemap            # writes the files, prints their sizes
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBasemap, BASEMAP_SCALE } from '../src/lib/data/natural-earth.ts';
import type { Topology } from 'topojson-specification';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve(`world-atlas/countries-${BASEMAP_SCALE}.json`), 'utf8')
) as Topology;

const outDir = join(root, 'static', 'basemap');
mkdirSync(outDir, { recursive: true });
const { countries, borders, labels } = buildBasemap(topology);
const files = {
	'countries.geojson': countries,
	'borders.geojson': borders,
	'labels.geojson': labels
};
for (const [name, data] of Object.entries(files)) {
	const json = JSON.stringify(data);
	writeFileSync(join(outDir, name), json);
	const gz = gzipSync(json).length;
	console.log(
		`basemap/${name}: ${(json.length / 1024).toFixed(0)} kB raw, ${(gz / 1024).toFixed(0)} kB gzip`
	);
}

// Label font: Noto Sans (SIL Open Font License), Latin and Latin Extended subsets.
const fontDir = join(root, 'static', 'fonts');
mkdirSync(fontDir, { recursive: true });
for (const subset of ['latin', 'latin-ext']) {
	const file = `noto-sans-${subset}-400-normal.woff2`;
	copyFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`), join(fontDir, file));
}
console.log('fonts: Noto Sans latin + latin-ext copied');
