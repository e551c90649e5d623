/**
 * Corridor analysis from the command line, and the network file the app routes on.
 *
 *   npm run analyze              # a readable table
 *   npm run analyze -- --json    # JSON: { corridors: [...] }
 *   npm run analyze -- --write   # (build step) writes static/data/network.json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { CountryIndex } from '../src/lib/data/country-index.ts';
import { CHECK_SCALE, countriesFromTopology } from '../src/lib/data/natural-earth.ts';
import {
	corridorsFileSchema,
	corridorSegmentsFileSchema,
	placesFileSchema
} from '../src/lib/data/schemas.ts';
import { buildNetwork } from '../src/lib/analysis/build-network.ts';
import { RouteFinder } from '../src/lib/analysis/network.ts';
import { corridorReports } from '../src/lib/analysis/corridor-report.ts';
import { TRANSIT_PARAMS } from '../src/lib/analysis/transit-params.ts';

const args = process.argv.slice(2);
const read = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));
const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve(`world-atlas/countries-${CHECK_SCALE}.json`), 'utf8')
) as Topology;
const countries = new CountryIndex(countriesFromTopology(topology));

const network = buildNetwork(
	corridorSegmentsFileSchema.parse(read('corridor-segments.geojson')),
	placesFileSchema.parse(read('places.geojson')),
	countries
);

if (args.includes('--write')) {
	mkdirSync('static/data', { recursive: true });
	writeFileSync('static/data/network.json', JSON.stringify(network));
	console.log(
		`static/data/network.json: ${network.nodes.length} nodes, ${network.segments.length} segments`
	);
	process.exit(0);
}

const finder = new RouteFinder(network, TRANSIT_PARAMS);
const reports = corridorReports(
	corridorsFileSchema.parse(read('corridors.json')).corridors,
	network,
	finder
);

if (args.includes('--json')) {
	console.log(
		JSON.stringify(
			{
				corridors: reports.map((r) => ({
					id: r.id,
					name: r.name,
					routeFrom: r.routeFrom,
					routeTo: r.routeTo,
					bypassesRussia: r.bypassesRussia,
					lengthKm: r.lengthKm,
					networkKm: r.networkKm,
					kmByMode: r.kmByMode,
					kmByCountry: r.kmByCountry,
					borderCrossings: r.borderCrossings,
					transshipments: r.transshipments,
					transitDays: r.transitDays,
					publishedTransit: r.publishedTransit,
					segments: r.segments,
					...(r.problem ? { problem: r.problem } : {})
				}))
			},
			null,
			2
		)
	);
} else {
	const rows = [
		[
			'corridor',
			'route',
			'km',
			'rail',
			'sea',
			'km in Russia',
			'countries',
			'borders',
			'transship.',
			'days (model)',
			'days (published)'
		],
		...reports.map((r) => [
			r.name.replace(/ \(.*\)$/, ''),
			`${r.routeFrom} → ${r.routeTo}`,
			r.lengthKm.toLocaleString('en-GB'),
			r.kmByMode.rail.toLocaleString('en-GB'),
			r.kmByMode.sea.toLocaleString('en-GB'),
			(r.kmByCountry.RUS ?? 0).toLocaleString('en-GB'),
			r.countries.join(' '),
			String(r.borderCrossings),
			String(r.transshipments),
			r.problem ? r.problem : `${r.transitDays.min}–${r.transitDays.max}`,
			r.publishedTransit.map((p) => `${p.daysMin}–${p.daysMax} (${p.from}–${p.to})`).join('; ') ||
				'—'
		])
	];
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
	for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
	console.log(
		'\nLengths are geodesic km along the drawn alignments (stations joined by straight lines), so they'
	);
	console.log(
		'run short of published line lengths. Days: the model in src/lib/analysis/transit-params.ts.'
	);
}
