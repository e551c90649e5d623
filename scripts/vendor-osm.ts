/**
 * Copies into geodata/osm/ the part of an OpenStreetMap extract the atlas uses (a maintainer's
 * step, run when the extract or the segments change; the build never runs it):
 *
 *   npx tsx scripts/vendor-osm.ts ../shared/osm
 *
 * The extract is the one described in geodata/osm/README.md: rail ways with geometry and
 * stations, coordinates [lat, lon]. Kept: the rail ways within 3 km of each segment routed along
 * the track, and the stations within the chaining corridor of each segment drawn through
 * stations, so that `npm run alignments` rebuilds the same lines from geodata/osm/ alone.
 */
import type { Position } from 'geojson';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	ALIGN_OPTIONS,
	alignSegment,
	buildTrackGraph,
	distanceToPolylineKm
} from '../src/lib/analysis/alignment.ts';
import {
	OSM_FOLDER,
	STATIONS_FILE,
	WAYS_FILE,
	featuresPerLine,
	stationsToGeoJson,
	waysToGeoJson,
	type OsmStation,
	type Way,
	segmentsAndNodes,
	geography
} from '../src/lib/server/osm.ts';
import { RAIL_BANDS } from '../src/lib/data/basemap-bands.ts';
import { round, simplifyLine } from '../src/lib/data/simplify.ts';
import { distance } from '@turf/distance';

/** Douglas–Peucker tolerance of the background rail network, degrees (about 30 m). */
const RAIL_TOLERANCE = 0.0004;

function lengthKm(line: Position[]): number {
	let km = 0;
	for (let i = 1; i < line.length; i++) km += distance(line[i - 1]!, line[i]!);
	return km;
}

const source = process.argv[2];
if (!source) {
	console.error('usage: npx tsx scripts/vendor-osm.ts <folder of the OpenStreetMap extract>');
	process.exit(2);
}
const read = (file: string) => JSON.parse(readFileSync(join(source, file), 'utf8'));
const files = readdirSync(source);

const ways: Way[] = [];
for (const file of files.filter((f) => /^railways-.*\.json$/.test(f)))
	for (const w of read(file) as { id: number; type: string; geometry: [number, number][] }[])
		if (w.type === 'rail')
			ways.push({
				id: w.id,
				type: w.type,
				coordinates: w.geometry.map(([lat, lon]) => [lon, lat])
			});

// The whole rail network of the extract, simplified (about 40 m), drawn thin under the data, in
// bands by way length (RAIL_BANDS). Way ids are left out: the files are fetched by the browser,
// and only draw.
mkdirSync(OSM_FOLDER, { recursive: true });
RAIL_BANDS.forEach((band, i) => {
	const maxKm = i === 0 ? Infinity : RAIL_BANDS[i - 1]!.minKm;
	const features = ways
		.filter((w) => {
			const km = lengthKm(w.coordinates);
			return km >= band.minKm && km < maxKm;
		})
		.sort((a, b) => a.id - b.id)
		.map((w) => ({
			type: 'Feature' as const,
			properties: {},
			geometry: {
				type: 'LineString' as const,
				coordinates: round(simplifyLine(w.coordinates, RAIL_TOLERANCE), 4)
			}
		}));
	writeFileSync(
		join(OSM_FOLDER, band.file),
		featuresPerLine({ type: 'FeatureCollection', features } as object & { features: unknown[] })
	);
	console.log(`${OSM_FOLDER}/${band.file}: ${features.length} of ${ways.length} rail ways`);
});

const stationsById = new Map<number, OsmStation>();
for (const file of files.filter((f) => /^stations-.*\.json$/.test(f)))
	for (const s of read(file) as {
		id: number;
		lat: number;
		lon: number;
		name: string;
		nameLocal?: string;
		type: string;
	}[])
		stationsById.set(s.id, {
			id: s.id,
			name: s.name,
			...(s.nameLocal ? { nameLocal: s.nameLocal } : {}),
			type: s.type,
			coordinates: [s.lon, s.lat]
		});
const stations = [...stationsById.values()];

const geo = geography();
const { segments, nodes } = segmentsAndNodes();
const track = buildTrackGraph(ways);

const keepWays = new Set<number>();
const keepStations = new Set<number>();
for (const f of segments.features) {
	const p = f.properties;
	if (p.mode !== 'rail') continue;
	const a = alignSegment(
		{
			id: p.id,
			mode: p.mode,
			status: p.status,
			coordinates: f.geometry.coordinates,
			from: nodes.get(p.fromNode)!,
			to: nodes.get(p.toNode)!,
			publishedKm: p.publishedKm
		},
		track,
		stations,
		undefined,
		geo
	);
	if (a.alignment === 'track') {
		for (const w of ways)
			if (w.coordinates.some((c) => distanceToPolylineKm(c, a.coordinates) <= 3))
				keepWays.add(w.id);
	} else if (a.alignment === 'stations') {
		for (const s of stations)
			if (
				distanceToPolylineKm(s.coordinates, f.geometry.coordinates) <=
				ALIGN_OPTIONS.chain.corridorKm
			)
				keepStations.add(s.id);
	}
	console.log(`${p.id}: ${a.alignment}`);
}

mkdirSync(OSM_FOLDER, { recursive: true });
const keptWays = ways.filter((w) => keepWays.has(w.id)).sort((a, b) => a.id - b.id);
const keptStations = stations.filter((s) => keepStations.has(s.id)).sort((a, b) => a.id - b.id);
writeFileSync(join(OSM_FOLDER, WAYS_FILE), featuresPerLine(waysToGeoJson(keptWays)));
writeFileSync(join(OSM_FOLDER, STATIONS_FILE), featuresPerLine(stationsToGeoJson(keptStations)));
console.log(
	`${OSM_FOLDER}/: ${keptWays.length} of ${ways.length} rail ways, ${keptStations.length} of ${stations.length} stations`
);
