import { error } from '@sveltejs/kit';
import { buildIndex, corridorList, corridorPreview, previewText } from '$lib/server/records';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every record gets a prerendered page, and so does every corridor (/corridors/<id>). */
export const entries: EntryGenerator = () => [
	...buildIndex().all.map((r) => ({ layer: r.layer, id: r.id })),
	...corridorList().map((c) => ({ layer: 'corridors', id: c.id }))
];

export const load: PageServerLoad = ({ params }) => {
	const corridor = params.layer === 'corridors' ? corridorPreview(params.id) : undefined;
	if (corridor)
		return { id: params.id, layer: params.layer, kind: 'corridor' as const, ...corridor };
	const preview = previewText(params.id);
	if (!preview || preview.layer !== params.layer) error(404, 'No such record');
	return { id: params.id, kind: 'record' as const, ...preview };
};
