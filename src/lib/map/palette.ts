/**
 * Colours and symbols of the data layers: one table read by the map style and by the legend,
 * so the legend always matches what is drawn. Pure constants (no map library).
 */
import {
	PLACE_KIND_LABELS,
	PLANT_TECHNOLOGY_LABELS,
	PRIORITY_AREA_LABELS,
	type LayerId,
	type PlaceKind,
	type PlantTechnology,
	type PriorityArea
} from '../data/vocab';

export interface LegendEntry {
	value: string;
	label: string;
	color: string;
	/** How the entry is drawn: a line (solid or dashed), or a point (filled or hollow). */
	shape: 'line' | 'dashed-line' | 'point' | 'hollow-point';
}

export const BASEMAP_COLORS = {
	sea: '#b9d3e3',
	/** Lakes and reservoirs: the sea's colour, so a lake reads as water at once. */
	water: '#b9d3e3',
	/** Rivers: a line of water, a shade darker than a lake so that a thin line shows on land. */
	river: '#8db7d3',
	land: '#f2efe9',
	landFocus: '#fbf8f1',
	border: '#8e8478',
	countryLabel: '#4b463f',
	countryLabelFocus: '#25221e',
	/** 4.5:1 or more against the sea and lakes (WCAG AA; tests/unit/map/contrast.test.ts). */
	seaLabel: '#2b5470',
	halo: '#ffffff',
	/** The OpenStreetMap rail network under the corridors: thin, neutral, behind everything. */
	rail: '#77716a',
	town: '#3d3a36',
	townLabel: '#3d3a36',
	/** Railway station names: the rail's grey, dark enough for 4.5:1 on land. */
	stationLabel: '#5c5751'
};

/** Fallback corridor colour; each corridor's own colour comes from corridors.json. */
export const CORRIDOR_FALLBACK_COLOR = '#555555';

export const PLACE_COLORS: Record<PlaceKind, string> = {
	seaport: '#1f5f8b',
	'dry-port': '#6a3d9a',
	'border-crossing': '#b15928',
	station: '#5c5c5c',
	junction: '#5c5c5c'
};

// Colours chosen to stay distinct for common colour-vision deficiencies (after ColorBrewer Dark2/Set1).
export const PLANT_COLORS: Record<PlantTechnology, string> = {
	gas: '#d95f02',
	coal: '#4d4d4d',
	hydro: '#1f78b4',
	solar: '#e6ab02',
	wind: '#66a61e',
	nuclear: '#7570b3',
	'gas-chemical': '#a6761d',
	storage: '#e7298a'
};

export const MINE_COLOR = '#8c510a';

/** Stretches of a compared or routed line inside Russia. */
export const RUSSIA_COLOR = '#b2182b';

export const PRIORITY_COLORS: Record<PriorityArea, string> = {
	'green-resilience': '#1b7837',
	connectivity: '#c51b7d',
	'human-resources': '#2166ac'
};

/** Legend entries by layer, for the categories a layer draws. */
export function legendEntries(
	layer: LayerId,
	corridors: { id: string; shortName: string; color: string }[] = []
): LegendEntry[] {
	switch (layer) {
		case 'corridors':
			return [
				...corridors.map((c) => ({
					value: c.id,
					label: c.shortName,
					color: c.color,
					shape: 'line' as const
				})),
				{
					value: 'sea',
					label: 'Sea leg (ferry)',
					color: CORRIDOR_FALLBACK_COLOR,
					shape: 'dashed-line'
				}
			];
		case 'places':
			return (['seaport', 'dry-port', 'border-crossing', 'station'] as const).map((k) => ({
				value: k,
				label: PLACE_KIND_LABELS[k],
				color: PLACE_COLORS[k],
				shape: 'point'
			}));
		case 'plants':
			return (Object.keys(PLANT_COLORS) as PlantTechnology[]).map((k) => ({
				value: k,
				label: PLANT_TECHNOLOGY_LABELS[k],
				color: PLANT_COLORS[k],
				shape: 'point'
			}));
		case 'mines':
			return [
				{ value: 'mine', label: 'Mine or processing site', color: MINE_COLOR, shape: 'point' }
			];
		case 'projects':
			return [
				...(Object.keys(PRIORITY_COLORS) as PriorityArea[]).map((k) => ({
					value: k,
					label: PRIORITY_AREA_LABELS[k],
					color: PRIORITY_COLORS[k],
					shape: 'point' as const
				})),
				{
					value: 'approximate',
					label: 'Approximate location (city, region or country)',
					color: '#555555',
					shape: 'hollow-point'
				},
				{
					value: 'approximate-line',
					label: 'Line known only by its ends (not the alignment)',
					color: '#555555',
					shape: 'dashed-line'
				}
			];
	}
}
