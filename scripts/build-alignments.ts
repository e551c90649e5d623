/**
 * `npm run alignments`: rebuilds geodata/corridor-alignments.geojson (ODbL) from the vendored
 * OpenStreetMap subset in geodata/osm/ and the segments and places in geodata/. Reads nothing
 * else. The work is done by buildAlignments (src/lib/analysis/alignment.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { buildAlignments, polylineKm } from '../src/lib/analysis/alignment.ts';
import { waterRuns } from '../src/lib/data/check.ts';
import { corridorSegmentsFileSchema, placesFileSchema } from '../src/lib/data/schemas.ts';
import { loadCountryIndex } from '../src/lib/server/geodata.ts';
import { featuresPerLine, readVendored } from './osm-inputs.ts';

const OUT = 'geodata/corridor-alignments.geojson';
const countries = loadCountryIndex();
/** Longest stretch over water (km), as the data check measures it. */
const water = (line: Position[]) => Math.max(0, ...waterRuns(line, countries).map((r) => r.km));
const segments = corridorSegmentsFileSchema.parse(
	JSON.parse(readFileSync('geodata/corridor-segments.geojson', 'utf8'))
);
const places = placesFileSchema.parse(JSON.parse(readFileSync('geodata/places.geojson', 'utf8')));
const { ways, stations } = readVendored();
const out = buildAlignments(
	{
		segments: segments.features,
		nodes: new Map(places.features.map((f) => [f.properties.id, f.geometry.coordinates])),
		ways,
		stations
	},
	undefined,
	water
);
writeFileSync(OUT, featuresPerLine(out));

const own = new Map(segments.features.map((f) => [f.properties.id, f]));
for (const f of out.features) {
	const seg = own.get(f.properties.segment)!;
	const before = polylineKm(seg.geometry.coordinates);
	const after = f.geometry ? polylineKm(f.geometry.coordinates) : before;
	const published = seg.properties.publishedKm;
	console.log(
		[
			f.properties.segment.padEnd(32),
			f.properties.alignment.padEnd(9),
			`${before.toFixed(0)} → ${after.toFixed(0)} km`.padEnd(16),
			published === null ? '' : `published ${published}`,
			f.properties.alignment === 'waypoints' ? f.properties.method : ''
		].join(' ')
	);
}
const count = (a: string) => out.features.filter((f) => f.properties.alignment === a).length;
console.log(
	`${OUT}: ${out.features.length} rail segments: ${count('track')} track, ${count('stations')} stations, ${count('waypoints')} waypoints`
);
