import type { ParamMatcher } from '@sveltejs/kit';
import { LAYERS } from '$lib/data/vocab';

/** Every layer has record pages: /projects/<id>, /plants/<id>, … (and /corridors/<id>). */
export const match: ParamMatcher = (param) => (LAYERS as readonly string[]).includes(param);
