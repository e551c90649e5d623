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
/** Every check, in bit order: a record's fail mask has bit i set when it fails CHECKS[i]. */
const CHECKS: readonly Check[] = [...FILTER_GROUPS, 'years', 'amountUsdM'];
const bit = (c: Check) => 1 << CHECKS.indexOf(c);
const YEARS = bit('years');
const AMOUNT = bit('amountUsdM');

/**
 * The checks a record fails, as bits (0: it passes every filter). The reference for one record;
 * `failMasks` computes the same for all records at once over value codes.
 */
export function failMask(facets: FacetProps, f: Filters): number {
	let mask = 0;
	const anyIn = (list: string, values: string[]) => values.some((v) => list.includes(`|${v}|`));
	const oneOf = (value: string | null, values: string[]) =>
		value !== null && values.includes(value);
	const inRange = (key: RangeKey, value: number | null) => {
		if (value === null) return !f.knownOnly.includes(key);
		const range = f[key];
		return !range || (value >= range[0] && value <= range[1]);
	};
	if (f.countries.length && !anyIn(facets.f_countries, f.countries)) mask |= bit('countries');
	if (f.sectors.length && !oneOf(facets.f_sector, f.sectors)) mask |= bit('sectors');
	if (f.priorities.length && !oneOf(facets.f_priority, f.priorities)) mask |= bit('priorities');
	if (f.statuses.length && !oneOf(facets.f_status, f.statuses)) mask |= bit('statuses');
	if (f.financiers.length && !anyIn(facets.f_financiers, f.financiers)) mask |= bit('financiers');
	if (!inRange('years', facets.f_year)) mask |= YEARS;
	if (!inRange('amountUsdM', facets.f_usdM)) mask |= AMOUNT;
	return mask;
}

/**
 * Every record's fail mask, in one pass. The filtered records, the facet counts, the counts of
 * unknown values and the timeline are all read from these (a filter change checks each record
 * once, whatever the number of panels that count).
 */
export function failMasks(records: readonly FacetProps[], f: Filters): Uint8Array {
	// A plain copy: the view's filters are a reactive proxy, and reading one through its traps
	// for every record costs more than the checks themselves.
	const plain = plainFilters(f);
	const { starts, codes, years, amounts } = facetColumns(records);
	const masks = new Uint8Array(records.length);
	// List groups: a record fails one when the group has chosen values and the record has none of
	// them. Compared as value codes (integers), not text.
	FILTER_GROUPS.forEach((group, g) => {
		if (plain[group].length === 0) return;
		const chosen = new Uint8Array(codeValues[g]!.length);
		for (const v of plain[group]) {
			const code = valueCodes[g]!.get(v);
			if (code !== undefined) chosen[code] = 1;
		}
		const groupStarts = starts[g]!;
		const groupCodes = codes[g]!;
		const fail = bit(group);
		for (let i = 0; i < records.length; i++) {
			let found = false;
			for (let k = groupStarts[i]!, end = groupStarts[i + 1]!; k < end && !found; k++)
				found = chosen[groupCodes[k]!] === 1;
			if (!found) masks[i]! |= fail;
		}
	});
	const range = (key: RangeKey, values: Float64Array, fail: number) => {
		const r = plain[key];
		const knownOnly = plain.knownOnly.includes(key);
		if (!r && !knownOnly) return;
		const [lo, hi] = r ?? [-Infinity, Infinity];
		for (let i = 0; i < values.length; i++) {
			const v = values[i]!;
			// NaN: no value, which fails only when known values are asked for.
			if (v !== v ? knownOnly : v < lo || v > hi) masks[i]! |= fail;
		}
	};
	range('years', years, YEARS);
	range('amountUsdM', amounts, AMOUNT);
	return masks;
}

function plainFilters(f: Filters): Filters {
	const range = (r: readonly [number, number] | null) =>
		r ? ([r[0], r[1]] as [number, number]) : null;
	return {
		...f,
		countries: [...f.countries],
		sectors: [...f.sectors],
		priorities: [...f.priorities],
		statuses: [...f.statuses],
		financiers: [...f.financiers],
		years: range(f.years),
		amountUsdM: range(f.amountUsdM),
		knownOnly: [...f.knownOnly]
	};
}

/**
 * Each group's values as small integers, so that counting is array arithmetic rather than map
 * lookups keyed by text (the difference between 15 ms and 2 ms per filter change at 10k records).
 */
const valueCodes = FILTER_GROUPS.map(() => new Map<string, number>());
const codeValues: string[][] = FILTER_GROUPS.map(() => []);
function codeOf(group: number, value: string): number {
	let code = valueCodes[group]!.get(value);
	if (code === undefined) {
		code = codeValues[group]!.push(value) - 1;
		valueCodes[group]!.set(value, code);
	}
	return code;
}

/**
 * The records' value codes, group by group, in flat arrays: record i's values in group g are
 * `codes[g][starts[g][i]]` up to `codes[g][starts[g][i + 1]]`. Made once per list of records
 * (the model keeps the same list until the data changes).
 */
interface FacetColumns {
	starts: Uint32Array[];
	codes: Uint32Array[];
	/** Each record's year and USD amount; NaN where it has none. */
	years: Float64Array;
	amounts: Float64Array;
}
const columnsOf = new WeakMap<readonly FacetProps[], FacetColumns>();
function facetColumns(records: readonly FacetProps[]): FacetColumns {
	let columns = columnsOf.get(records);
	if (!columns) {
		columns = {
			starts: [],
			codes: [],
			years: Float64Array.from(records, (r) => r.f_year ?? NaN),
			amounts: Float64Array.from(records, (r) => r.f_usdM ?? NaN)
		};
		for (let g = 0; g < FILTER_GROUPS.length; g++) {
			const starts = new Uint32Array(records.length + 1);
			const codes: number[] = [];
			records.forEach((r, i) => {
				for (const v of valuesOf(r, FILTER_GROUPS[g]!)) codes.push(codeOf(g, v));
				starts[i + 1] = codes.length;
			});
			columns.starts.push(starts);
			columns.codes.push(Uint32Array.from(codes));
		}
		columnsOf.set(records, columns);
	}
	return columns;
}

/** Whether a fail mask passes every check but `skip` (the timeline leaves the years out). */
export const passesMask = (mask: number, skip?: Check) => (skip ? mask & ~bit(skip) : mask) === 0;

/**
 * Whether a record's facets match the filter; `skip` leaves one group or range out (for facet
 * counts, and for the timeline, which shows the years around the chosen range).
 */
export function matchesFilters(facets: FacetProps, f: Filters, skip?: Check): boolean {
	return passesMask(failMask(facets, f), skip);
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
export function facetCounts(
	records: readonly FacetProps[],
	f: Filters,
	masks = failMasks(records, f)
): Record<FilterGroup, FacetCount[]> {
	const { starts, codes } = facetColumns(records);
	const counts = FILTER_GROUPS.map((_, g) => new Uint32Array(codeValues[g]!.length));
	// A record counts in a group's counts when it passes every check but, perhaps, that group's
	// own (the count beside a value ignores the filter on its own group).
	FILTER_GROUPS.forEach((group, g) => {
		const others = ~bit(group);
		const list = counts[g]!;
		const groupStarts = starts[g]!;
		const groupCodes = codes[g]!;
		for (let i = 0; i < records.length; i++) {
			if ((masks[i]! & others) !== 0) continue;
			for (let k = groupStarts[i]!, end = groupStarts[i + 1]!; k < end; k++)
				list[groupCodes[k]!]!++;
		}
	});
	const out = {} as Record<FilterGroup, FacetCount[]>;
	FILTER_GROUPS.forEach((g, i) => {
		// Selected values first, with 0 where no record has them, so a selected value never disappears.
		const selected = new Set<string>(f[g]);
		const listed = [...selected].map((value): FacetCount => {
			const code = valueCodes[i]!.get(value);
			return { value, count: code === undefined ? 0 : (counts[i]![code] ?? 0) };
		});
		counts[i]!.forEach((count, code) => {
			const value = codeValues[i]![code]!;
			if (count > 0 && !selected.has(value)) listed.push({ value, count });
		});
		out[g] = listed;
	});
	return out;
}

/**
 * For each range, how many records have no value there yet match every other filter: the count
 * beside "include records with no year".
 */
export function unknownCounts(
	records: readonly FacetProps[],
	f: Filters,
	masks = failMasks(records, f)
): Record<RangeKey, number> {
	const { years, amounts } = facetColumns(records);
	const out: Record<RangeKey, number> = { years: 0, amountUsdM: 0 };
	for (let i = 0; i < records.length; i++) {
		// NaN: no value. A missing value fails its range only when known values are asked for:
		// ignored here.
		const noYear = years[i] !== years[i];
		const noAmount = amounts[i] !== amounts[i];
		if ((masks[i]! & ~(noYear ? YEARS : 0) & ~(noAmount ? AMOUNT : 0)) !== 0) continue;
		if (noYear) out.years++;
		if (noAmount) out.amountUsdM++;
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

/** The words describeFilters uses: English by default; the UI passes its own language's. */
export interface FilterWords {
	country: string;
	regional: string;
	countryName: (code: string) => string;
	sector: string;
	sectorName: (s: Filters['sectors'][number]) => string;
	priority: string;
	priorityName: (p: Filters['priorities'][number]) => string;
	status: string;
	statusName: (s: Filters['statuses'][number]) => string;
	financier: string;
	year: (range: string) => string;
	yearKnownOnly: string;
	onlyWithYear: string;
	amount: (range: string) => string;
	amountKnownOnly: string;
	onlyWithAmount: string;
}
export const ENGLISH_FILTER_WORDS: FilterWords = {
	country: 'Country',
	regional: 'Regional',
	countryName,
	sector: 'Sector',
	sectorName: (s) => SECTOR_LABELS[s],
	priority: 'Priority area',
	priorityName: (p) => PRIORITY_AREA_LABELS[p],
	status: 'Status',
	statusName: (s) => STATUS_LABELS[s],
	financier: 'Japanese participant',
	year: (range) => `Year: ${range}`,
	yearKnownOnly: ' (records with no year left out)',
	onlyWithYear: 'Only records with a year',
	amount: (range) => `Japan's financing: US$${range} million`,
	amountKnownOnly: ' (records with no figure left out)',
	onlyWithAmount: 'Only records with a Japanese figure'
};

/** The active filters in words, one line per group ("Country: Kazakhstan, Uzbekistan"). */
export function describeFilters(f: Filters, w: FilterWords = ENGLISH_FILTER_WORDS): string[] {
	const lines: string[] = [];
	const add = (label: string, values: string[]) => {
		if (values.length) lines.push(`${label}: ${values.join(', ')}`);
	};
	add(
		w.country,
		f.countries.map((c) => (c === REGIONAL ? w.regional : w.countryName(c)))
	);
	add(w.sector, f.sectors.map(w.sectorName));
	add(w.priority, f.priorities.map(w.priorityName));
	add(w.status, f.statuses.map(w.statusName));
	add(w.financier, f.financiers);
	const range = (r: [number, number]) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}–${r[1]}`);
	if (f.years)
		lines.push(w.year(range(f.years)) + (f.knownOnly.includes('years') ? w.yearKnownOnly : ''));
	else if (f.knownOnly.includes('years')) lines.push(w.onlyWithYear);
	if (f.amountUsdM)
		lines.push(
			w.amount(range(f.amountUsdM)) + (f.knownOnly.includes('amountUsdM') ? w.amountKnownOnly : '')
		);
	else if (f.knownOnly.includes('amountUsdM')) lines.push(w.onlyWithAmount);
	return lines;
}
