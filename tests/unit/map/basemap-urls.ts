import { fontFaces } from '../../../src/lib/map/fonts';
import type { BasemapUrls } from '../../../src/lib/map/style';

/** Basemap URLs for style tests: nothing is fetched, the URLs only have to be well formed. */
export const TEST_BASEMAP_URLS: BasemapUrls = {
	countries: 'http://127.0.0.1/basemap/countries.geojson',
	borders: 'http://127.0.0.1/basemap/borders.geojson',
	labels: 'http://127.0.0.1/basemap/labels.geojson',
	fontFaces: fontFaces((file) => `http://127.0.0.1/fonts/${file}`),
	japaneseFonts: 'http://127.0.0.1/fonts/noto-sans-jp.json'
};
