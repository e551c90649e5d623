/**
 * The transit-time model: a min–max range of days for a route, from its km by mode, its border
 * crossings and its transshipments. Its parameters, each with its source, are in
 * transit-params.ts. Pure.
 */
import type { Mode } from '../data/vocab';

export interface Range {
	min: number;
	max: number;
}

export interface TransitParams {
	/** Commercial speed by mode in km per day (a range: faster gives the minimum days). */
	speedKmPerDay: Record<Mode, Range>;
	/** Days spent at each border crossing (customs, gauge change, handover). */
	borderDwellDays: Range;
	/** Days spent at each change of mode (rail to ferry, ferry to rail), including waiting for a ship. */
	transshipmentDwellDays: Range;
}

export interface RouteLoad {
	kmByMode: Record<Mode, number>;
	borderCrossings: number;
	transshipments: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function estimateDays(route: RouteLoad, p: TransitParams): Range {
	let min = 0;
	let max = 0;
	for (const mode of Object.keys(route.kmByMode) as Mode[]) {
		const km = route.kmByMode[mode];
		if (!km) continue;
		min += km / p.speedKmPerDay[mode].max;
		max += km / p.speedKmPerDay[mode].min;
	}
	min +=
		route.borderCrossings * p.borderDwellDays.min +
		route.transshipments * p.transshipmentDwellDays.min;
	max +=
		route.borderCrossings * p.borderDwellDays.max +
		route.transshipments * p.transshipmentDwellDays.max;
	return { min: round1(min), max: round1(max) };
}
