import type { ParamMatcher } from '@sveltejs/kit';

/** Record pages exist for these layers: /projects/<id>, /plants/<id>, … */
export const RECORD_PAGE_LAYERS = ['projects', 'plants', 'mines', 'places', 'corridors'] as const;

export const match: ParamMatcher = (param) =>
	(RECORD_PAGE_LAYERS as readonly string[]).includes(param);
