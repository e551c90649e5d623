/**
 * Progressive basemap detail: lakes, towns and rail beyond the first view are fetched only once
 * the map is zoomed in far enough (DETAIL_SOURCES), half a zoom level early so they are there
 * when drawn. Each file is fetched at most once.
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { DETAIL_SOURCES, basemapFileUrl, type BasemapUrls } from './style';

/** How far ahead of a band's zoom its file is fetched. */
const PREFETCH_ZOOM = 0.5;

export function loadBasemapDetail(map: MaplibreMap, urls: BasemapUrls): () => void {
	const loaded = new Set<string>();
	const update = () => {
		const zoom = map.getZoom();
		for (const band of DETAIL_SOURCES) {
			if (loaded.has(band.id) || zoom < band.loadZoom - PREFETCH_ZOOM) continue;
			// An online basemap has none of these sources.
			const source = map.getSource<GeoJSONSource>(band.id);
			if (!source) continue;
			loaded.add(band.id);
			source.setData(basemapFileUrl(urls, band.file));
		}
	};
	update();
	map.on('zoomend', update);
	return () => map.off('zoomend', update);
}
