/**
 * Builds the embedded offline basemap from Natural Earth (world-atlas: the region at 1:50m, the
 * whole world at 1:110m), copies the vendored lakes, rivers, towns (geodata/basemap/, from
 * scripts/vendor-basemap.ts), rail network and stations (geodata/osm/rail-*.geojson), and copies the
 * label font. Output goes to static/basemap/ and static/fonts/ (generated, not committed).
 *
 *   npm run basemap            # writes the files, prints their sizes
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { JAPANESE_MANIFEST, NOTO_SANS_FILES, type FontFile } from '../src/lib/map/fonts.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	buildBasemap,
	bordersFromTopology,
	countriesFromTopology,
	BASEMAP_SCALE
} from '../src/lib/data/natural-earth.ts';
import {
	LAKE_BANDS,
	PLACE_BANDS,
	RAIL_BANDS,
	RIVER_BAND,
	STATION_BAND,
	WORLD_FILE,
	type Bbox
} from '../src/lib/data/basemap-bands.ts';
import type { GeometryCollection, Topology } from 'topojson-specification';
import isoCountries from 'i18n-iso-countries';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve(`world-atlas/countries-${BASEMAP_SCALE}.json`), 'utf8')
) as Topology;

const outDir = join(root, 'static', 'basemap');
mkdirSync(outDir, { recursive: true });
const { countries, borders, labels } = buildBasemap(topology);
// Country names in Japanese and Russian from Unicode CLDR (Node's Intl.DisplayNames), by the ISO
// code of world-atlas's numeric id (i18n-iso-countries maps one to the other); seas carry theirs
// from SEA_LABELS.
const regionNames = {
	ja: new Intl.DisplayNames(['ja'], { type: 'region' }),
	ru: new Intl.DisplayNames(['ru'], { type: 'region' })
};
const alpha2ByName = new Map(
	(topology.objects.countries as GeometryCollection<{ name: string }>).geometries.map((g) => [
		(g.properties as { name: string }).name,
		g.id === undefined ? undefined : isoCountries.numericToAlpha2(String(g.id))
	])
);
for (const label of labels.features) {
	if (label.properties.kind !== 'country') continue;
	const alpha2 = alpha2ByName.get(label.properties.name);
	if (!alpha2) continue;
	label.properties.name_ja = regionNames.ja.of(alpha2);
	label.properties.name_ru = regionNames.ru.of(alpha2);
}
// The world beyond the region at 1:110m: land (no names needed) and borders in one file.
const world110 = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')
) as Topology;
const WORLD: Bbox = [-180, -85, 180, 85];
const world = {
	type: 'FeatureCollection',
	features: [
		...countriesFromTopology(world110, WORLD, 2).features.map((f) => ({
			...f,
			properties: { kind: 'land' }
		})),
		...bordersFromTopology(world110, WORLD, 2).features.map((f) => ({
			...f,
			properties: { kind: 'border' }
		}))
	]
};
const files: Record<string, unknown> = {
	'countries.geojson': countries,
	'borders.geojson': borders,
	'labels.geojson': labels,
	[WORLD_FILE]: world
};
// Vendored, progressively loaded files, copied as they are (parsed to drop the line breaks).
for (const band of [...LAKE_BANDS, RIVER_BAND, ...PLACE_BANDS])
	files[band.file] = JSON.parse(readFileSync(join(root, 'geodata', 'basemap', band.file), 'utf8'));
for (const band of [...RAIL_BANDS, STATION_BAND])
	files[band.file] = JSON.parse(readFileSync(join(root, 'geodata', 'osm', band.file), 'utf8'));
for (const [name, data] of Object.entries(files)) {
	const json = JSON.stringify(data);
	writeFileSync(join(outDir, name), json);
	const gz = gzipSync(json).length;
	console.log(
		`basemap/${name}: ${(json.length / 1024).toFixed(0)} kB raw, ${(gz / 1024).toFixed(0)} kB gzip`
	);
}

// Label font: Noto Sans (SIL Open Font License) by script, and Noto Sans JP's numbered subsets with
// a manifest of their ranges, fetched only by the Japanese pages (see src/lib/map/fonts.ts).
const fontDir = join(root, 'static', 'fonts');
mkdirSync(fontDir, { recursive: true });
for (const { file } of NOTO_SANS_FILES)
	copyFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`), join(fontDir, file));
const jpRanges: Record<string, string> = JSON.parse(
	readFileSync(require.resolve('@fontsource/noto-sans-jp/unicode.json'), 'utf8')
);
const japanese: FontFile[] = [];
for (const [key, ranges] of Object.entries(jpRanges)) {
	const n = /^\[(\d+)\]$/.exec(key)?.[1];
	if (n === undefined) continue; // Latin and Cyrillic come from Noto Sans itself.
	const file = `noto-sans-jp-${n}-400-normal.woff2`;
	copyFileSync(require.resolve(`@fontsource/noto-sans-jp/files/${file}`), join(fontDir, file));
	japanese.push({ file, ranges: ranges.split(',') });
}
writeFileSync(join(root, 'static', JAPANESE_MANIFEST), JSON.stringify(japanese));
console.log(
	`fonts: Noto Sans (${NOTO_SANS_FILES.length} files), Noto Sans JP (${japanese.length} subsets)`
);
