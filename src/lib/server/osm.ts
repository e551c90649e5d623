/**
 * The vendored OpenStreetMap subset in geodata/osm/ (GeoJSON, [lon, lat]): reading it, writing it,
 * and rebuilding corridor-alignments.geojson from it and the geodata alone. Node only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import {
	buildAlignments,
	type AlignmentsOutput,
	type Geography,
	type Station
} from '../analysis/alignment';
import { waterRuns } from '../data/check';
import { corridorSegmentsFileSchema, placesFileSchema } from '../data/schemas';
import { GEODATA_FOLDER, loadCountryIndex } from './geodata';

export const OSM_FOLDER = join(GEODATA_FOLDER, 'osm');
export const ALIGNMENTS_FILE = 'corridor-alignments.geojson';
export const WAYS_FILE = 'rail-ways.geojson';
export const STATIONS_FILE = 'stations.geojson';

export interface Way {
	id: number;
	type: string;
	coordinates: Position[];
}
export interface OsmStation extends Station {
	nameLocal?: string;
	type: string;
}

export function readVendored(folder = OSM_FOLDER): { ways: Way[]; stations: OsmStation[] } {
	const ways = JSON.parse(readFileSync(join(folder, WAYS_FILE), 'utf8')) as FeatureCollection<
		LineString,
		{ osmId: number; railway: string }
	>;
	const stations = JSON.parse(
		readFileSync(join(folder, STATIONS_FILE), 'utf8')
	) as FeatureCollection<
		Point,
		{ osmId: number; name: string; nameLocal?: string; railway: string }
	>;
	return {
		ways: ways.features.map((f) => ({
			id: f.properties.osmId,
			type: f.properties.railway,
			coordinates: f.geometry.coordinates
		})),
		stations: stations.features.map((f) => ({
			id: f.properties.osmId,
			name: f.properties.name,
			...(f.properties.nameLocal ? { nameLocal: f.properties.nameLocal } : {}),
			type: f.properties.railway,
			coordinates: f.geometry.coordinates
		}))
	};
}

export function waysToGeoJson(ways: Way[]): FeatureCollection<LineString> {
	return {
		type: 'FeatureCollection',
		features: ways.map((w): Feature<LineString> => ({
			type: 'Feature',
			properties: { osmId: w.id, railway: w.type },
			geometry: { type: 'LineString', coordinates: w.coordinates }
		}))
	};
}

export function stationsToGeoJson(stations: OsmStation[]): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: stations.map((s): Feature<Point> => ({
			type: 'Feature',
			properties: {
				osmId: s.id,
				name: s.name,
				...(s.nameLocal ? { nameLocal: s.nameLocal } : {}),
				railway: s.type
			},
			geometry: { type: 'Point', coordinates: s.coordinates }
		}))
	};
}

/** One GeoJSON feature per line, so diffs stay readable. */
export function featuresPerLine(fc: object & { features: unknown[] }): string {
	const { features, ...rest } = fc;
	const head = JSON.stringify(rest).slice(0, -1);
	return `${head}${Object.keys(rest).length ? ',' : ''}"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/**
 * The map the alignments are judged on: water as the data check measures it (longest stretch in
 * km) and the countries at a point, from Natural Earth.
 */
export function geography(): Geography {
	const countries = loadCountryIndex();
	return {
		water: (line) => Math.max(0, ...waterRuns(line, countries).map((r) => r.km)),
		countriesAt: (p) => countries.containing(p)
	};
}

/**
 * The segments' own lines (corridor-segments.geojson as written, without alignments) and the
 * nodes' points, from the geodata folder.
 */
export function segmentsAndNodes(folder = GEODATA_FOLDER) {
	const segments = corridorSegmentsFileSchema.parse(
		JSON.parse(readFileSync(join(folder, 'corridor-segments.geojson'), 'utf8'))
	);
	const places = placesFileSchema.parse(
		JSON.parse(readFileSync(join(folder, 'places.geojson'), 'utf8'))
	);
	const nodes = new Map(places.features.map((f) => [f.properties.id, f.geometry.coordinates]));
	return { segments, nodes };
}

/** corridor-alignments.geojson as `npm run alignments` makes it, from geodata/ and geodata/osm/ only. */
export function alignmentsFromVendored(
	folder = GEODATA_FOLDER,
	osmFolder = join(folder, 'osm')
): AlignmentsOutput {
	const { segments, nodes } = segmentsAndNodes(folder);
	const { ways, stations } = readVendored(osmFolder);
	return buildAlignments(
		{ segments: segments.features, nodes, ways, stations },
		undefined,
		geography()
	);
}
