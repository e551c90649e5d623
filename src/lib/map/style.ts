/**
 * The map style: the embedded offline basemap, and the data overlays drawn on top of any basemap.
 * All layer ids live in LAYER_ORDER; later entries are drawn on top.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Corridor } from '../data/schemas';
import type { LayerId } from '../data/vocab';
import { BASEMAP_BBOX } from '../data/region';
import {
	LAKE_BANDS,
	PLACE_BANDS,
	RAIL_BANDS,
	RIVER_BAND,
	STATION_BAND,
	WORLD_FILE
} from '../data/basemap-bands';
import { bboxPolygon } from '@turf/bbox-polygon';
import {
	BASEMAP_COLORS as C,
	CORRIDOR_FALLBACK_COLOR,
	MINE_COLOR,
	RUSSIA_COLOR,
	PLACE_COLORS,
	PLANT_COLORS,
	PRIORITY_COLORS,
	NEUTRAL_COLOR
} from './palette';
import { MINE_ICON, PLACE_ICONS, PLANT_ICONS, iconImageId } from './icons';
import { FONT, type FontFaces } from './fonts';
import { pointCollection } from './points';
import { MAX_ZOOM } from '../state/camera';

export { FONT };

/** The embedded basemap's sources and the files they load, for error messages. */
export const BASEMAP_FILES: Record<string, string> = {
	countries: 'countries.geojson',
	borders: 'borders.geojson',
	'basemap-labels': 'labels.geojson',
	world: WORLD_FILE,
	...Object.fromEntries(
		[...LAKE_BANDS, RIVER_BAND, ...PLACE_BANDS, ...RAIL_BANDS, STATION_BAND].map((b) => [
			b.id,
			b.file
		])
	)
};

/**
 * Basemap sources fetched only once the map is zoomed in to `loadZoom` (see basemap-detail.ts):
 * they start empty so the first view loads none of them.
 */
export const DETAIL_SOURCES: { id: string; file: string; loadZoom: number }[] = [
	...LAKE_BANDS,
	RIVER_BAND,
	...PLACE_BANDS,
	...RAIL_BANDS,
	STATION_BAND
].filter((b) => b.loadZoom > 0);

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** URL of another file in the basemap folder (next to countries.geojson). */
export function basemapFileUrl(urls: BasemapUrls, file: string): string {
	return urls.countries.replace(/countries\.geojson$/, file);
}

const CREDITS = {
	naturalEarth: 'Natural Earth (public domain)',
	// Lakes and the rail network share one credit line (MapLibre shows each distinct text once;
	// a text contained in another one, such as a bare OSM credit, would be dropped).
	lakes: 'Lakes, railways © OpenStreetMap contributors (ODbL 1.0)',
	towns: 'GeoNames (CC BY 4.0)',
	// Rivers are Natural Earth too: the same text, shown once.
	rivers: 'Natural Earth (public domain)',
	rail: 'Lakes, railways © OpenStreetMap contributors (ODbL 1.0)'
};

/**
 * Towns of one population band: a dot and its name as one symbol, so a town whose name gives way
 * to a larger one (or to a record) loses its dot too and low zooms don't fill with nameless dots.
 * Larger towns are drawn larger and placed first; capitals get a ringed dot.
 */
function townLayers(
	id: string,
	minzoom: number,
	filter?: FilterSpecification
): LayerSpecification[] {
	const capital: ExpressionSpecification = ['boolean', ['get', 'capital'], false];
	const zoomFilter = filter ? { filter } : {};
	return [
		{
			id: `${id}-labels`,
			type: 'symbol',
			source: id,
			minzoom,
			...zoomFilter,
			layout: {
				'icon-image': ['case', capital, iconImageId('capital'), iconImageId('town')],
				'icon-size': ['case', capital, 0.55, ['>=', ['get', 'population'], 1_000_000], 0.45, 0.35],
				'icon-padding': 0,
				'text-field': ['get', 'name'],
				'text-font': [FONT],
				'text-size': [
					'case',
					capital,
					14,
					[
						'interpolate',
						['linear'],
						['get', 'population'],
						1_000,
						10.5,
						100_000,
						11.5,
						1_000_000,
						13
					]
				],
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 0.55,
				'text-justify': 'auto',
				'text-max-width': 8,
				// Larger towns first, capitals before all.
				'symbol-sort-key': ['case', capital, -1e9, ['-', ['get', 'population']]],
				'text-padding': 3
			},
			paint: {
				'icon-color': C.town,
				'icon-halo-color': C.halo,
				'icon-halo-width': 1,
				'text-color': C.townLabel,
				...halo,
				'text-halo-width': ['case', capital, 2, 1.5]
			}
		}
	];
}

/** A label's name in the page's language, falling back to the English one. */
export function localName(locale: string, key = 'name'): ExpressionSpecification {
	return locale === 'en' ? ['get', key] : ['coalesce', ['get', `${key}_${locale}`], ['get', key]];
}

/** Country names: the atlas's focus countries (never dropped), or the others. */
function countryLabels(
	id: string,
	focus: boolean,
	name: ExpressionSpecification,
	overlap = focus
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: 'basemap-labels',
		filter: [
			'all',
			['==', ['get', 'kind'], 'country'],
			['==', ['boolean', ['get', 'focus'], false], focus]
		],
		layout: {
			'text-field': name,
			'text-font': [FONT],
			'text-size': focus ? 15 : 12,
			'text-transform': 'uppercase',
			'text-letter-spacing': 0.08,
			'text-max-width': 8,
			// Never dropped for a town or a record: the focus countries' names are placed first.
			...(overlap ? { 'text-allow-overlap': true } : { 'text-padding': 4 })
		},
		paint: {
			'text-color': focus ? C.countryLabelFocus : C.countryLabel,
			...halo
		}
	};
}

export interface BasemapUrls {
	countries: string;
	borders: string;
	labels: string;
	/** The label font's files by script (see fonts.ts). */
	fontFaces: FontFaces;
	/** The manifest of the Japanese subsets, fetched by Japanese pages only. */
	japaneseFonts: string;
}

/** Overlay layer ids by data layer, bottom to top. */
export const OVERLAY_LAYERS: Record<LayerId, string[]> = {
	corridors: ['corridors-casing', 'corridors-rail-road', 'corridors-sea'],
	places: ['places-stations', 'places-icons'],
	plants: ['plants-icons'],
	mines: ['mines-icons'],
	projects: ['projects-lines', 'projects-lines-approx', 'projects-circles']
};

/** The compared or routed lines, drawn over the corridors; stretches in Russia marked. */
export const HIGHLIGHT_LAYERS = ['highlight-casing', 'highlight-line', 'highlight-russia'];

/**
 * Points of every layer that overlap at a zoom, drawn as one circle with a count. They come from
 * the clustered `points` source, which holds the visible, filtered points of all point layers.
 */
export const CLUSTER_LAYERS = ['points-clusters', 'points-cluster-counts'];

/** Short record names, from zoom 7 (ports and crossings from 4.5); placed after the basemap's. */
export const LABEL_LAYERS = ['records-labels'];

/** Every overlay layer id in draw order (later on top). */
export const LAYER_ORDER: string[] = [
	...OVERLAY_LAYERS.corridors,
	...HIGHLIGHT_LAYERS,
	'projects-lines',
	'projects-lines-approx',
	'places-stations',
	...OVERLAY_LAYERS.mines,
	...OVERLAY_LAYERS.plants,
	'places-icons',
	'projects-circles',
	...CLUSTER_LAYERS,
	...LABEL_LAYERS
];

/** Layers that can be clicked to open a record (or, for clusters, to open them up). */
export const INTERACTIVE_LAYERS = [
	'corridors-rail-road',
	'corridors-sea',
	'places-stations',
	'places-icons',
	'plants-icons',
	'mines-icons',
	'projects-lines',
	'projects-lines-approx',
	'projects-circles',
	'points-clusters'
];

/** Which data layer an overlay layer id belongs to. */
export function dataLayerOf(layerId: string): LayerId | undefined {
	return (Object.keys(OVERLAY_LAYERS) as LayerId[]).find((k) =>
		OVERLAY_LAYERS[k].includes(layerId)
	);
}

/** Points of the same layer closer than this (in pixels) are drawn as one cluster. */
export const CLUSTER_RADIUS = 14;

const halo = { 'text-halo-color': C.halo, 'text-halo-width': 1.5 };

/**
 * The offline basemap: Natural Earth land, borders and labels, drawn with the shipped font. Country
 * and sea names follow `locale` where the label data has them; towns keep their GeoNames name.
 */
export function embeddedBasemapStyle(urls: BasemapUrls, locale = 'en'): StyleSpecification {
	const name = localName(locale);
	return {
		version: 8,
		name: 'Corridor Atlas offline basemap',
		'font-faces': { [FONT]: urls.fontFaces },
		sources: {
			world: { type: 'geojson', data: basemapFileUrl(urls, WORLD_FILE), maxzoom: 6 },
			countries: {
				type: 'geojson',
				data: urls.countries,
				attribution: CREDITS.naturalEarth
			},
			borders: { type: 'geojson', data: urls.borders },
			extent: { type: 'geojson', data: bboxPolygon(BASEMAP_BBOX) },
			'basemap-labels': { type: 'geojson', data: urls.labels },
			...Object.fromEntries(
				LAKE_BANDS.map((b) => [
					b.id,
					{
						type: 'geojson',
						data: b.loadZoom > 0 ? EMPTY : basemapFileUrl(urls, b.file),
						attribution: CREDITS.lakes
					} satisfies SourceSpecification
				])
			),
			[RIVER_BAND.id]: { type: 'geojson', data: EMPTY, attribution: CREDITS.rivers },
			[STATION_BAND.id]: { type: 'geojson', data: EMPTY, attribution: CREDITS.rail },
			...Object.fromEntries(
				RAIL_BANDS.map((b) => [
					b.id,
					{ type: 'geojson', data: EMPTY, attribution: CREDITS.rail } satisfies SourceSpecification
				])
			),
			...Object.fromEntries(
				PLACE_BANDS.map((b) => [
					b.id,
					{
						type: 'geojson',
						data: b.loadZoom > 0 ? EMPTY : basemapFileUrl(urls, b.file),
						attribution: CREDITS.towns
					} satisfies SourceSpecification
				])
			)
		},
		layers: [
			// The sea everywhere; the world's land at 1:110m on it, and the detailed region on top.
			{ id: 'background', type: 'background', paint: { 'background-color': C.sea } },
			{
				id: 'world-land',
				type: 'fill',
				source: 'world',
				filter: ['==', ['get', 'kind'], 'land'],
				paint: { 'fill-color': C.land, 'fill-antialias': false }
			},
			{
				id: 'world-borders',
				type: 'line',
				source: 'world',
				filter: ['==', ['get', 'kind'], 'border'],
				paint: { 'line-color': C.border, 'line-width': 0.6, 'line-dasharray': [3, 1.5] }
			},
			// Within the region the 1:50m coast is drawn on the sea, hiding the coarser world.
			{ id: 'sea', type: 'fill', source: 'extent', paint: { 'fill-color': C.sea } },
			{
				id: 'land',
				type: 'fill',
				source: 'countries',
				paint: {
					'fill-color': ['case', ['get', 'focus'], C.landFocus, C.land],
					'fill-antialias': false
				}
			},
			...LAKE_BANDS.map((b): LayerSpecification => ({
				id: b.id,
				type: 'fill',
				source: b.id,
				...(b.loadZoom > 0 ? { minzoom: b.loadZoom } : {}),
				...(b.maxZoom !== undefined ? { maxzoom: b.maxZoom } : {}),
				paint: { 'fill-color': C.water }
			})),
			{
				id: RIVER_BAND.id,
				type: 'line',
				source: RIVER_BAND.id,
				minzoom: RIVER_BAND.loadZoom,
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: {
					'line-color': C.river,
					'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.7, 8, 1.4, 12, 2.4]
				}
			},
			{
				id: 'borders',
				type: 'line',
				source: 'borders',
				paint: {
					'line-color': C.border,
					'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.4],
					'line-dasharray': [3, 1.5]
				}
			},
			...RAIL_BANDS.map((b): LayerSpecification => ({
				id: b.id,
				type: 'line',
				source: b.id,
				minzoom: b.loadZoom,
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': C.rail,
					'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 8, 1.3, 12, 2.2]
				}
			})),
			// Railway stations once zoomed in: a small ring on the track, named below every town.
			{
				id: `${STATION_BAND.id}-dots`,
				type: 'circle',
				source: STATION_BAND.id,
				minzoom: STATION_BAND.loadZoom + 0.5,
				paint: {
					'circle-color': C.halo,
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 9.5, 1.8, 13, 3.5],
					'circle-stroke-color': C.rail,
					'circle-stroke-width': 1.2,
					'circle-pitch-alignment': 'map'
				}
			},
			{
				id: `${STATION_BAND.id}-labels`,
				type: 'symbol',
				source: STATION_BAND.id,
				minzoom: 10.5,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [FONT],
					'text-size': 10.5,
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.6,
					'text-max-width': 8,
					'text-optional': true,
					'text-padding': 4
				},
				paint: { 'text-color': C.stationLabel, ...halo }
			},
			// Smaller towns below larger ones: a layer higher up is placed first when labels collide.
			...PLACE_BANDS.slice(1)
				.reverse()
				.flatMap((b) => townLayers(b.id, b.loadZoom)),
			// The first band: a million or more and capitals of 100,000 or more at low zoom, all from 4.
			...townLayers('towns-0', 0, [
				'any',
				['all', ['boolean', ['get', 'capital'], false], ['>=', ['get', 'population'], 100_000]],
				['>=', ['get', 'population'], 1_000_000],
				['>=', ['zoom'], 4]
			] as FilterSpecification),
			{
				id: 'sea-labels',
				type: 'symbol',
				source: 'basemap-labels',
				filter: ['==', ['get', 'kind'], 'sea'],
				layout: {
					'text-field': name,
					'text-font': [FONT],
					'text-size': 13,
					'text-letter-spacing': 0.15,
					'text-max-width': 6
				},
				paint: { 'text-color': C.seaLabel, ...halo, 'text-halo-color': C.sea }
			},
			// Other countries' names collide with each other and with towns (Europe at zoom 2 would be
			// a pile of names); the atlas's own countries are placed first, whatever lies under them.
			countryLabels('country-labels-other', false, name),
			// At world scale the five names would pile on each other: there they collide too.
			{ ...countryLabels('country-labels-world', true, name, false), maxzoom: 3 },
			{ ...countryLabels('country-labels', true, name), minzoom: 3 }
		]
	};
}

export interface OverlayData {
	segments: GeoJSON.FeatureCollection;
	places: GeoJSON.FeatureCollection;
	plants: GeoJSON.FeatureCollection;
	mines: GeoJSON.FeatureCollection;
	projects: GeoJSON.FeatureCollection;
}

/** Credits of the overlays: the corridor lines are partly OpenStreetMap-derived (ODbL). */
export const OVERLAY_ATTRIBUTION = {
	corridors:
		'Corridor Atlas data (CC BY 4.0) | Rail alignments © OpenStreetMap contributors (ODbL 1.0)'
} as const;

/** GeoJSON sources of the overlays; `promoteId` lets hover and selection use feature-state. */
export function overlaySources(data: OverlayData): Record<string, SourceSpecification> {
	const source = (
		d: GeoJSON.FeatureCollection,
		attribution = 'Corridor Atlas data (CC BY 4.0)'
	): SourceSpecification => ({
		type: 'geojson',
		data: d,
		promoteId: 'id',
		attribution
	});
	return {
		highlight: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
		// Rail lines drawn along OpenStreetMap track and stations (geodata/corridor-alignments.geojson).
		corridors: source(data.segments, OVERLAY_ATTRIBUTION.corridors),
		// Stations and junctions (drawn from zoom 5, never clustered).
		places: source(data.places),
		// Project lines.
		projects: source(data.projects),
		// Every other point, clustered where points overlap; the map sets its data to the visible,
		// filtered points (cluster counts must count only what is shown).
		points: {
			...source(pointCollection(data)),
			cluster: true,
			clusterRadius: CLUSTER_RADIUS,
			clusterMaxZoom: MAX_ZOOM
		} as SourceSpecification
	};
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const emphasis = (normal: number, strong: number): ExpressionSpecification => [
	'case',
	['any', selected, hovered],
	strong,
	normal
];

function matchValue(
	property: ExpressionSpecification,
	colors: Record<string, string>,
	fallback: string
): ExpressionSpecification {
	const pairs = Object.entries(colors).flat();
	return ['match', property, ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** Colour by the segment's first corridor, from corridors.json. */
/**
 * A segment's first corridor, as a plain string property. Array properties don't survive
 * MapLibre's GeoJSON tiling reliably (they can arrive as JSON text), and reading one with `at`
 * then fails with a style warning and a black line.
 */
export const MAIN_CORRIDOR = 'mainCorridor';

export function corridorColor(corridors: Corridor[]): ExpressionSpecification {
	if (corridors.length === 0) return ['literal', CORRIDOR_FALLBACK_COLOR] as never;
	return matchValue(
		['get', MAIN_CORRIDOR],
		Object.fromEntries(corridors.map((c) => [c.id, c.color])),
		CORRIDOR_FALLBACK_COLOR
	);
}

/** Approximate locations (city, region, country) are drawn hollow. */
const isApproximate: ExpressionSpecification = [
	'in',
	['get', 'locationPrecision'],
	['literal', ['city', 'region', 'country']]
];

// "zoom" must be the top-level interpolation input; emphasis scales each stop.
const corridorWidth: ExpressionSpecification = [
	'interpolate',
	['linear'],
	['zoom'],
	3,
	emphasis(2.2, 4.4),
	8,
	emphasis(4.5, 9)
];

/** The overlay layers, in LAYER_ORDER. */
export function overlayLayers(corridors: Corridor[], locale = 'en'): LayerSpecification[] {
	const color = corridorColor(corridors);
	const byId: Record<string, LayerSpecification> = {
		'corridors-casing': {
			id: 'corridors-casing',
			type: 'line',
			source: 'corridors',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': '#ffffff',
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 4, 8, 8],
				'line-opacity': 0.8
			}
		},
		'corridors-rail-road': {
			id: 'corridors-rail-road',
			type: 'line',
			source: 'corridors',
			filter: ['!=', ['get', 'mode'], 'sea'],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': color,
				'line-width': corridorWidth
			}
		},
		'corridors-sea': {
			id: 'corridors-sea',
			type: 'line',
			source: 'corridors',
			filter: ['==', ['get', 'mode'], 'sea'],
			paint: {
				'line-color': color,
				'line-width': corridorWidth,
				'line-dasharray': [2, 1.5]
			}
		},
		'highlight-casing': {
			id: 'highlight-casing',
			type: 'line',
			source: 'highlight',
			filter: ['==', ['get', 'kind'], 'route'],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': '#111111',
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 9, 8, 15]
			}
		},
		'highlight-line': {
			id: 'highlight-line',
			type: 'line',
			source: 'highlight',
			filter: ['==', ['get', 'kind'], 'route'],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': ['coalesce', ['get', 'color'], '#ffd400'],
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 5, 8, 10],
				// Several routes over the same track: offset them so each stays visible.
				'line-offset': ['*', ['coalesce', ['get', 'offset'], 0], 4]
			}
		},
		'highlight-russia': {
			id: 'highlight-russia',
			type: 'line',
			source: 'highlight',
			filter: ['==', ['get', 'kind'], 'russia'],
			paint: {
				'line-color': RUSSIA_COLOR,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 4, 8, 8],
				'line-dasharray': [1.5, 1]
			}
		},
		'projects-lines': {
			id: 'projects-lines',
			type: 'line',
			source: 'projects',
			filter: ['all', ['==', ['geometry-type'], 'LineString'], ['!', isApproximate]],
			paint: {
				'line-color': matchValue(['get', 'priorityArea'], PRIORITY_COLORS, NEUTRAL_COLOR),
				'line-width': emphasis(3, 6),
				'line-opacity': 0.85
			}
		},
		// A line known only by its end towns is drawn thin and dashed: it is not the alignment.
		'projects-lines-approx': {
			id: 'projects-lines-approx',
			type: 'line',
			source: 'projects',
			filter: ['all', ['==', ['geometry-type'], 'LineString'], isApproximate],
			paint: {
				'line-color': matchValue(['get', 'priorityArea'], PRIORITY_COLORS, NEUTRAL_COLOR),
				'line-width': emphasis(1.5, 4),
				'line-dasharray': [1, 2],
				'line-opacity': 0.8
			}
		},
		'places-stations': {
			id: 'places-stations',
			type: 'symbol',
			source: 'places',
			filter: ['in', ['get', 'kind'], ['literal', ['station', 'junction']]],
			minzoom: 5,
			layout: iconLayout(['literal', iconImageId(PLACE_ICONS.station)] as never, 0.45),
			paint: iconPaint(['literal', PLACE_COLORS.station] as never)
		},
		'mines-icons': iconLayer(
			'mines',
			['literal', iconImageId(MINE_ICON)] as never,
			['literal', MINE_COLOR] as never
		),
		'plants-icons': iconLayer(
			'plants',
			matchValue(
				['get', 'technology'],
				Object.fromEntries(Object.entries(PLANT_ICONS).map(([k, icon]) => [k, iconImageId(icon)])),
				iconImageId('square')
			),
			matchValue(['get', 'technology'], PLANT_COLORS, NEUTRAL_COLOR)
		),
		'places-icons': iconLayer(
			'places',
			matchValue(
				['get', 'kind'],
				Object.fromEntries(Object.entries(PLACE_ICONS).map(([k, icon]) => [k, iconImageId(icon)])),
				iconImageId('square')
			),
			matchValue(['get', 'kind'], PLACE_COLORS, NEUTRAL_COLOR)
		),
		'projects-circles': {
			...circleLayer(
				'points',
				'projects-circles',
				matchValue(['get', 'priorityArea'], PRIORITY_COLORS, NEUTRAL_COLOR),
				6
			),
			filter: ['all', unclustered, ['==', ['get', 'layer'], 'projects']]
		} as LayerSpecification,
		'points-clusters': {
			id: 'points-clusters',
			type: 'circle',
			source: 'points',
			filter: ['has', 'point_count'],
			paint: {
				'circle-color': CLUSTER_COLOR,
				'circle-radius': ['step', ['get', 'point_count'], 10, 5, 12, 20, 15, 100, 18, 1000, 22],
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 2,
				'circle-opacity': 0.92
			}
		},
		'points-cluster-counts': {
			id: 'points-cluster-counts',
			type: 'symbol',
			source: 'points',
			filter: ['has', 'point_count'],
			layout: {
				'text-field': ['get', 'point_count_abbreviated'],
				'text-font': [FONT],
				'text-size': 12,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': '#ffffff' }
		},
		// Record names: placed after the basemap's country and sea labels (withOverlays puts those
		// above), so they give way and never cover a country's name.
		'records-labels': {
			id: 'records-labels',
			type: 'symbol',
			source: 'points',
			minzoom: 4.5,
			filter: [
				'all',
				unclustered,
				['any', ['>=', ['zoom'], 7], ['==', ['get', 'layer'], 'places']]
			] as FilterSpecification,
			layout: {
				'text-field': localName(locale, 'label'),
				'text-font': [FONT],
				'text-size': 11,
				'text-max-width': 9,
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 1.1,
				'text-justify': 'auto',
				'text-padding': 3,
				'symbol-sort-key': ['match', ['get', 'layer'], 'places', 0, 'plants', 1, 'mines', 1, 2],
				'text-optional': true
			},
			paint: { 'text-color': '#1d2b36', ...halo }
		}
	};
	return LAYER_ORDER.map((id) => byId[id]!);
}

function circleLayer(
	source: string,
	id: string,
	color: ExpressionSpecification,
	radius: number | ExpressionSpecification
): LayerSpecification {
	return {
		id,
		type: 'circle',
		source,
		paint: {
			'circle-color': ['case', isApproximate, '#ffffff', color],
			'circle-radius': ['*', emphasis(1, 1.6), radius] as ExpressionSpecification,
			'circle-stroke-color': ['case', selected, '#000000', isApproximate, color, '#ffffff'],
			'circle-stroke-width': ['case', selected, 3, isApproximate, 2, 1],
			'circle-opacity': 0.95
		}
	};
}

const unclustered: ExpressionSpecification = ['!', ['has', 'point_count']];
const CLUSTER_COLOR = '#3b3b3b';

function iconLayout(
	image: ExpressionSpecification,
	size: number
): SymbolLayerSpecification['layout'] {
	return {
		'icon-image': image,
		'icon-size': ['interpolate', ['linear'], ['zoom'], 3, size * 0.8, 8, size * 1.15],
		// Data points always show, and never push a label away: labels fit around them.
		'icon-allow-overlap': true,
		'icon-ignore-placement': true
	};
}

/** An icon tinted by category; approximate locations are drawn hollow (white, coloured rim). */
function iconPaint(color: ExpressionSpecification): SymbolLayerSpecification['paint'] {
	return {
		'icon-color': ['case', isApproximate, '#ffffff', color],
		'icon-halo-color': ['case', selected, '#000000', isApproximate, color, '#ffffff'],
		'icon-halo-width': ['case', selected, 3, hovered, 2.5, isApproximate, 1.8, 1.4],
		'icon-opacity': 0.97
	};
}

function iconLayer(
	layer: 'places' | 'plants' | 'mines',
	image: ExpressionSpecification,
	color: ExpressionSpecification
): LayerSpecification {
	return {
		id: `${layer}-icons`,
		type: 'symbol',
		source: 'points',
		filter: ['all', unclustered, ['==', ['get', 'layer'], layer]],
		layout: iconLayout(image, 0.75),
		paint: iconPaint(color)
	};
}

/**
 * Adds the overlays to a basemap style (embedded or online) without touching its own layers. The
 * basemap's country and sea names go above the overlays: symbols on top are placed first, so
 * record labels give way to them, and points never cover a country's name. Towns and stations go
 * below, so they give way to the data.
 */
export function withOverlays(
	base: StyleSpecification,
	data: OverlayData,
	corridors: Corridor[],
	fontFaces: StyleSpecification['font-faces'],
	locale = 'en'
): StyleSpecification {
	// Towns and stations go under the data: a record's icon is never covered by a town's dot, and a
	// town's name gives way to a record's. Country and sea names stay on top, placed first.
	const under = (l: LayerSpecification) =>
		l.type !== 'symbol' || l.id.startsWith('towns-') || l.id.startsWith(`${STATION_BAND.id}-`);
	return {
		...base,
		'font-faces': { ...(fontFaces ?? {}), ...(base['font-faces'] ?? {}) },
		sources: { ...base.sources, ...overlaySources(data) },
		layers: [
			...base.layers.filter(under),
			...overlayLayers(corridors, locale),
			...base.layers.filter((l) => !under(l))
		]
	};
}
