/**
 * `npm run analyze` as functions: the corridor figures as JSON or as a table, and the network file
 * the app routes on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildNetwork } from '../analysis/build-network';
import { corridorReports, type CorridorReport } from '../analysis/corridor-report';
import { RouteFinder, type Network } from '../analysis/network';
import { TRANSIT_PARAMS } from '../analysis/transit-params';
import type { Alignment, Mode } from '../data/vocab';
import { GEODATA_FOLDER, loadCountryIndex, readRequiredGeodata } from './geodata';

/** Where the build puts the network; the app fetches it. */
export const NETWORK_FILE = 'static/data/network.json';

/** The routing network of the geodata in `folder`, measured against Natural Earth countries. */
export function networkFromGeodata(folder = GEODATA_FOLDER): Network {
	const { segments, places } = readRequiredGeodata(['segments', 'places'], folder);
	return buildNetwork(segments, places, loadCountryIndex());
}

/** Builds the network and writes it to `file` (a build step). */
export function writeNetwork(file = NETWORK_FILE, folder = GEODATA_FOLDER): Network {
	const network = networkFromGeodata(folder);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(network));
	return network;
}

/** Each corridor's main route, measured on the network. */
export function analyzeCorridors(folder = GEODATA_FOLDER): CorridorReport[] {
	const { segments, places, corridors } = readRequiredGeodata(
		['segments', 'places', 'corridors'],
		folder
	);
	const network = buildNetwork(segments, places, loadCountryIndex());
	return corridorReports(corridors.corridors, network, new RouteFinder(network, TRANSIT_PARAMS));
}

/** One corridor in `npm run analyze -- --json`. */
export type CorridorJson = Omit<CorridorReport, 'countries'>;

/** One segment in `npm run analyze -- --json`: every segment of the network. */
export interface SegmentJson {
	id: string;
	from: string;
	to: string;
	mode: Mode;
	/** Geodesic km along the drawn line. */
	lengthKm: number;
	/** The published length for the same ends, or null where none is known. */
	publishedKm: number | null;
	alignment: Alignment;
	kmByCountry: Record<string, number>;
}

/** Every segment of the network in the geodata's order, measured as drawn. */
export function analyzeSegments(folder = GEODATA_FOLDER): SegmentJson[] {
	const { segments, places } = readRequiredGeodata(['segments', 'places'], folder);
	const network = buildNetwork(segments, places, loadCountryIndex());
	const props = new Map(segments.features.map((f) => [f.properties.id, f.properties]));
	return network.segments.map((s) => ({
		id: s.id,
		from: s.from,
		to: s.to,
		mode: s.mode,
		lengthKm: s.lengthKm,
		publishedKm: props.get(s.id)?.publishedKm ?? null,
		alignment: props.get(s.id)?.alignment ?? 'waypoints',
		kmByCountry: s.kmByCountry
	}));
}

/** What `npm run analyze -- --json` prints (fields in this order). */
export function analyzeJson(folder = GEODATA_FOLDER): {
	corridors: CorridorJson[];
	segments: SegmentJson[];
} {
	return {
		corridors: analyzeCorridors(folder).map((r) => ({
			id: r.id,
			name: r.name,
			routeFrom: r.routeFrom,
			routeTo: r.routeTo,
			bypassesRussia: r.bypassesRussia,
			lengthKm: r.lengthKm,
			lengthKmPublished: r.lengthKmPublished,
			networkKm: r.networkKm,
			kmByMode: r.kmByMode,
			kmByCountry: r.kmByCountry,
			borderCrossings: r.borderCrossings,
			transshipments: r.transshipments,
			transitDays: r.transitDays,
			publishedTransit: r.publishedTransit,
			segments: r.segments,
			...(r.problem ? { problem: r.problem } : {})
		})),
		segments: analyzeSegments(folder)
	};
}

/** The lines `npm run analyze` prints: a table with a note on how to read it. */
export function analyzeTable(folder = GEODATA_FOLDER): string[] {
	const reports = analyzeCorridors(folder);
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
	return [
		...rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')),
		'',
		'Lengths are geodesic km along the drawn alignments (OpenStreetMap track or stations where they',
		'reach, else sourced waypoints joined by straight lines, which run short of published lengths).',
		'Days: the model in src/lib/analysis/transit-params.ts.'
	];
}
