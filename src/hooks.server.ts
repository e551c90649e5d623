import type { Handle } from '@sveltejs/kit';
import { localeFromParam } from '$lib/data/locale';

/** The prerendered HTML names its language: app.html's `%lang%` becomes the page's locale. */
export const handle: Handle = ({ event, resolve }) => {
	const locale = localeFromParam(event.params.lang);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
};
