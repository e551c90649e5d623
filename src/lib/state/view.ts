/**
 * The shareable view: what the address bar holds (camera, layers, filters, search, selection,
 * comparison, route, panel, embed mode), its types and its defaults. Pure.
 */
import {
	AVOIDABLE,
	DEFAULT_COMPARE_DESTINATION,
	LAYERS,
	type CompareDestination,
	type Avoidable,
	type LayerId,
	type PriorityArea,
	type Sector,
	type Status
} from '../data/vocab';
import type { FilterGroup } from '../data/facets';

export const PANELS = ['layers', 'filters', 'list', 'detail', 'compare', 'route', 'stats'] as const;
export type Panel = (typeof PANELS)[number];
export { AVOIDABLE, type Avoidable };
export const ROUTE_COSTS = ['distance', 'time'] as const;
export type RouteCost = (typeof ROUTE_COSTS)[number];
export const EMBED_MODES = ['none', 'map', 'static', 'panels'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

export const LIST_SORT_KEYS = ['name', 'country', 'amount', 'year'] as const;
/** The list's order. */
export interface ListSort {
	key: (typeof LIST_SORT_KEYS)[number];
	ascending: boolean;
}

export interface Camera {
	lon: number;
	lat: number;
	zoom: number;
	bearing: number;
	pitch: number;
}

export interface Filters {
	countries: string[];
	sectors: Sector[];
	priorities: PriorityArea[];
	statuses: Status[];
	financiers: string[];
	/** Inclusive year range, or null for any year. */
	years: [number, number] | null;
	/** Inclusive range of USD millions, or null for any amount. */
	amountUsdM: [number, number] | null;
	/**
	 * Ranges whose records with no value are left out. By default a record with no year or no
	 * amount (a mine, a grant of undisclosed size) is kept: a range narrows what is known.
	 */
	knownOnly: RangeKey[];
}

/** The range filters. */
export const RANGE_KEYS = ['years', 'amountUsdM'] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];

/** A filter group, list or range, as the panel clears it. */
export type FilterKey = FilterGroup | RangeKey;

export interface RouteQuery {
	from: string;
	to: string;
	avoid: Avoidable[];
	by: RouteCost;
}

export interface ViewState {
	/** null: the default view, fitted to REGION_BOUNDS for whatever screen opens it. */
	camera: Camera | null;
	layers: LayerId[];
	filters: Filters;
	query: string;
	selected: string | null;
	compare: string[];
	/** Where the comparison measures the corridors that reach Europe to. */
	destination: CompareDestination;
	route: RouteQuery | null;
	panel: Panel | null;
	/** The list's order (kept while a record opened from the list is shown). */
	sort: ListSort;
	/** The list, and the export, hold only the filtered records in the map view. */
	listInView: boolean;
	/** Embedded in another page: 'none' (the full app), 'map' (interactive map only), 'static' (a
	 * still map; a click opens the full app) or 'panels' (map and side panel, no header). */
	embed: EmbedMode;
}

export const DEFAULT_LAYERS: LayerId[] = [...LAYERS];
export const EMPTY_FILTERS: Filters = {
	countries: [],
	sectors: [],
	priorities: [],
	statuses: [],
	financiers: [],
	years: null,
	amountUsdM: null,
	knownOnly: []
};

export function defaultViewState(): ViewState {
	return {
		camera: null,
		layers: [...DEFAULT_LAYERS],
		filters: structuredClone(EMPTY_FILTERS),
		query: '',
		selected: null,
		compare: [],
		destination: DEFAULT_COMPARE_DESTINATION,
		route: null,
		panel: null,
		sort: { key: 'name', ascending: true },
		listInView: false,
		embed: 'none'
	};
}
