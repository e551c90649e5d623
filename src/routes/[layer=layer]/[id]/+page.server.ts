import { error } from '@sveltejs/kit';
import { buildIndex, previewText } from '$lib/server/records';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every record gets a prerendered page. */
export const entries: EntryGenerator = () =>
	buildIndex().all.map((r) => ({ layer: r.layer, id: r.id }));

export const load: PageServerLoad = ({ params }) => {
	const preview = previewText(params.id);
	if (!preview || preview.layer !== params.layer) error(404, 'No such record');
	return { id: params.id, ...preview };
};
