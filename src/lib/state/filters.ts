/**
 * One filter, everywhere: the same filter decides what the map draws (as MapLibre expressions),
 * what the list shows, what the statistics count and what the export writes.
 *
 * Each filterable record (project, plant, mine) gets flat "facet" properties when it is loaded.
 * Within a group the chosen values are alternatives (OR); across groups all must hold (AND). A
 * record with no value for an active group does not match it (a mine has no sector year, say).
 * Pure: no Svelte, no MapLibre (expressions are plain JSON).
 */
import type { MineProps, PlantProps, ProjectProps } from '../data/schemas';
import { CENTRAL_ASIA, type Sector } from '../data/vocab';
import type { Filters } from './url-state';

/** Country facet value for records spanning several countries. */
export const REGIONAL = 'REG';

/** Facet properties added to each filterable feature; lists are "|A|B|" strings. */
export interface FacetProps {
	f_countries: string;
	f_sector: string | null;
	f_priority: string | null;
	f_status: string;
	f_financiers: string;
	/** Representative year: agreed, else started, else commissioned. */
	f_year: number | null;
	/** Total financing in USD millions (null: no sourced amount). */
	f_usdM: number | null;
}

export type FilterGroup = 'countries' | 'sectors' | 'priorities' | 'statuses' | 'financiers';
export const FILTER_GROUPS: FilterGroup[] = [
	'countries',
	'sectors',
	'priorities',
	'statuses',
	'financiers'
];

const joinList = (values: string[]) => (values.length ? `|${values.join('|')}|` : '');
export const splitList = (list: string): string[] => list.split('|').filter(Boolean);

/**
 * Canonical names of Japanese participants, so "JBIC (Japan Bank for International
 * Cooperation)" and "JBIC" count as one financier. Unlisted names keep their text before any
 * parenthesis.
 */
const CANONICAL: [RegExp, string][] = [
	[/\bJICA\b|Japan International Cooperation Agency/i, 'JICA'],
	[/\bJBIC\b|Japan Bank for International Cooperation/i, 'JBIC'],
	[/\bNEXI\b|Nippon Export and Investment Insurance/i, 'NEXI'],
	[/\bJOGMEC\b|Japan Organization for Metals and Energy Security/i, 'JOGMEC'],
	[/\bNEDO\b/i, 'NEDO'],
	[
		/\bMOFA\b|Ministry of Foreign Affairs of Japan|Government of Japan|Japanese government/i,
		'Government of Japan'
	],
	[/Mitsubishi Heavy|\bMHI\b/i, 'Mitsubishi Heavy Industries'],
	[/Mitsubishi Power/i, 'Mitsubishi Power'],
	[/Mitsubishi Corp/i, 'Mitsubishi Corporation'],
	[/Sumitomo Corp|^Sumitomo$/i, 'Sumitomo Corporation'],
	[/Marubeni/i, 'Marubeni'],
	[/Itochu|ITOCHU/i, 'Itochu'],
	[/Sojitz/i, 'Sojitz'],
	[/Toyota Tsusho/i, 'Toyota Tsusho'],
	[/Mitsui & Co|Mitsui and Co|^Mitsui$/i, 'Mitsui & Co.'],
	[/Kawasaki Heavy/i, 'Kawasaki Heavy Industries'],
	[/Mizuho/i, 'Mizuho'],
	[/\bSMBC\b|Sumitomo Mitsui Banking/i, 'SMBC'],
	[/\bMUFG\b/i, 'MUFG'],
	[/Kyuden|Kyushu Electric/i, 'Kyushu Electric (Kyuden)'],
	[/TEPCO|Tokyo Electric/i, 'TEPCO'],
	[/Kansai Electric/i, 'Kansai Electric'],
	[/Toyo Engineering/i, 'Toyo Engineering'],
	[/\bJGC\b/i, 'JGC'],
	[/Chiyoda/i, 'Chiyoda'],
	[/Hitachi/i, 'Hitachi'],
	[/Toshiba/i, 'Toshiba'],
	[/\bIHI\b/i, 'IHI'],
	[/\bINPEX\b/i, 'INPEX']
];

export function canonicalParticipant(name: string): string {
	for (const [pattern, canonical] of CANONICAL) if (pattern.test(name)) return canonical;
	return name.replace(/\s*\(.*$/, '').trim() || name.trim();
}

function financiersOf(names: string[]): string[] {
	return [...new Set(names.map(canonicalParticipant))].sort();
}

function countriesOf(codes: string[]): string[] {
	const list = [...new Set(codes)];
	// Cross-border records count for each country and also as "regional".
	return list.length > 1 || list.some((c) => !(CENTRAL_ASIA as readonly string[]).includes(c))
		? [...list, REGIONAL]
		: list;
}

/**
 * A project's amount for filtering, sorting and totals, in USD millions: the sum of its sourced
 * Japanese shares; failing those, its largest whole-project figure. Targets, insurance and
 * guarantees are left out. Summing shares and whole-project figures together would count the same
 * money twice.
 */
export function projectUsdM(p: ProjectProps): number | null {
	// Insurance and guarantees cover other lenders' money: counting them would count it twice.
	const counted = p.financing.filter(
		(f) => f.instrument !== 'insurance' && f.instrument !== 'guarantee'
	);
	const usd = (scope: string) =>
		counted.filter((f) => f.scope === scope && f.usd !== null).map((f) => f.usd!);
	const shares = usd('japanese-share');
	const totals = usd('total-project');
	const value = shares.length
		? shares.reduce((a, b) => a + b, 0)
		: totals.length
			? Math.max(...totals)
			: null;
	return value === null ? null : Math.round((value / 1e6) * 100) / 100;
}

export function projectFacets(p: ProjectProps): FacetProps {
	return {
		f_countries: joinList(countriesOf(p.countries)),
		f_sector: p.sector,
		f_priority: p.priorityArea,
		f_status: p.status,
		f_financiers: joinList(
			financiersOf([...p.japaneseParticipants, ...p.financing.map((f) => f.financier)])
		),
		f_year: p.yearAgreed ?? p.yearStarted ?? null,
		f_usdM: projectUsdM(p)
	};
}

export function plantFacets(p: PlantProps): FacetProps {
	const sector: Sector =
		p.technology === 'gas-chemical'
			? 'chemicals'
			: ['solar', 'wind', 'hydro'].includes(p.technology)
				? 'renewables'
				: 'power';
	return {
		f_countries: joinList(countriesOf([p.country])),
		f_sector: sector,
		f_priority: null,
		f_status: p.status,
		f_financiers: joinList(financiersOf(p.japaneseParticipants)),
		f_year: p.yearCommissioned,
		f_usdM: null
	};
}

export function mineFacets(p: MineProps): FacetProps {
	return {
		f_countries: joinList(countriesOf([p.country])),
		f_sector: 'mining',
		f_priority: null,
		f_status: p.status,
		f_financiers: joinList(financiersOf(p.japaneseParticipants)),
		f_year: null,
		f_usdM: null
	};
}

type Check = FilterGroup | 'years' | 'amountUsdM';

/** The filter checks a record fails, stopping once `limit` are found. */
function failedChecks(facets: FacetProps, f: Filters, limit: number): Check[] {
	const failed: Check[] = [];
	const fail = (c: Check) => failed.push(c) >= limit;
	const anyIn = (list: string, values: string[]) => values.some((v) => list.includes(`|${v}|`));
	const oneOf = (value: string | null, values: string[]) =>
		value !== null && values.includes(value);
	const inRange = (value: number | null, range: [number, number]) =>
		value !== null && value >= range[0] && value <= range[1];
	if (f.countries.length && !anyIn(facets.f_countries, f.countries) && fail('countries'))
		return failed;
	if (f.sectors.length && !oneOf(facets.f_sector, f.sectors) && fail('sectors')) return failed;
	if (f.priorities.length && !oneOf(facets.f_priority, f.priorities) && fail('priorities'))
		return failed;
	if (f.statuses.length && !oneOf(facets.f_status, f.statuses) && fail('statuses')) return failed;
	if (f.financiers.length && !anyIn(facets.f_financiers, f.financiers) && fail('financiers'))
		return failed;
	if (f.years && !inRange(facets.f_year, f.years) && fail('years')) return failed;
	if (f.amountUsdM && !inRange(facets.f_usdM, f.amountUsdM)) fail('amountUsdM');
	return failed;
}

/** Whether a record's facets match the filter; `skip` leaves one group out (for facet counts). */
export function matchesFilters(facets: FacetProps, f: Filters, skip?: FilterGroup): boolean {
	const failed = failedChecks(facets, f, 2);
	return failed.length === 0 || (failed.length === 1 && failed[0] === skip);
}

/** A MapLibre filter expression (plain JSON) equivalent to `matchesFilters`. */
export type Expression = [string, ...unknown[]];
export function filterExpression(f: Filters): Expression {
	const clauses: Expression[] = [];
	const str = (prop: string): Expression => ['coalesce', ['get', prop], ''];
	const num = (prop: string): Expression => ['coalesce', ['get', prop], -1e12];
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
	if (f.years) clauses.push(['>=', num('f_year'), f.years[0]], ['<=', num('f_year'), f.years[1]]);
	if (f.amountUsdM)
		clauses.push(['>=', num('f_usdM'), f.amountUsdM[0]], ['<=', num('f_usdM'), f.amountUsdM[1]]);
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

export function valuesOf(r: FacetProps, group: FilterGroup): string[] {
	switch (group) {
		case 'countries':
			return splitList(r.f_countries);
		case 'sectors':
			return r.f_sector ? [r.f_sector] : [];
		case 'priorities':
			return r.f_priority ? [r.f_priority] : [];
		case 'statuses':
			return [r.f_status];
		case 'financiers':
			return splitList(r.f_financiers);
	}
}
