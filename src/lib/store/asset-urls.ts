/**
 * Absolute URLs of the files the app loads besides its code: the basemap, the label font and the
 * routing network. Paths are relative to the build, so the site works under any sub-path.
 */
import { browser } from '$app/environment';
import { assets } from '$app/paths';
import type { BasemapUrls } from '$lib/map/style';
import { JAPANESE_MANIFEST, fontFaces } from '$lib/map/fonts';

export function assetUrl(path: string): string {
	return browser ? new URL(`${assets}/${path}`, location.href).href : `${assets}/${path}`;
}

export function basemapUrls(): BasemapUrls {
	return {
		countries: assetUrl('basemap/countries.geojson'),
		borders: assetUrl('basemap/borders.geojson'),
		labels: assetUrl('basemap/labels.geojson'),
		fontFaces: fontFaces((file) => assetUrl(`fonts/${file}`)),
		japaneseFonts: assetUrl(JAPANESE_MANIFEST)
	};
}
