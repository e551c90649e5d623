/**
 * Geodata read at build time for the prerendered record pages (titles and descriptions for link
 * previews). Runs only in Node during the build.
 */
import type { Corridor } from '$lib/data/schemas';
import { indexRecords } from '$lib/data/records';
import { LAYER_LABELS, STATUS_LABELS, countryName, type LayerId } from '$lib/data/vocab';
import { splitList } from '$lib/data/facets';
import { readGeodata, readRequiredGeodata } from './geodata';

let cached: ReturnType<typeof indexRecords> | undefined;

/** Records of every file that validates; the others are left out, as in the app. */
export function buildIndex() {
	cached ??= indexRecords(readGeodata().data);
	return cached;
}

let corridorsCache: Corridor[] | undefined;
export function corridorList(): Corridor[] {
	corridorsCache ??= readRequiredGeodata(['corridors']).corridors.corridors;
	return corridorsCache;
}

/** A corridor's page preview: its name and description. */
export function corridorPreview(id: string): { name: string; description: string } | undefined {
	const c = corridorList().find((x) => x.id === id);
	if (!c) return undefined;
	const description = `Transport corridor. ${c.description}`;
	return {
		name: c.name,
		description: description.length > 300 ? `${description.slice(0, 297)}…` : description
	};
}

/** A one-line description for link previews. */
export function previewText(
	id: string
): { layer: LayerId; name: string; description: string } | undefined {
	const r = buildIndex().byId.get(id);
	if (!r) return undefined;
	const countries = r.facets
		? splitList(r.facets.f_countries)
				.filter((c) => c !== 'REG')
				.map(countryName)
				.join(', ')
		: 'country' in r.props
			? countryName(r.props.country)
			: '';
	const lead = [LAYER_LABELS[r.layer].replace(/s$/, ''), countries, STATUS_LABELS[r.props.status]]
		.filter(Boolean)
		.join(' · ');
	const body = 'description' in r.props && r.props.description ? r.props.description : '';
	const description = `${lead}. ${body}`.trim();
	return {
		layer: r.layer,
		name: r.name,
		description: description.length > 300 ? `${description.slice(0, 297)}…` : description
	};
}
