/**
 * Turns the validated geodata into the routing network: each segment measured and split by
 * country once, at build time, so the app needs no country polygons. Pure.
 */
import type { CountryIndex } from '../data/country-index';
import type { CorridorSegmentsFile, PlacesFile } from '../data/schemas';
import { breakdownLine } from './breakdown';
import type { Network } from './network';

export function buildNetwork(
	segments: CorridorSegmentsFile,
	places: PlacesFile,
	countries: CountryIndex
): Network {
	return {
		nodes: places.features.map((f) => ({
			id: f.properties.id,
			name: f.properties.name,
			country: f.properties.country,
			kind: f.properties.kind,
			coordinates: f.geometry.coordinates
		})),
		segments: segments.features.map((f) => {
			const p = f.properties;
			const b = breakdownLine(f.geometry.coordinates, countries);
			return {
				id: p.id,
				corridors: p.corridors,
				fromNode: p.fromNode,
				toNode: p.toNode,
				from: p.from,
				to: p.to,
				mode: p.mode,
				lengthKm: b.lengthKm,
				publishedKm: p.publishedKm,
				kmByCountry: b.kmByCountry,
				countries: b.countries,
				russiaParts: b.russiaParts
			};
		})
	};
}
