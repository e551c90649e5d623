/**
 * The clustered `points` source's data: the visible points of every point layer (ports and
 * crossings, plants, mines, projects drawn as points), each tagged with its layer and a short
 * label. Filtering happens here, not in layer filters: a cluster's count must count only the
 * points that pass. Pure (no map library).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerId } from '../data/vocab';
import { LOCALES } from '../data/locale';
import { shortName } from '../data/short-name';

export interface PointSources {
	places: FeatureCollection;
	plants: FeatureCollection;
	mines: FeatureCollection;
	projects: FeatureCollection;
}

/** Place kinds drawn on their own, unclustered, from zoom 5 (too many to cluster with the rest). */
export const UNCLUSTERED_PLACE_KINDS = ['station', 'junction'];

/** Layers whose records the filters apply to. */
const FILTERED = new Set<LayerId>(['plants', 'mines', 'projects']);

/** The properties the point layers draw, label, highlight and click with; the rest stays out. */
const DRAWN_PROPS = ['id', 'name', 'kind', 'technology', 'priorityArea', 'locationPrecision'];

/**
 * A record's point as the map gets it, made once per record and reused on every filter change:
 * only the drawn properties, so the copy sent to the map's worker stays small.
 */
const pointFeatures = new WeakMap<Feature, Feature>();
function pointFeature(f: Feature, layer: LayerId): Feature {
	let point = pointFeatures.get(f);
	if (!point) {
		const p = f.properties ?? {};
		const properties: Record<string, unknown> = { layer, label: shortName(String(p.name ?? '')) };
		for (const key of DRAWN_PROPS) if (p[key] !== undefined) properties[key] = p[key];
		const names = (p.names ?? {}) as Partial<Record<string, string>>;
		// Labels in the other languages where the record has a sourced name (label_ja, …).
		for (const locale of LOCALES)
			if (locale !== 'en' && names[locale]) properties[`label_${locale}`] = names[locale];
		point = { type: 'Feature', geometry: f.geometry, properties };
		pointFeatures.set(f, point);
	}
	return point;
}

/**
 * Every point the map may draw, in a fixed order, made once per data set: a filter change only
 * says which of them to show (`shownMask`) and hands MapLibre those same objects (`shownPoints`).
 */
export interface PointTable {
	layers: LayerId[];
	ids: string[];
	features: Feature[];
	/** Whether no two points share an id: MapLibre applies a diff only to a source that has none. */
	uniqueIds: boolean;
}

export function pointTable(data: PointSources): PointTable {
	const features = pointCollection(data).features;
	const ids = features.map((f) => String(f.properties!.id));
	return {
		layers: features.map((f) => f.properties!.layer as LayerId),
		ids,
		features,
		uniqueIds: new Set(ids).size === ids.length
	};
}

/**
 * Where each of the table's points finds its record's filter result: the record's position in
 * `indexOfId` (the filterable records' order), or -1 for a point the filters don't apply to.
 * Made once per data set, so a filter change looks up no ids.
 */
export function recordPositions(
	table: Pick<PointTable, 'layers' | 'ids'>,
	indexOfId: ReadonlyMap<string, number>
): Int32Array {
	return Int32Array.from(table.ids, (id, i) =>
		FILTERED.has(table.layers[i]!) ? (indexOfId.get(id) ?? -2) : -1
	);
}

/**
 * Which of the table's points are shown: 1 where its layer is visible and, for a plant, mine or
 * project, its record passes the filters (`masks`, the records' fail masks: 0 passes).
 */
export function shownMask(
	table: Pick<PointTable, 'layers'>,
	layers: readonly LayerId[],
	filter?: { positions: Int32Array; masks: Uint8Array }
): Uint8Array<ArrayBuffer> {
	// A plain copy: the layers come from the view's state, a proxy too slow to read per point.
	const visible = new Set<LayerId>(layers);
	const shown = new Uint8Array(table.layers.length);
	for (let i = 0; i < shown.length; i++) {
		if (!visible.has(table.layers[i]!)) continue;
		const at = filter ? filter.positions[i]! : -1;
		// -2: a filtered layer's point with no record among the filterable ones is not shown.
		if (at === -2 || (at >= 0 && filter!.masks[at] !== 0)) continue;
		shown[i] = 1;
	}
	return shown;
}

/** The shown points as the collection the clustered source is given. */
export function shownPoints(
	table: Pick<PointTable, 'features'>,
	shown: Uint8Array
): FeatureCollection {
	const features: Feature[] = [];
	for (let i = 0; i < shown.length; i++) if (shown[i]) features.push(table.features[i]!);
	return { type: 'FeatureCollection', features };
}

/** What MapLibre copies for a hidden point's id, against a whole point (some ten values). */
const ID_COST = 0.1;

/**
 * A change that only hides points, as a source diff: the ids of the points hidden (by the source's
 * `promoteId`, the record id), so that narrowing a filter sends MapLibre's worker ids, not points.
 * Null when the change shows any point again, or when the ids would cost as much to copy as the
 * points now shown: those are then sent whole. Never additions: MapLibre appends added points to
 * its list, and clusters are grouped in list order, so they would differ from those a fresh load
 * of the same link draws; removals keep the list in the table's order.
 */
export function shownDiff(
	table: Pick<PointTable, 'ids' | 'uniqueIds'>,
	before: Uint8Array,
	after: Uint8Array
): { remove: string[] } | null {
	if (!table.uniqueIds) return null;
	const remove: string[] = [];
	let shownCount = 0;
	for (let i = 0; i < after.length; i++) {
		shownCount += after[i]!;
		if (before[i] === after[i]) continue;
		if (after[i]) return null;
		remove.push(table.ids[i]!);
	}
	return remove.length * ID_COST < shownCount ? { remove } : null;
}

export function pointCollection(
	data: PointSources,
	options: {
		layers?: readonly LayerId[];
		/** Whether a filterable record (plant, mine, project), by id, passes the filters. */
		passes?: (id: string) => boolean;
	} = {}
): FeatureCollection {
	const layers = options.layers ?? ['places', 'plants', 'mines', 'projects'];
	const features: Feature[] = [];
	for (const layer of ['places', 'plants', 'mines', 'projects'] as const) {
		if (!layers.includes(layer)) continue;
		const filtered = options.passes && FILTERED.has(layer);
		for (const f of data[layer].features) {
			if (f.geometry?.type !== 'Point') continue;
			const p = f.properties ?? {};
			if (layer === 'places' && UNCLUSTERED_PLACE_KINDS.includes(p.kind)) continue;
			if (filtered && !options.passes!(String(p.id))) continue;
			features.push(pointFeature(f, layer));
		}
	}
	return { type: 'FeatureCollection', features };
}
