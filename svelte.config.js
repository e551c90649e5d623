import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Origins the page may contact besides its own: none, unless an online basemap is configured
 * (its style's origin, plus any tile or glyph hosts listed in PUBLIC_BASEMAP_ORIGINS).
 */
function basemapOrigins() {
	const origins = [];
	const style = process.env.PUBLIC_BASEMAP_STYLE;
	if (style) origins.push(new URL(style).origin);
	for (const o of (process.env.PUBLIC_BASEMAP_ORIGINS ?? '').split(',').filter(Boolean))
		origins.push(new URL(o.trim()).origin);
	return origins;
}
const external = basemapOrigins();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompress: a .br and a .gz beside each HTML, JS, CSS and JSON file, for `npm start`
		// (sirv with brotli and gzip) and the many hosts that serve precompressed files.
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: undefined,
			precompress: true,
			strict: true
		}),
		// Relative asset paths let the static build live under any sub-path of a host or CDN.
		paths: { relative: true },
		// Every page exists once per locale; the pages without parameters are listed for each
		// locale here, the record pages come from their route's entries().
		prerender: {
			entries: ['*', '/ja/', '/ru/', '/ja/methods/', '/ru/methods/']
		},
		// Prerendered pages carry the policy as a <meta> tag; SvelteKit hashes its own inline script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Stylesheets from the app only, no inline <style>. Style attributes stay allowed: Svelte
				// writes some element styles (the style: directive) as attributes.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', ...external],
				'font-src': ['self', ...external],
				'connect-src': ['self', ...external],
				// MapLibre's worker is loaded from its own file (setWorkerUrl), never from a blob.
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				// The not-found page's search form submits to the atlas itself.
				'form-action': ['self']
			}
		}
	}
};

export default config;
