/** The lines to highlight for compared corridors or a found route, as GeoJSON. Pure. */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { RouteSummary } from './network';

export function routeHighlight(
	routes: { color: string; route: RouteSummary }[],
	geometryOf: (segmentId: string) => Position[] | undefined
): FeatureCollection {
	const features: Feature[] = [];
	// Offsets centred on zero, so two routes on one track sit either side of it.
	const offsetOf = (i: number) => (routes.length > 1 ? i - (routes.length - 1) / 2 : 0);
	routes.forEach(({ color, route }, i) => {
		for (const leg of route.legs) {
			const coordinates = geometryOf(leg.segment.id);
			if (coordinates)
				features.push({
					type: 'Feature',
					properties: { kind: 'route', color, offset: offsetOf(i), segment: leg.segment.id },
					geometry: { type: 'LineString', coordinates }
				});
			for (const part of leg.segment.russiaParts)
				features.push({
					type: 'Feature',
					properties: { kind: 'russia', segment: leg.segment.id },
					geometry: { type: 'LineString', coordinates: part }
				});
		}
	});
	return { type: 'FeatureCollection', features };
}
