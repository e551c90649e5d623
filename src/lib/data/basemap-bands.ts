/**
 * The basemap's progressively loaded files: each band is a file fetched only once the map is
 * zoomed in to `loadZoom`, so the first view stays light. Shared by the generator
 * (scripts/vendor-basemap.ts), the build and the map style. Pure: no I/O, no map library.
 */
import { BASEMAP_BBOX } from './region';

export type Bbox = [number, number, number, number];

/** Where towns under 50,000 are kept: the Caucasus, the Caspian, Iran and Central Asia. */
export const DETAIL_BBOX: Bbox = [26, 30, 96, 56];

export interface PlaceBand {
	/** Source id and file name (in static/basemap/, vendored in geodata/basemap/). */
	id: string;
	file: string;
	/** Places of at least this population (and below the previous band's), plus every capital in band 0. */
	minPopulation: number;
	bbox: Bbox;
	/** Zoom from which the file is fetched and drawn. */
	loadZoom: number;
}

export const PLACE_BANDS: PlaceBand[] = [
	{
		id: 'towns-0',
		file: 'places-0.geojson',
		minPopulation: 300_000,
		bbox: BASEMAP_BBOX,
		loadZoom: 0
	},
	{
		id: 'towns-1',
		file: 'places-1.geojson',
		minPopulation: 50_000,
		bbox: BASEMAP_BBOX,
		loadZoom: 4
	},
	{
		id: 'towns-2',
		file: 'places-2.geojson',
		minPopulation: 10_000,
		bbox: DETAIL_BBOX,
		loadZoom: 7
	},
	{ id: 'towns-3', file: 'places-3.geojson', minPopulation: 1_000, bbox: DETAIL_BBOX, loadZoom: 10 }
];

export interface LakeBand {
	id: string;
	file: string;
	bbox: Bbox;
	/** Lakes of at least this area (km²). */
	minAreaKm2: number;
	/** Douglas–Peucker tolerance, degrees. */
	tolerance: number;
	decimals: number;
	loadZoom: number;
	/** Drawn below this zoom (the next band takes over), or to the end when undefined. */
	maxZoom?: number;
}

export const LAKE_BANDS: LakeBand[] = [
	{
		id: 'lakes-0',
		file: 'lakes-0.geojson',
		bbox: BASEMAP_BBOX,
		minAreaKm2: 250,
		tolerance: 0.03,
		decimals: 2,
		loadZoom: 0,
		maxZoom: 6
	},
	{
		id: 'lakes-1',
		file: 'lakes-1.geojson',
		bbox: DETAIL_BBOX,
		minAreaKm2: 8,
		tolerance: 0.003,
		decimals: 3,
		loadZoom: 6
	}
];

/**
 * Major rivers: Natural Earth's 1:50m rivers and lake centrelines (public domain), clipped to the
 * region (geodata/basemap/rivers.geojson). Drawn as thin water lines, without names (the copy
 * vendored from carries no attributes).
 */
export const RIVER_BAND = {
	id: 'rivers',
	file: 'rivers.geojson',
	bbox: BASEMAP_BBOX,
	/** Douglas–Peucker tolerance, degrees. */
	tolerance: 0.01,
	decimals: 3,
	loadZoom: 4
} as const;

export interface RailBand {
	id: string;
	file: string;
	/** Ways at least this long (km) and shorter than the previous band's. */
	minKm: number;
	loadZoom: number;
}

/**
 * The OpenStreetMap rail network drawn under the data (geodata/osm/rail-*.geojson): the lines
 * first, then the short pieces (sidings, yards, bridges), too small to see before zoom 9.
 */
export const RAIL_BANDS: RailBand[] = [
	{ id: 'rail-0', file: 'rail-0.geojson', minKm: 0.3, loadZoom: 5 },
	{ id: 'rail-1', file: 'rail-1.geojson', minKm: 0, loadZoom: 9 }
];

/**
 * Railway stations of OpenStreetMap with a name in Latin script (geodata/osm/rail-stations.geojson,
 * ODbL), drawn and named once zoomed in: within a city, where towns are few, they show where the
 * track and its stations are, also where the extract has no line geometry (Uzbekistan).
 */
export const STATION_BAND = {
	id: 'rail-stations',
	file: 'rail-stations.geojson',
	bbox: DETAIL_BBOX,
	loadZoom: 9
} as const;

/** The whole world at low resolution (Natural Earth 1:110m), under the detailed region. */
export const WORLD_FILE = 'world.geojson';

/**
 * The basemap's first view before lakes, rivers, towns, rail and the world were added (countries,
 * borders and labels at commit 7245224: 275,309 bytes, gzip -9), and the budget of issue 13: the
 * first view may weigh at most 1.5 times that; the rest loads by zoom.
 */
export const BASEMAP_FIRST_VIEW_BEFORE_GZIP = 275_309;
export const BASEMAP_FIRST_VIEW_BUDGET_GZIP = Math.round(1.5 * BASEMAP_FIRST_VIEW_BEFORE_GZIP);
