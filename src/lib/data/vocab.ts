/**
 * Fixed vocabularies. Each is an `as const` array so that both the TypeScript type and the
 * zod enum come from one list.
 */

/** The five Central Asian states the atlas is about. */
export const CENTRAL_ASIA = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;

/**
 * Countries the atlas knows: ISO 3166-1 alpha-3, numeric (as used by Natural Earth / world-atlas)
 * and English short name. Covers the map region and the corridors' European ends.
 */
export const COUNTRIES = [
	{ code: 'KAZ', numeric: '398', name: 'Kazakhstan' },
	{ code: 'KGZ', numeric: '417', name: 'Kyrgyzstan' },
	{ code: 'TJK', numeric: '762', name: 'Tajikistan' },
	{ code: 'TKM', numeric: '795', name: 'Turkmenistan' },
	{ code: 'UZB', numeric: '860', name: 'Uzbekistan' },
	{ code: 'AFG', numeric: '004', name: 'Afghanistan' },
	{ code: 'ARM', numeric: '051', name: 'Armenia' },
	{ code: 'AUT', numeric: '040', name: 'Austria' },
	{ code: 'AZE', numeric: '031', name: 'Azerbaijan' },
	{ code: 'BGR', numeric: '100', name: 'Bulgaria' },
	{ code: 'BLR', numeric: '112', name: 'Belarus' },
	{ code: 'CHN', numeric: '156', name: 'China' },
	{ code: 'CYP', numeric: '196', name: 'Cyprus' },
	{ code: 'CZE', numeric: '203', name: 'Czechia' },
	{ code: 'DEU', numeric: '276', name: 'Germany' },
	{ code: 'EGY', numeric: '818', name: 'Egypt' },
	{ code: 'GEO', numeric: '268', name: 'Georgia' },
	{ code: 'GRC', numeric: '300', name: 'Greece' },
	{ code: 'HUN', numeric: '348', name: 'Hungary' },
	{ code: 'IND', numeric: '356', name: 'India' },
	{ code: 'IRN', numeric: '364', name: 'Iran' },
	{ code: 'IRQ', numeric: '368', name: 'Iraq' },
	{ code: 'ISR', numeric: '376', name: 'Israel' },
	{ code: 'JOR', numeric: '400', name: 'Jordan' },
	{ code: 'JPN', numeric: '392', name: 'Japan' },
	{ code: 'KWT', numeric: '414', name: 'Kuwait' },
	{ code: 'LBN', numeric: '422', name: 'Lebanon' },
	{ code: 'LTU', numeric: '440', name: 'Lithuania' },
	{ code: 'LVA', numeric: '428', name: 'Latvia' },
	{ code: 'MDA', numeric: '498', name: 'Moldova' },
	{ code: 'MNG', numeric: '496', name: 'Mongolia' },
	{ code: 'NLD', numeric: '528', name: 'Netherlands' },
	{ code: 'NPL', numeric: '524', name: 'Nepal' },
	{ code: 'PAK', numeric: '586', name: 'Pakistan' },
	{ code: 'POL', numeric: '616', name: 'Poland' },
	{ code: 'ROU', numeric: '642', name: 'Romania' },
	{ code: 'RUS', numeric: '643', name: 'Russia' },
	{ code: 'SAU', numeric: '682', name: 'Saudi Arabia' },
	{ code: 'SRB', numeric: '688', name: 'Serbia' },
	{ code: 'SVK', numeric: '703', name: 'Slovakia' },
	{ code: 'SYR', numeric: '760', name: 'Syria' },
	{ code: 'TUR', numeric: '792', name: 'Türkiye' },
	{ code: 'UKR', numeric: '804', name: 'Ukraine' },
	{ code: 'EST', numeric: '233', name: 'Estonia' },
	{ code: 'FIN', numeric: '246', name: 'Finland' }
] as const;

export type CountryCode = (typeof COUNTRIES)[number]['code'];
export const COUNTRY_CODES = COUNTRIES.map((c) => c.code) as unknown as readonly [
	CountryCode,
	...CountryCode[]
];
const countryByCode = new Map<string, (typeof COUNTRIES)[number]>(
	COUNTRIES.map((c) => [c.code, c])
);
const countryByNumeric = new Map<string, (typeof COUNTRIES)[number]>(
	COUNTRIES.map((c) => [c.numeric, c])
);
export function countryName(code: string): string {
	return countryByCode.get(code)?.name ?? code;
}
export function countryCodeFromNumeric(numeric: string | number): CountryCode | undefined {
	return countryByNumeric.get(String(numeric).padStart(3, '0'))?.code;
}

/** Years a record's agreement or start can plausibly carry: from the independence of the Central
 * Asian states to the long-range plans. Schemas, the URL and the year filter all use these. */
export const YEAR_BOUNDS: readonly [number, number] = [1991, 2060];

/** Years the year filter and the URL accept: projects' years, and plants and mines commissioned
 * before independence (Nurek, Toktogul, Soviet-era thermal plants). */
export const FILTER_YEAR_BOUNDS: readonly [number, number] = [1900, YEAR_BOUNDS[1]];

/** What a route query can avoid: a country's territory, or legs by sea. */
export const AVOIDABLE = ['RUS', 'IRN', 'sea'] as const;
export type Avoidable = (typeof AVOIDABLE)[number];

/** Corridor transport modes. */
/**
 * The shared destinations the corridor comparison can measure to (network node ids), in the
 * order the comparison offers them; the first is the default.
 */
export const COMPARE_DESTINATIONS = ['duisburg', 'budapest', 'istanbul'] as const;
export type CompareDestination = (typeof COMPARE_DESTINATIONS)[number];
export const DEFAULT_COMPARE_DESTINATION: CompareDestination = 'duisburg';

export const MODES = ['rail', 'sea', 'road'] as const;
export type Mode = (typeof MODES)[number];

/**
 * How a segment's line was drawn: `track` routed along OpenStreetMap rail geometry, `stations`
 * through the OpenStreetMap stations and kilometre-post halts it passes, `waypoints` through
 * sourced towns and offshore points (the atlas's own drawing).
 */
export const ALIGNMENTS = ['track', 'stations', 'waypoints'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/** A segment that crosses water as a structure, not over the surface. */
export const CROSSINGS = ['tunnel', 'bridge'] as const;

/** How precisely a record's geometry places it. */
export const LOCATION_PRECISIONS = [
	'exact',
	'approximate-site',
	'city',
	'region',
	'country'
] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];
export const LOCATION_PRECISION_LABELS: Record<LocationPrecision, string> = {
	exact: 'Exact site',
	'approximate-site': 'Approximate site',
	city: 'City',
	region: 'Region',
	country: 'Country'
};

/**
 * Lifecycle status shared by projects, plants, mines, places and corridor segments (record format
 * v2). `completed` is only for programmes that end (a loan disbursed, a grant delivered); a built
 * facility that runs is `operational`, and one whose operation no source confirms is `unknown`.
 */
export const STATUSES = [
	'planned',
	'financing-arranged',
	'under-construction',
	'operational',
	'completed',
	'suspended',
	'cancelled',
	'unknown'
] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
	planned: 'Planned',
	'financing-arranged': 'Financing arranged',
	'under-construction': 'Under construction',
	operational: 'Operational',
	completed: 'Completed (programme ended)',
	suspended: 'Suspended',
	cancelled: 'Cancelled',
	unknown: 'Status unknown'
};
/** An "under construction" status older than this (years) wants a newer source. */
export const STALE_CONSTRUCTION_YEARS = 3;

/** Project sectors (fixed vocabulary). */
export const SECTORS = [
	'power',
	'renewables',
	'oil-gas',
	'chemicals',
	'mining',
	'transport',
	'logistics',
	'water',
	'agriculture',
	'health',
	'education',
	'digital',
	'urban',
	'finance',
	'governance'
] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
	power: 'Power generation & grid',
	renewables: 'Renewable energy',
	'oil-gas': 'Oil & gas',
	chemicals: 'Chemicals & fertiliser',
	mining: 'Mining & critical minerals',
	transport: 'Transport infrastructure',
	logistics: 'Logistics & customs',
	water: 'Water & sanitation',
	agriculture: 'Agriculture & irrigation',
	health: 'Health',
	education: 'Education & human resources',
	digital: 'Digital & telecoms',
	urban: 'Urban development',
	finance: 'Budget support & finance',
	governance: 'Governance & disaster risk'
};

/** The three priority areas of the Central Asia + Japan Dialogue (CA+JAD), December 2025. */
export const PRIORITY_AREAS = ['green-resilience', 'connectivity', 'human-resources'] as const;
export type PriorityArea = (typeof PRIORITY_AREAS)[number];
export const PRIORITY_AREA_LABELS: Record<PriorityArea, string> = {
	'green-resilience': 'Green and Resilience',
	connectivity: 'Connectivity',
	'human-resources': 'Human Resource Development'
};

/** Kinds of point on the corridor network. */
export const PLACE_KINDS = [
	'seaport',
	'dry-port',
	'border-crossing',
	'station',
	'junction'
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
	seaport: 'Seaport',
	'dry-port': 'Dry port',
	'border-crossing': 'Border crossing',
	station: 'Station',
	junction: 'Junction'
};

/** Energy plant technologies. */
export const PLANT_TECHNOLOGIES = [
	'gas',
	'coal',
	'hydro',
	'solar',
	'wind',
	'nuclear',
	'gas-chemical',
	'storage'
] as const;
export type PlantTechnology = (typeof PLANT_TECHNOLOGIES)[number];
export const PLANT_TECHNOLOGY_LABELS: Record<PlantTechnology, string> = {
	gas: 'Gas-fired',
	coal: 'Coal-fired',
	hydro: 'Hydropower',
	solar: 'Solar',
	wind: 'Wind',
	nuclear: 'Nuclear',
	'gas-chemical': 'Gas chemicals (GTL / fertiliser)',
	storage: 'Battery storage'
};

/** Commodities at mining and mineral-processing sites. */
export const COMMODITIES = [
	'uranium',
	'rare-earths',
	'gallium',
	'copper',
	'gold',
	'tungsten',
	'molybdenum',
	'lithium',
	'antimony',
	'zinc',
	'lead',
	'aluminium',
	'titanium',
	'chromium',
	'manganese',
	'vanadium',
	'other'
] as const;
export type Commodity = (typeof COMMODITIES)[number];

/** Forms of finance or participation. */
export const INSTRUMENTS = [
	'loan',
	'grant',
	'technical-cooperation',
	'equity',
	'project-finance',
	'export-credit',
	'insurance',
	'guarantee',
	'commercial-contract',
	'other'
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** Currencies in which financing is reported (ISO 4217). */
export const CURRENCIES = ['USD', 'JPY', 'EUR', 'KZT', 'UZS', 'CNY', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The data layers, in draw order (later entries on top). */
export const LAYERS = ['corridors', 'places', 'plants', 'mines', 'projects'] as const;
export type LayerId = (typeof LAYERS)[number];
export const LAYER_LABELS: Record<LayerId, string> = {
	corridors: 'Transport corridors',
	places: 'Ports & border crossings',
	plants: 'Energy plants',
	mines: 'Mining & minerals',
	projects: 'Japan-linked projects'
};
