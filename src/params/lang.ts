import type { ParamMatcher } from '@sveltejs/kit';
import { isLocale, BASE_LOCALE } from '$lib/data/locale';

/** /ja/…, /ru/…: a locale other than the base one (English lives at the root, unprefixed). */
export const match: ParamMatcher = (param) => isLocale(param) && param !== BASE_LOCALE;
