/**
 * Reading the OpenStreetMap inputs: the extract's own format ([lat, lon]) and the vendored
 * GeoJSON subset in geodata/osm/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { Station } from '../src/lib/analysis/alignment.ts';

export const OSM_FOLDER = 'geodata/osm';
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
