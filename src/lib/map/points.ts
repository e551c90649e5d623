/**
 * The clustered `points` source's data: the visible points of every point layer (ports and
 * crossings, plants, mines, projects drawn as points), each tagged with its layer and a short
 * label. Filtering happens here, not in layer filters: a cluster's count must count only the
 * points that pass. Pure (no map library).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerId } from '../data/vocab';
import type { FacetProps } from '../data/facets';
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
const FILTERED: LayerId[] = ['plants', 'mines', 'projects'];

/** Labels in the other languages where the record has a sourced name (label_ja, label_ru). */
function localLabels(p: Record<string, unknown>): Record<string, string> {
	const names = (p.names ?? {}) as Partial<Record<string, string>>;
	const out: Record<string, string> = {};
	for (const lang of ['ja', 'ru']) if (names[lang]) out[`label_${lang}`] = names[lang];
	return out;
}

export function pointCollection(
	data: PointSources,
	options: {
		layers?: readonly LayerId[];
		/** Whether a filterable record (plant, mine, project) passes the filters. */
		passes?: (facets: FacetProps) => boolean;
	} = {}
): FeatureCollection {
	const layers = options.layers ?? ['places', 'plants', 'mines', 'projects'];
	const features: Feature[] = [];
	for (const layer of ['places', 'plants', 'mines', 'projects'] as const) {
		if (!layers.includes(layer)) continue;
		for (const f of data[layer].features) {
			if (f.geometry?.type !== 'Point') continue;
			const p = f.properties ?? {};
			if (layer === 'places' && UNCLUSTERED_PLACE_KINDS.includes(p.kind)) continue;
			if (options.passes && FILTERED.includes(layer) && !options.passes(p as FacetProps)) continue;
			features.push({
				type: 'Feature',
				geometry: f.geometry,
				properties: { ...p, layer, label: shortName(String(p.name ?? '')), ...localLabels(p) }
			});
		}
	}
	return { type: 'FeatureCollection', features };
}
