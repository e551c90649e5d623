/**
 * Flat "facet" properties for each filterable record (project, plant, mine), derived once when the
 * data is loaded. The filters, the map's filter expressions, the counts, the statistics and the
 * export all read these, so every view agrees on a record's countries, sector, year and amount.
 * Pure: no Svelte, no MapLibre.
 */
import type { MineProps, PlantProps, ProjectProps } from './schemas';
import { CENTRAL_ASIA, type Sector } from './vocab';
import { financiersOf } from './participants';
import { japanFinancing, toMillions } from './money';

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
	/** Japan's financing in USD millions (null: no sourced Japanese figure). */
	f_usdM: number | null;
	/** `f_usdM` uses the latest annual rate for a later year (it will change). */
	f_usdProvisional?: boolean;
}

/** The list-valued filter groups (the ranges, year and amount, are separate). */
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

function countriesOf(codes: string[]): string[] {
	const list = [...new Set(codes)];
	// Cross-border records count for each country and also as "regional".
	return list.length > 1 || list.some((c) => !(CENTRAL_ASIA as readonly string[]).includes(c))
		? [...list, REGIONAL]
		: list;
}

/**
 * A project's amount for filtering, sorting and totals, in USD millions: Japan's financing only
 * (money/japanFinancing), null when no source gives a Japanese figure that converts. Never the
 * project cost.
 */
export function projectUsdM(p: ProjectProps): number | null {
	const usd = japanFinancing(p).usd;
	return usd === null ? null : toMillions(usd);
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
		f_usdM: projectUsdM(p),
		f_usdProvisional: japanFinancing(p).provisional
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

/** A record's values in one filter group. */
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
