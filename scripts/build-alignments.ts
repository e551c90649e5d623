/**
 * `npm run alignments`: rebuilds geodata/corridor-alignments.geojson (ODbL) from the vendored
 * OpenStreetMap subset in geodata/osm/ and the segments and places in geodata/. Reads nothing
 * else. The work is done by buildAlignments (src/lib/analysis/alignment.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { polylineKm } from '../src/lib/analysis/alignment.ts';
import { GEODATA_FOLDER } from '../src/lib/server/geodata.ts';
import {
	ALIGNMENTS_FILE,
	alignmentsFromVendored,
	featuresPerLine,
	segmentsAndNodes
} from '../src/lib/server/osm.ts';

const OUT = join(GEODATA_FOLDER, ALIGNMENTS_FILE);
const out = alignmentsFromVendored();
const { segments } = segmentsAndNodes();
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
