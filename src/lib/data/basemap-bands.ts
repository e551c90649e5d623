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

/** The OpenStreetMap rail network drawn under the data (geodata/osm/rail-network.geojson). */
export const RAIL_BAND = { id: 'rail', file: 'rail-network.geojson', loadZoom: 5 } as const;

/** The whole world at low resolution (Natural Earth 1:110m), under the detailed region. */
export const WORLD_FILE = 'world.geojson';
