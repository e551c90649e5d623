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
import { MINE_ICON, PLACE_ICONS, PLANT_ICONS, type IconName } from './icons';

export interface LegendEntry {
	value: string;
	label: string;
	color: string;
	/** How the entry is drawn: a line (solid or dashed), a circle (filled or hollow), or an icon. */
	shape: 'line' | 'dashed-line' | 'point' | 'hollow-point' | 'icon';
	/** The icon, when shape is 'icon' (the same one the map draws). */
	icon?: IconName;
	/**
	 * A style shared by all categories of a layer (a sea leg, an approximate location), told apart
	 * by its dash or hollow fill, not by colour: left out of the palette's distinctness check.
	 */
	neutral?: boolean;
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

/*
 * Category colours. Checked by tests/unit/map/palette.test.ts: every pair of legend entries at
 * least 10 apart in CIEDE2000 (with the corridors' colours from geodata/corridors.json), apart
 * under simulated deuteranopia and protanopia, and at least 3:1 against the land (WCAG 1.4.11).
 * Each layer also has its own shape, so colour is never the only cue between layers.
 */
export const PLACE_COLORS: Record<PlaceKind, string> = {
	seaport: '#0a2f66',
	'dry-port': '#993624',
	'border-crossing': '#000000',
	station: '#686560',
	junction: '#686560'
};

export const PLANT_COLORS: Record<PlantTechnology, string> = {
	gas: '#e61919',
	coal: '#373639',
	hydro: '#006bb7',
	solar: '#b27e36',
	wind: '#448d00',
	nuclear: '#a05ca1',
	'gas-chemical': '#806626',
	storage: '#14655f'
};

export const MINE_COLOR = '#7b3d00';

/** Stretches of a compared or routed line inside Russia. */
export const RUSSIA_COLOR = '#b2182b';

export const PRIORITY_COLORS: Record<PriorityArea, string> = {
	'green-resilience': '#1d6c37',
	connectivity: '#a80d7a',
	'human-resources': '#0190d1'
};

/** Neutral grey of styles shared across categories (sea legs, approximate locations). */
export const NEUTRAL_COLOR = '#555555';

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
					shape: 'dashed-line',
					neutral: true
				}
			];
		case 'places':
			return (['seaport', 'dry-port', 'border-crossing', 'station'] as const).map((k) => ({
				value: k,
				label: PLACE_KIND_LABELS[k],
				color: PLACE_COLORS[k],
				shape: 'icon',
				icon: PLACE_ICONS[k]
			}));
		case 'plants':
			return (Object.keys(PLANT_COLORS) as PlantTechnology[]).map((k) => ({
				value: k,
				label: PLANT_TECHNOLOGY_LABELS[k],
				color: PLANT_COLORS[k],
				shape: 'icon',
				icon: PLANT_ICONS[k]
			}));
		case 'mines':
			return [
				{
					value: 'mine',
					label: 'Mine or processing site',
					color: MINE_COLOR,
					shape: 'icon',
					icon: MINE_ICON
				}
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
					color: NEUTRAL_COLOR,
					shape: 'hollow-point',
					neutral: true
				},
				{
					value: 'approximate-line',
					label: 'Line known only by its ends (not the alignment)',
					color: NEUTRAL_COLOR,
					shape: 'dashed-line',
					neutral: true
				}
			];
	}
}
