/**
 * Geodata read at build time for the prerendered record pages (titles and descriptions for link
 * previews). Runs only in Node during the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	GEODATA_FILES,
	corridorsFileSchema,
	type Corridor,
	type GeodataKey
} from '$lib/data/schemas';
import { indexRecords } from '$lib/data/records';
import type { Geodata } from '$lib/data/load';
import { LAYER_LABELS, STATUS_LABELS, countryName, type LayerId } from '$lib/data/vocab';
import { splitList } from '$lib/data/facets';

let cached: ReturnType<typeof indexRecords> | undefined;

export function buildIndex() {
	if (cached) return cached;
	const data: Partial<Geodata> = {};
	for (const [key, { file, schema }] of Object.entries(GEODATA_FILES)) {
		const parsed = schema.safeParse(JSON.parse(readFileSync(join('geodata', file), 'utf8')));
		if (parsed.success) (data as Record<string, unknown>)[key as GeodataKey] = parsed.data;
	}
	cached = indexRecords(data);
	return cached;
}

let corridorsCache: Corridor[] | undefined;
export function corridorList(): Corridor[] {
	corridorsCache ??= corridorsFileSchema.parse(
		JSON.parse(readFileSync(join('geodata', 'corridors.json'), 'utf8'))
	).corridors;
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
