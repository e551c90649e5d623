/**
 * The Methods page's parameter table in the active language: each sourced parameter's name and
 * derivation by its key (typed, so a new parameter without texts fails the type check), and its
 * range formatted from the model's own numbers.
 */
import type { SourcedParameter, TransitParamKey } from '$lib/analysis/transit-params';
import { formatNumber } from '$lib/data/format';
import { activeLocale, m } from './index';

export const TRANSIT_PARAM_TEXT: Record<
	TransitParamKey,
	{ label: () => string; derivation: () => string }
> = {
	rail_speed: {
		label: m.methods_param_rail_speed,
		derivation: m.methods_param_rail_speed_derivation
	},
	sea_speed: { label: m.methods_param_sea_speed, derivation: m.methods_param_sea_speed_derivation },
	road_speed: {
		label: m.methods_param_road_speed,
		derivation: m.methods_param_road_speed_derivation
	},
	border_dwell: {
		label: m.methods_param_border_dwell,
		derivation: m.methods_param_border_dwell_derivation
	},
	transshipment_dwell: {
		label: m.methods_param_transshipment_dwell,
		derivation: m.methods_param_transshipment_dwell_derivation
	}
};

/** A number of the model as the reader writes it (1,112; 0,86 in Russian). */
export const paramNumber = (n: number) => formatNumber(n, activeLocale(), 2);

/** "800–1,112 km/day", "800～1,112 km/日", "800–1112 км/сут." */
export function paramValue(p: Pick<SourcedParameter, 'range' | 'unit'>): string {
	const range = { min: paramNumber(p.range.min), max: paramNumber(p.range.max) };
	return p.unit === 'km/day' ? m.methods_value_km_per_day(range) : m.methods_value_days(range);
}
