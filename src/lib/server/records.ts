/**
 * Geodata read at build time for the prerendered record pages (titles and descriptions for link
 * previews). Runs only in Node during the build.
 */
import type { Corridor } from '$lib/data/schemas';
import { indexRecords } from '$lib/data/records';
import type { LayerId, Status } from '$lib/data/vocab';
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

/** Link previews stay short: at most 300 characters. */
export function clip(text: string): string {
	return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

/** A corridor's page preview: its name (in each language known) and description. */
export function corridorPreview(id: string):
	| {
			name: string;
			names?: Corridor['names'];
			/** The description from the data (English), without the lead. */
			body: string;
			description: string;
	  }
	| undefined {
	const c = corridorList().find((x) => x.id === id);
	if (!c) return undefined;
	const description = `Transport corridor. ${c.description}`;
	return { name: c.name, names: c.names, body: c.description, description: clip(description) };
}

/**
 * What a record page's preview is made of, for the page to word in its language: the record's
 * layer, names, countries (ISO codes), status and description from the data (English).
 */
export function previewParts(id: string):
	| {
			layer: LayerId;
			name: string;
			names?: { en: string; ja?: string; ru?: string };
			countries: string[];
			status: Status;
			body: string;
	  }
	| undefined {
	const r = buildIndex().byId.get(id);
	if (!r) return undefined;
	const countries = r.facets
		? splitList(r.facets.f_countries).filter((c) => c !== 'REG')
		: 'country' in r.props
			? [r.props.country]
			: [];
	return {
		layer: r.layer,
		name: r.name,
		names: r.props.names,
		countries,
		status: r.props.status,
		body: 'description' in r.props && r.props.description ? r.props.description : ''
	};
}
