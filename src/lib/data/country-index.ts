/**
 * Natural Earth country polygons indexed for the questions the data check and the corridor
 * analysis ask: which country contains a point, how far a point is from a country, whether a line
 * touches land. Pure.
 */
import { booleanIntersects } from '@turf/boolean-intersects';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox as turfBbox } from '@turf/bbox';
import { point } from '@turf/helpers';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { BBox, Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryCollection } from './natural-earth';

interface IndexedCountry {
	code: string;
	bbox: BBox;
	feature: Feature<Polygon | MultiPolygon>;
}

export class CountryIndex {
	readonly countries: IndexedCountry[];
	constructor(collection: CountryCollection) {
		this.countries = collection.features.map((f) => ({
			code: f.properties.code,
			bbox: turfBbox(f),
			feature: f
		}));
	}
	readonly #byCode = new Map<string, IndexedCountry[]>();
	byCode(code: string): IndexedCountry[] {
		if (this.#byCode.size === 0)
			for (const c of this.countries)
				this.#byCode.set(c.code, [...(this.#byCode.get(c.code) ?? []), c]);
		return this.#byCode.get(code) ?? [];
	}
	/** Whether the position lies in the country with this code. */
	inCountry(pos: Position, code: string): boolean {
		const [x, y] = pos as [number, number];
		return this.byCode(code).some(
			(c) =>
				x >= c.bbox[0] &&
				x <= c.bbox[2] &&
				y >= c.bbox[1] &&
				y <= c.bbox[3] &&
				booleanPointInPolygon(pos, c.feature)
		);
	}
	/** Codes of the countries containing the position. */
	containing(pos: Position): string[] {
		const [x, y] = pos as [number, number];
		return this.countries
			.filter((c) => x >= c.bbox[0] && x <= c.bbox[2] && y >= c.bbox[1] && y <= c.bbox[3])
			.filter((c) => booleanPointInPolygon(pos, c.feature))
			.map((c) => c.code);
	}
	/** Distance in km from a position to the country (0 inside); Infinity if unknown. */
	distanceKm(pos: Position, code: string): number {
		let best = Infinity;
		for (const c of this.byCode(code)) {
			if (booleanPointInPolygon(pos, c.feature)) return 0;
			const polys =
				c.feature.geometry.type === 'Polygon'
					? [c.feature.geometry.coordinates]
					: c.feature.geometry.coordinates;
			for (const coordinates of polys) {
				const d = pointToPolygonDistance(
					point(pos),
					{ type: 'Polygon', coordinates },
					{ units: 'kilometers' }
				);
				best = Math.min(best, Math.abs(d));
			}
		}
		return best;
	}
	/** Whether a line touches any land polygon. */
	lineTouchesLand(line: Feature<LineString>): string[] {
		const [minX, minY, maxX, maxY] = turfBbox(line);
		return this.countries
			.filter(
				(c) => !(c.bbox[0] > maxX || c.bbox[2] < minX || c.bbox[1] > maxY || c.bbox[3] < minY)
			)
			.filter((c) => booleanIntersects(line, c.feature))
			.map((c) => c.code || 'land');
	}
}
