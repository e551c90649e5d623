/**
 * One index over every record in every layer, so the list, search, filters and detail panel can
 * find a record by id without knowing which file it came from. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Geodata } from './load';
import type {
	CorridorSegmentProps,
	MineProps,
	PlaceProps,
	PlantProps,
	ProjectProps
} from './schemas';
import type { LayerId } from './vocab';
import type { Locale } from './locale';
import { length } from '@turf/length';
import { mineFacets, plantFacets, projectFacets, type FacetProps } from './facets';

interface Base<L extends LayerId, P> {
	layer: L;
	id: string;
	name: string;
	props: P;
	geometry: Geometry;
	/** Filter facets; null for layers the filters don't apply to (corridors, places). */
	facets: FacetProps | null;
}
export type AtlasRecord =
	| Base<'corridors', CorridorSegmentProps>
	| Base<'places', PlaceProps>
	| Base<'plants', PlantProps>
	| Base<'mines', MineProps>
	| Base<'projects', ProjectProps>;

export interface RecordIndex {
	all: AtlasRecord[];
	byId: Map<string, AtlasRecord>;
}

/** A record's name in a language: its `names` entry when given, else the English name. */
export function localName(
	r: { name: string; props: { names?: { en?: string; ja?: string; ru?: string } } },
	locale: Locale
): string {
	return (locale === 'en' ? undefined : r.props.names?.[locale]) ?? r.name;
}

/** A corridor as a language names it: its `names` and `shortNames` entries, else English. */
export function localCorridor<
	C extends {
		name: string;
		shortName: string;
		names?: { ja?: string; ru?: string };
		shortNames?: { ja?: string; ru?: string };
	}
>(c: C, locale: Locale): C {
	if (locale === 'en') return c;
	return {
		...c,
		name: c.names?.[locale] ?? c.name,
		shortName: c.shortNames?.[locale] ?? c.shortName
	};
}

export function segmentName(p: CorridorSegmentProps): string {
	return p.name ?? `${p.from} – ${p.to}`;
}

export function indexRecords(data: Partial<Geodata>): RecordIndex {
	const all: AtlasRecord[] = [];
	const add = <F extends { properties: { id: string }; geometry: Geometry }>(
		layer: LayerId,
		features: F[] | undefined,
		name: (f: F) => string,
		facets: (f: F) => FacetProps | null
	) => {
		for (const f of features ?? [])
			all.push({
				layer,
				id: f.properties.id,
				name: name(f),
				props: f.properties,
				geometry: f.geometry,
				facets: facets(f)
			} as AtlasRecord);
	};
	add(
		'corridors',
		data.segments?.features,
		(f) => segmentName(f.properties),
		() => null
	);
	add(
		'places',
		data.places?.features,
		(f) => f.properties.name,
		() => null
	);
	add(
		'plants',
		data.plants?.features,
		(f) => f.properties.name,
		(f) => plantFacets(f.properties)
	);
	add(
		'mines',
		data.mines?.features,
		(f) => f.properties.name,
		(f) => mineFacets(f.properties)
	);
	add(
		'projects',
		data.projects?.features,
		(f) => f.properties.name,
		(f) => projectFacets(f.properties)
	);
	return { all, byId: new Map(all.map((r) => [r.id, r])) };
}

/** The features of one layer as the map draws them: the record's fields plus its facets. */
export function layerCollection(index: RecordIndex, layer: LayerId): FeatureCollection {
	const features: Feature[] = [];
	for (const r of index.all) {
		if (r.layer !== layer) continue;
		// Segments also carry their first corridor as a string, for the map's colour expression.
		const mainCorridor = r.layer === 'corridors' ? { mainCorridor: r.props.corridors[0] } : {};
		features.push({
			type: 'Feature',
			geometry: r.geometry,
			properties: { ...r.props, ...r.facets, ...mainCorridor }
		});
	}
	return { type: 'FeatureCollection', features };
}

/** A representative point of a record: its point, or the middle vertex of its line. */
export function recordAnchor(r: AtlasRecord): [number, number] {
	const g = r.geometry;
	if (g.type === 'Point') return g.coordinates as [number, number];
	if (g.type === 'LineString')
		return g.coordinates[Math.floor(g.coordinates.length / 2)] as [number, number];
	return [0, 0];
}

/** A line record's drawn length in km, measured as the analysis measures it; null for a point. */
export function drawnLengthKm(r: AtlasRecord): number | null {
	const g = r.geometry;
	if (g.type !== 'LineString' && g.type !== 'MultiLineString') return null;
	return length({ type: 'Feature', geometry: g, properties: {} }, { units: 'kilometers' });
}

/** [west, south, east, north] of a record's geometry. */
export function recordBounds(r: AtlasRecord): [number, number, number, number] {
	const g = r.geometry;
	const coords =
		g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : [];
	const xs = coords.map((c) => c[0]!);
	const ys = coords.map((c) => c[1]!);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const linksOf = (r: AtlasRecord): string[] => {
	const p = r.props as { relatedIds?: string[]; projectIds?: string[] };
	return [...(p.relatedIds ?? []), ...(p.projectIds ?? [])];
};

/** Records linked to `record`, whichever of the two names the other. */
export function relatedRecords(index: RecordIndex, record: AtlasRecord): AtlasRecord[] {
	const ids = new Set(linksOf(record));
	for (const r of index.all) if (linksOf(r).includes(record.id)) ids.add(r.id);
	ids.delete(record.id);
	return [...ids].map((id) => index.byId.get(id)).filter((r): r is AtlasRecord => Boolean(r));
}
