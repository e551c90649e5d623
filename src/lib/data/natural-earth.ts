/**
 * Natural Earth country polygons (from the world-atlas TopoJSON) turned into the GeoJSON the
 * basemap, the data check and the analysis use. Pure: no I/O, no map library.
 */
import { area } from '@turf/area';
import { bboxClip } from '@turf/bbox-clip';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centerOfMass } from '@turf/center-of-mass';
import { pointOnFeature } from '@turf/point-on-feature';
import type {
	Feature,
	FeatureCollection,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CENTRAL_ASIA, countryCodeFromNumeric } from './vocab';
import { BASEMAP_BBOX } from './region';

export { BASEMAP_BBOX };
/** Scale drawn on the map: 1:50m keeps the first view light (about 190 kB gzip). */
export const BASEMAP_SCALE = '50m';
/** Scale the data check tests points against: 1:10m follows coasts and borders closely. */
export const CHECK_SCALE = '10m';

export interface CountryProps {
	/** ISO 3166-1 alpha-3 where the atlas knows the country, else '' (e.g. disputed areas). */
	code: string;
	name: string;
	/** One of the five Central Asian states. */
	focus: boolean;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;
export type CountryCollection = FeatureCollection<Polygon | MultiPolygon, CountryProps>;

/**
 * Rounds coordinates to `decimals` places (3: about 110 m, below the 1:50m source's accuracy of
 * about 1 km), which keeps the files small.
 */
function roundPositions<T>(coords: T, decimals = 4): T {
	const f = 10 ** decimals;
	if (typeof (coords as unknown[])[0] === 'number') {
		const [x, y] = coords as unknown as Position;
		return [Math.round(x! * f) / f, Math.round(y! * f) / f] as unknown as T;
	}
	return (coords as unknown[]).map((c) => roundPositions(c, decimals)) as unknown as T;
}

/**
 * world-atlas rings that cross the antimeridian jump from 180 to -180; shift such rings so
 * longitudes are continuous, otherwise a clip or a renderer draws a map-wide sliver.
 */
function unwrapRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	let offset = 0;
	for (let i = 0; i < ring.length; i++) {
		const [x, y] = ring[i]!;
		if (i > 0) {
			const prev = ring[i - 1]![0]!;
			if (x! - prev > 180) offset -= 360;
			else if (prev - x! > 180) offset += 360;
		}
		out.push([x! + offset, y!]);
	}
	// Bring the unwrapped ring back so its western end lies within [-180, 180).
	const minX = Math.min(...out.map((p) => p[0]!));
	const shift = minX < -180 ? 360 : minX >= 180 ? -360 : 0;
	return shift ? out.map(([x, y]) => [x! + shift, y!]) : out;
}

function unwrap(geom: Polygon | MultiPolygon): Polygon | MultiPolygon {
	if (geom.type === 'Polygon')
		return { type: 'Polygon', coordinates: geom.coordinates.map(unwrapRing) };
	return {
		type: 'MultiPolygon',
		coordinates: geom.coordinates.map((poly) => poly.map(unwrapRing))
	};
}

/** Drops empty rings/polygons that bboxClip leaves behind. */
function clean(geom: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
	const polys = (geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates)
		.map((poly) => poly.filter((ring) => ring.length >= 4))
		.filter((poly) => poly.length > 0);
	if (polys.length === 0) return null;
	return polys.length === 1
		? { type: 'Polygon', coordinates: polys[0]! }
		: { type: 'MultiPolygon', coordinates: polys };
}

/**
 * Natural Earth features without an ISO code that the atlas counts as a country: the Baikonur
 * lease area is Kazakh territory (leased to Russia), and the Tashkent–Orenburg line crosses it.
 */
export const CODES_BY_NAME: Record<string, string> = { Baikonur: 'KAZ' };

/** Country polygons clipped to `bbox`, tagged with ISO alpha-3 codes. */
export function countriesFromTopology(
	topology: Topology,
	bbox: [number, number, number, number] = BASEMAP_BBOX,
	decimals = 4
): CountryCollection {
	const collection = topoFeature(
		topology,
		topology.objects.countries as GeometryCollection<{ name: string }>
	) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
	const features: CountryFeature[] = [];
	for (const f of collection.features) {
		if (!f.geometry) continue;
		const clipped = bboxClip(
			{ type: 'Feature', properties: {}, geometry: unwrap(f.geometry) },
			bbox
		).geometry as Polygon | MultiPolygon;
		const geometry = clean(clipped);
		if (!geometry) continue;
		const code =
			(f.id === undefined ? undefined : countryCodeFromNumeric(f.id)) ??
			CODES_BY_NAME[f.properties.name] ??
			'';
		features.push({
			type: 'Feature',
			properties: {
				code,
				name: f.properties.name,
				focus: (CENTRAL_ASIA as readonly string[]).includes(code)
			},
			geometry: { ...geometry, coordinates: roundPositions(geometry.coordinates, decimals) } as
				Polygon | MultiPolygon
		});
	}
	return { type: 'FeatureCollection', features };
}

/** Land borders between countries (arcs shared by two countries), clipped to `bbox`. */
export function bordersFromTopology(
	topology: Topology,
	bbox: [number, number, number, number] = BASEMAP_BBOX,
	decimals = 4
): FeatureCollection<MultiLineString> {
	const countries = topology.objects.countries as GeometryCollection;
	const borders = topoMesh(topology, countries, (a, b) => a !== b);
	const clipped = bboxClip({ type: 'Feature', properties: {}, geometry: borders }, bbox)
		.geometry as MultiLineString;
	const lines = clipped.coordinates.filter((l) => l.length >= 2);
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: {},
				geometry: { type: 'MultiLineString', coordinates: roundPositions(lines, decimals) }
			}
		]
	};
}

/** Water bodies named on the basemap. Label anchors are cartographic placements inside each sea, not data. */
export const SEA_LABELS: { name: string; name_ja: string; name_ru: string; at: Position }[] = [
	{ name: 'Caspian Sea', name_ja: 'カスピ海', name_ru: 'Каспийское море', at: [50.8, 42.3] },
	{ name: 'Black Sea', name_ja: '黒海', name_ru: 'Чёрное море', at: [34.5, 43.2] },
	{ name: 'Mediterranean Sea', name_ja: '地中海', name_ru: 'Средиземное море', at: [26.0, 34.2] },
	{ name: 'Persian Gulf', name_ja: 'ペルシャ湾', name_ru: 'Персидский залив', at: [51.5, 27.0] }
];

/** A basemap label; Japanese and Russian names where a source gives them. */
export interface LabelProps {
	name: string;
	name_ja?: string;
	name_ru?: string;
	kind: 'country' | 'sea';
	focus: boolean;
}

/** One label point per country: the centre of mass of its largest part, if it lies inside. */
export function labelPoints(countries: CountryCollection): FeatureCollection<Point, LabelProps> {
	const features: Feature<Point, LabelProps>[] = [];
	for (const c of countries.features) {
		const parts = c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
		const largest = parts
			.map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
			.sort((a, b) => area(b) - area(a))[0]!;
		// Skip slivers left by the clip (e.g. a corner of a country outside the region).
		if (area(largest) < 2e9) continue;
		let at = centerOfMass(largest);
		if (!booleanPointInPolygon(at, largest)) at = pointOnFeature(largest);
		features.push({
			type: 'Feature',
			properties: { name: c.properties.name, kind: 'country', focus: c.properties.focus },
			geometry: { type: 'Point', coordinates: roundPositions(at.geometry.coordinates) }
		});
	}
	for (const s of SEA_LABELS) {
		features.push({
			type: 'Feature',
			properties: {
				name: s.name,
				name_ja: s.name_ja,
				name_ru: s.name_ru,
				kind: 'sea',
				focus: false
			},
			geometry: { type: 'Point', coordinates: s.at }
		});
	}
	return { type: 'FeatureCollection', features };
}

/** The drawn basemap: 1:50m data needs no more than 3 decimals (about 110 m). */
export function buildBasemap(topology: Topology) {
	const countries = countriesFromTopology(topology, BASEMAP_BBOX, 3);
	return {
		countries,
		borders: bordersFromTopology(topology, BASEMAP_BBOX, 3),
		labels: labelPoints(countries)
	};
}
