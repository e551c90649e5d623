/**
 * Labels of the fixed vocabularies in the active language. The stored values (and exports) stay
 * English codes; only what the UI shows is translated. Each table is typed against its vocabulary,
 * so a new value without a label fails the type check.
 */
import {
	COMMODITIES,
	COUNTRIES,
	type Avoidable,
	type Commodity,
	type Instrument,
	type LayerId,
	type LocationPrecision,
	type Mode,
	type PlaceKind,
	type PlantTechnology,
	type PriorityArea,
	type Sector,
	type Status
} from '$lib/data/vocab';
import { activeLocale, intlTag, m } from './index';
import type { FilterWords } from '$lib/state/filters';

type Labels<K extends string> = Record<K, () => string>;

export const LAYER: Labels<LayerId> = {
	corridors: m.layer_corridors,
	places: m.layer_places,
	plants: m.layer_plants,
	mines: m.layer_mines,
	projects: m.layer_projects
};
/** One record of a layer ("Energy plant"). */
export const LAYER_ONE: Labels<LayerId> = {
	corridors: m.layer_one_corridors,
	places: m.layer_one_places,
	plants: m.layer_one_plants,
	mines: m.layer_one_mines,
	projects: m.layer_one_projects
};
export const STATUS: Labels<Status> = {
	planned: m.status_planned,
	'financing-arranged': m.status_financing_arranged,
	'under-construction': m.status_under_construction,
	operational: m.status_operational,
	completed: m.status_completed,
	suspended: m.status_suspended,
	cancelled: m.status_cancelled,
	unknown: m.status_unknown
};
export const SECTOR: Labels<Sector> = {
	power: m.sector_power,
	renewables: m.sector_renewables,
	'oil-gas': m.sector_oil_gas,
	chemicals: m.sector_chemicals,
	mining: m.sector_mining,
	transport: m.sector_transport,
	logistics: m.sector_logistics,
	water: m.sector_water,
	agriculture: m.sector_agriculture,
	health: m.sector_health,
	education: m.sector_education,
	digital: m.sector_digital,
	urban: m.sector_urban,
	finance: m.sector_finance,
	governance: m.sector_governance
};
export const PRIORITY: Labels<PriorityArea> = {
	'green-resilience': m.priority_green_resilience,
	connectivity: m.priority_connectivity,
	'human-resources': m.priority_human_resources
};
export const PLACE_KIND: Labels<PlaceKind> = {
	seaport: m.place_seaport,
	'dry-port': m.place_dry_port,
	'border-crossing': m.place_border_crossing,
	station: m.place_station,
	junction: m.place_junction
};
export const PLANT_TECHNOLOGY: Labels<PlantTechnology> = {
	gas: m.plant_gas,
	coal: m.plant_coal,
	hydro: m.plant_hydro,
	solar: m.plant_solar,
	wind: m.plant_wind,
	nuclear: m.plant_nuclear,
	'gas-chemical': m.plant_gas_chemical,
	storage: m.plant_storage
};
export const PRECISION: Labels<LocationPrecision> = {
	exact: m.precision_exact,
	'approximate-site': m.precision_approximate_site,
	city: m.precision_city,
	region: m.precision_region,
	country: m.precision_country
};
export const INSTRUMENT: Labels<Instrument> = {
	loan: m.instrument_loan,
	grant: m.instrument_grant,
	'technical-cooperation': m.instrument_technical_cooperation,
	equity: m.instrument_equity,
	'project-finance': m.instrument_project_finance,
	'export-credit': m.instrument_export_credit,
	insurance: m.instrument_insurance,
	guarantee: m.instrument_guarantee,
	'commercial-contract': m.instrument_commercial_contract,
	other: m.instrument_other
};
const COMMODITY: Labels<Commodity> = {
	uranium: m.commodity_uranium,
	'rare-earths': m.commodity_rare_earths,
	gallium: m.commodity_gallium,
	copper: m.commodity_copper,
	gold: m.commodity_gold,
	tungsten: m.commodity_tungsten,
	molybdenum: m.commodity_molybdenum,
	lithium: m.commodity_lithium,
	antimony: m.commodity_antimony,
	zinc: m.commodity_zinc,
	lead: m.commodity_lead,
	aluminium: m.commodity_aluminium,
	titanium: m.commodity_titanium,
	chromium: m.commodity_chromium,
	manganese: m.commodity_manganese,
	vanadium: m.commodity_vanadium,
	other: m.commodity_other
};
export const MODE: Labels<Mode> = { rail: m.mode_rail, sea: m.mode_sea, road: m.mode_road };
export const AVOID: Labels<Avoidable> = {
	RUS: m.avoid_rus,
	IRN: m.avoid_irn,
	sea: m.avoid_sea
};

export function commodityLabel(value: string): string {
	return (COMMODITIES as readonly string[]).includes(value)
		? COMMODITY[value as Commodity]()
		: value;
}

/** ISO 3166-1 alpha-2 of the atlas's countries, for Intl.DisplayNames. */
const ALPHA2: Record<string, string> = {
	KAZ: 'KZ',
	KGZ: 'KG',
	TJK: 'TJ',
	TKM: 'TM',
	UZB: 'UZ',
	AFG: 'AF',
	ARM: 'AM',
	AUT: 'AT',
	AZE: 'AZ',
	BGR: 'BG',
	BLR: 'BY',
	CHN: 'CN',
	CYP: 'CY',
	CZE: 'CZ',
	DEU: 'DE',
	EGY: 'EG',
	GEO: 'GE',
	GRC: 'GR',
	HUN: 'HU',
	IND: 'IN',
	IRN: 'IR',
	IRQ: 'IQ',
	ISR: 'IL',
	JOR: 'JO',
	JPN: 'JP',
	KWT: 'KW',
	LBN: 'LB',
	LTU: 'LT',
	LVA: 'LV',
	MDA: 'MD',
	MNG: 'MN',
	NLD: 'NL',
	NPL: 'NP',
	PAK: 'PK',
	POL: 'PL',
	ROU: 'RO',
	RUS: 'RU',
	SAU: 'SA',
	SRB: 'RS',
	SVK: 'SK',
	SYR: 'SY',
	TUR: 'TR',
	UKR: 'UA',
	EST: 'EE',
	FIN: 'FI'
};
const englishName = new Map<string, string>(COUNTRIES.map((c) => [c.code, c.name]));
const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in the active language: the atlas's own English names (Türkiye), and the
 * browser's (Intl) names for the others; the code itself when neither knows it. 'REG' is regional.
 */
export function countryLabel(code: string): string {
	if (code === 'REG') return m.country_regional();
	const locale = activeLocale();
	if (locale === 'en') return englishName.get(code) ?? code;
	const alpha2 = ALPHA2[code];
	if (!alpha2) return englishName.get(code) ?? code;
	let names = displayNames.get(locale);
	if (!names) {
		try {
			names = new Intl.DisplayNames([intlTag()], { type: 'region' });
		} catch {
			return englishName.get(code) ?? code;
		}
		displayNames.set(locale, names);
	}
	return names.of(alpha2) ?? englishName.get(code) ?? code;
}

/**
 * A legend entry's label in the active language: categories by their vocabulary, the neutral
 * styles by their own messages; corridors keep their names.
 */
export function legendLabel(layer: LayerId, entry: { value: string; label: string }): string {
	const v = entry.value;
	switch (layer) {
		case 'corridors':
			return v === 'sea' ? m.legend_sea_leg() : entry.label;
		case 'places':
			return v in PLACE_KIND ? PLACE_KIND[v as PlaceKind]() : entry.label;
		case 'plants':
			return v in PLANT_TECHNOLOGY ? PLANT_TECHNOLOGY[v as PlantTechnology]() : entry.label;
		case 'mines':
			return m.legend_mine();
		case 'projects':
			if (v === 'approximate') return m.legend_approximate();
			if (v === 'approximate-line') return m.legend_approximate_line();
			return v in PRIORITY ? PRIORITY[v as PriorityArea]() : entry.label;
	}
}

/** The words of the embedded map's filter lines (describeFilters) in the active language. */
export function filterWords(): FilterWords {
	return {
		country: m.filterline_country(),
		regional: m.filterline_regional(),
		countryName: countryLabel,
		sector: m.filterline_sector(),
		sectorName: (s) => SECTOR[s](),
		priority: m.filterline_priority(),
		priorityName: (p) => PRIORITY[p](),
		status: m.filterline_status(),
		statusName: (s) => STATUS[s](),
		financier: m.filterline_financier(),
		year: (range) => m.filterline_year({ range }),
		yearKnownOnly: m.filterline_year_known(),
		onlyWithYear: m.filterline_only_year(),
		amount: (range) => m.filterline_amount({ range }),
		amountKnownOnly: m.filterline_amount_known(),
		onlyWithAmount: m.filterline_only_amount()
	};
}
