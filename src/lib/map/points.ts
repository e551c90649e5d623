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
const FILTERED: LayerId[] = ['plants', 'mines', 'projects'];

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

/** Each point's JSON as UTF-8 bytes, encoded once: a rebuild copies these, never re-encodes. */
const pointBytes = new WeakMap<Feature, Uint8Array>();
const encoder = new TextEncoder();
const HEAD = encoder.encode('{"type":"FeatureCollection","features":[');
const COMMA = encoder.encode(',');
const TAIL = encoder.encode(']}');

/**
 * The same points as `pointCollection`, as GeoJSON bytes. The map reads them from a blob URL in
 * its worker: on the main thread a filter change then costs copying cached bytes, where handing
 * over the objects would copy every point through postMessage (45-80 ms for 10k points on a
 * slow machine) and building text would encode it all again.
 */
export function pointCollectionBytes(
	data: PointSources,
	options: Parameters<typeof pointCollection>[1] = {}
): Uint8Array<ArrayBuffer> {
	const parts: Uint8Array[] = [];
	let size = HEAD.length + TAIL.length;
	for (const point of pointCollection(data, options).features) {
		let bytes = pointBytes.get(point);
		if (bytes === undefined) {
			bytes = encoder.encode(JSON.stringify(point));
			pointBytes.set(point, bytes);
		}
		parts.push(bytes);
		size += bytes.length + 1;
	}
	const out = new Uint8Array(size);
	out.set(HEAD, 0);
	let at = HEAD.length;
	parts.forEach((bytes, i) => {
		if (i > 0) out.set(COMMA, at++);
		out.set(bytes, at);
		at += bytes.length;
	});
	out.set(TAIL, at);
	return out.subarray(0, at + TAIL.length);
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
		const filtered = options.passes && FILTERED.includes(layer);
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
