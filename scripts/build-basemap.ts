/**
 * Builds the embedded offline basemap from Natural Earth (world-atlas: the region at 1:50m, the
 * whole world at 1:110m), copies the vendored lakes, rivers, towns (geodata/basemap/, from
 * scripts/vendor-basemap.ts), rail network and stations (geodata/osm/rail-*.geojson), and copies the
 * label font. Output goes to static/basemap/ and static/fonts/ (generated, not committed).
 *
 *   npm run basemap            # writes the files, prints their sizes
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
	JAPANESE_CSS,
	JAPANESE_MANIFEST,
	JAPANESE_NAME_CSS,
	NOTO_SANS_FILES,
	facesFor,
	fontFaceCss,
	parseFontFaceCss,
	type CssFontFace,
	type FontFile
} from '../src/lib/map/fonts.ts';
import { LOCALE_NAMES } from '../src/lib/data/locale.ts';
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

// Label font: Noto Sans (SIL Open Font License) by script. Noto Sans JP, one copy for the UI and
// the map (see src/lib/map/fonts.ts): every woff2 file of @fontsource's regular and bold
// stylesheets under a content-hashed name, the stylesheet a Japanese page links, a small one with
// just the faces of the switcher's "日本語" for the other pages, and the map's manifest of the
// numbered regular subsets (Latin and Cyrillic labels come from Noto Sans itself).
const fontDir = join(root, 'static', 'fonts');
mkdirSync(fontDir, { recursive: true });
for (const { file } of NOTO_SANS_FILES)
	copyFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`), join(fontDir, file));
for (const old of readdirSync(fontDir).filter((f) => f.startsWith('noto-sans-jp')))
	rmSync(join(fontDir, old));
const jpFaces: CssFontFace[] = [400, 700].flatMap((weight) =>
	parseFontFaceCss(
		readFileSync(require.resolve(`@fontsource/noto-sans-jp/${weight}.css`), 'utf8')
	).map((face) => {
		const bytes = readFileSync(require.resolve(`@fontsource/noto-sans-jp/files/${face.file}`));
		const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
		const file = face.file.replace(/\.woff2$/, `.${hash}.woff2`);
		writeFileSync(join(fontDir, file), bytes);
		return { ...face, file };
	})
);
const licence = '/* Noto Sans JP, SIL Open Font License 1.1 (via @fontsource/noto-sans-jp). */\n';
writeFileSync(join(root, 'static', JAPANESE_CSS), licence + fontFaceCss('Noto Sans JP', jpFaces));
writeFileSync(
	join(root, 'static', JAPANESE_NAME_CSS),
	licence + fontFaceCss('Noto Sans JP', facesFor(jpFaces, LOCALE_NAMES.ja))
);
const japanese: FontFile[] = jpFaces
	.filter((f) => f.weight === 400 && /^noto-sans-jp-\d+-400-normal\./.test(f.file))
	.map(({ file, ranges }) => ({ file, ranges }));
writeFileSync(join(root, 'static', JAPANESE_MANIFEST), JSON.stringify(japanese));
console.log(
	`fonts: Noto Sans (${NOTO_SANS_FILES.length} files), Noto Sans JP (${jpFaces.length} files, ${japanese.length} subsets for the map)`
);
