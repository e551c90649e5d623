import { localeFromParam } from '$lib/data/locale';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML (adapter-static), once per locale.
export const prerender = true;
// Each page is a folder with an index.html, which every static host serves, and its relative asset
// paths resolve from the slash; `npm start` redirects a page asked for without it.
export const trailingSlash = 'always';

export const load: LayoutLoad = ({ params }) => ({
	locale: localeFromParam('lang' in params ? params.lang : undefined)
});
