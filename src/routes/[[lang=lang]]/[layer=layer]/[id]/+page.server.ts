import { error } from '@sveltejs/kit';
import { LOCALES, langParam } from '$lib/data/locale';
import { buildIndex, corridorList, corridorPreview, previewParts } from '$lib/server/records';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * Every record gets a prerendered page, and so does every corridor (/corridors/<id>), once per
 * language (/ja/plants/<id>, /ru/plants/<id>).
 */
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((locale) => {
		const lang = langParam(locale);
		return [
			...buildIndex().all.map((r) => ({ lang, layer: r.layer, id: r.id })),
			...corridorList().map((c) => ({ lang, layer: 'corridors', id: c.id }))
		];
	});

export const load: PageServerLoad = ({ params }) => {
	const corridor = params.layer === 'corridors' ? corridorPreview(params.id) : undefined;
	if (corridor)
		return {
			id: params.id,
			layer: params.layer,
			kind: 'corridor' as const,
			name: corridor.name,
			names: corridor.names,
			body: corridor.body
		};
	const parts = previewParts(params.id);
	if (!parts || parts.layer !== params.layer) error(404, 'No such record');
	return { id: params.id, kind: 'record' as const, ...parts };
};
