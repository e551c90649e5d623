/**
 * One filter, everywhere: the same filter decides what the map draws (as MapLibre expressions),
 * what the list shows, what the statistics count and what the export writes.
 *
 * Filters read the facet properties each record gets when it is loaded (data/facets.ts). Within a
 * group the chosen values are alternatives (OR); across groups all must hold (AND). A record with
 * no value for an active list group does not match it (a mine has no sector). A record with no
 * value for a range (a mine has no year) is kept unless the user asked for known values only.
 * Pure: no Svelte, no MapLibre (expressions are plain JSON).
 */
import {
	FILTER_GROUPS,
	REGIONAL,
	valuesOf,
	type FacetProps,
	type FilterGroup
} from '../data/facets';
import { PRIORITY_AREA_LABELS, SECTOR_LABELS, STATUS_LABELS, countryName } from '../data/vocab';
import type { Filters, RangeKey } from './view';

type Check = FilterGroup | RangeKey;

/** The filter checks a record fails, stopping once `limit` are found. */
function failedChecks(facets: FacetProps, f: Filters, limit: number): Check[] {
	const failed: Check[] = [];
	const fail = (c: Check) => failed.push(c) >= limit;
	const anyIn = (list: string, values: string[]) => values.some((v) => list.includes(`|${v}|`));
	const oneOf = (value: string | null, values: string[]) =>
		value !== null && values.includes(value);
	const inRange = (key: RangeKey, value: number | null) => {
		if (value === null) return !f.knownOnly.includes(key);
		const range = f[key];
		return !range || (value >= range[0] && value <= range[1]);
	};
	if (f.countries.length && !anyIn(facets.f_countries, f.countries) && fail('countries'))
		return failed;
	if (f.sectors.length && !oneOf(facets.f_sector, f.sectors) && fail('sectors')) return failed;
	if (f.priorities.length && !oneOf(facets.f_priority, f.priorities) && fail('priorities'))
		return failed;
	if (f.statuses.length && !oneOf(facets.f_status, f.statuses) && fail('statuses')) return failed;
	if (f.financiers.length && !anyIn(facets.f_financiers, f.financiers) && fail('financiers'))
		return failed;
	if (!inRange('years', facets.f_year) && fail('years')) return failed;
	if (!inRange('amountUsdM', facets.f_usdM)) fail('amountUsdM');
	return failed;
}

/**
 * Whether a record's facets match the filter; `skip` leaves one group or range out (for facet
 * counts, and for the timeline, which shows the years around the chosen range).
 */
export function matchesFilters(facets: FacetProps, f: Filters, skip?: Check): boolean {
	const failed = failedChecks(facets, f, 2);
	return failed.length === 0 || (failed.length === 1 && failed[0] === skip);
}

/** What a missing number reads as in an expression (no year or amount comes near it). */
const NO_VALUE = -1e12;

/** A MapLibre filter expression (plain JSON) equivalent to `matchesFilters`. */
export type Expression = [string, ...unknown[]];
export function filterExpression(f: Filters): Expression {
	const clauses: Expression[] = [];
	const str = (prop: string): Expression => ['coalesce', ['get', prop], ''];
	const num = (prop: string): Expression => ['coalesce', ['get', prop], NO_VALUE];
	const anyIn = (prop: string, values: string[]): Expression => [
		'any',
		...values.map((v): Expression => ['in', `|${v}|`, str(prop)])
	];
	const oneOf = (prop: string, values: string[]): Expression => [
		'match',
		str(prop),
		values,
		true,
		false
	];
	if (f.countries.length) clauses.push(anyIn('f_countries', f.countries));
	if (f.sectors.length) clauses.push(oneOf('f_sector', f.sectors));
	if (f.priorities.length) clauses.push(oneOf('f_priority', f.priorities));
	if (f.statuses.length) clauses.push(oneOf('f_status', f.statuses));
	if (f.financiers.length) clauses.push(anyIn('f_financiers', f.financiers));
	const range = (key: RangeKey, prop: string) => {
		const r = f[key];
		const known = f.knownOnly.includes(key);
		if (!r && !known) return;
		const unknown: Expression = ['==', num(prop), NO_VALUE];
		const within: Expression = r
			? ['all', ['>=', num(prop), r[0]], ['<=', num(prop), r[1]]]
			: ['!', unknown];
		clauses.push(known ? ['all', ['!', unknown], within] : ['any', unknown, within]);
	};
	range('years', 'f_year');
	range('amountUsdM', 'f_usdM');
	return ['all', ...clauses];
}

export interface FacetCount {
	value: string;
	count: number;
}

/**
 * For each group, how many records match each value given all the other groups' filters (the
 * counts a user sees beside each checkbox). Values present in no record are listed with 0 when
 * they are selected, so a selected value never disappears.
 */
export function facetCounts(records: FacetProps[], f: Filters): Record<FilterGroup, FacetCount[]> {
	const counts = Object.fromEntries(
		FILTER_GROUPS.map((g) => [g, new Map<string, number>(f[g].map((v) => [v, 0]))])
	) as Record<FilterGroup, Map<string, number>>;
	// One pass: a record that passes every check counts in every group; one that fails a single
	// group's check counts in that group only (its count ignores its own group's filter).
	for (const r of records) {
		const failed = failedChecks(r, f, 2);
		if (failed.length > 1) continue;
		const only = failed[0];
		if (only === 'years' || only === 'amountUsdM') continue;
		for (const g of only ? [only] : FILTER_GROUPS)
			for (const v of valuesOf(r, g)) counts[g].set(v, (counts[g].get(v) ?? 0) + 1);
	}
	const out = {} as Record<FilterGroup, FacetCount[]>;
	for (const g of FILTER_GROUPS)
		out[g] = [...counts[g]].map(([value, count]) => ({ value, count }));
	return out;
}

/**
 * For each range, how many records have no value there yet match every other filter: the count
 * beside "include records with no year".
 */
export function unknownCounts(records: FacetProps[], f: Filters): Record<RangeKey, number> {
	const out: Record<RangeKey, number> = { years: 0, amountUsdM: 0 };
	const open: Filters = { ...f, knownOnly: [] };
	for (const r of records) {
		if (!matchesFilters(r, open)) continue;
		if (r.f_year === null) out.years++;
		if (r.f_usdM === null) out.amountUsdM++;
	}
	return out;
}

/**
 * The year range after a click on the timeline's bar for `year`: that year alone, or with
 * `extend` (Shift-click) the current range stretched to reach it. Clicking the only year chosen
 * clears the range.
 */
export function yearRangeAfterClick(
	current: [number, number] | null,
	year: number,
	extend: boolean
): [number, number] | null {
	if (extend && current) return [Math.min(current[0], year), Math.max(current[1], year)];
	if (current && current[0] === year && current[1] === year) return null;
	return [year, year];
}

/** The active filters in words, one line per group ("Country: Kazakhstan, Uzbekistan"). */
export function describeFilters(f: Filters): string[] {
	const lines: string[] = [];
	const add = (label: string, values: string[]) => {
		if (values.length) lines.push(`${label}: ${values.join(', ')}`);
	};
	add(
		'Country',
		f.countries.map((c) => (c === REGIONAL ? 'Regional' : countryName(c)))
	);
	add(
		'Sector',
		f.sectors.map((s) => SECTOR_LABELS[s])
	);
	add(
		'Priority area',
		f.priorities.map((p) => PRIORITY_AREA_LABELS[p])
	);
	add(
		'Status',
		f.statuses.map((s) => STATUS_LABELS[s])
	);
	add('Japanese participant', f.financiers);
	const range = (r: [number, number]) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}–${r[1]}`);
	if (f.years)
		lines.push(
			`Year: ${range(f.years)}${f.knownOnly.includes('years') ? ' (records with no year left out)' : ''}`
		);
	else if (f.knownOnly.includes('years')) lines.push('Only records with a year');
	if (f.amountUsdM)
		lines.push(
			`Japan's financing: US$${range(f.amountUsdM)} million${f.knownOnly.includes('amountUsdM') ? ' (records with no figure left out)' : ''}`
		);
	else if (f.knownOnly.includes('amountUsdM')) lines.push('Only records with a Japanese figure');
	return lines;
}
