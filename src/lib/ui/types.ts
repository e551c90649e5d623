import type { Corridor } from '$lib/data/schemas';
import type { RouteResult } from '$lib/analysis/network';

/** One corridor's measured route in the comparison. */
export interface ComparisonRow {
	corridor: Corridor;
	result: RouteResult;
}
