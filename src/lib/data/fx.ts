/**
 * The one currency rule: an amount in its original currency and the date it refers to is converted
 * to US dollars at the annual average rate of that date's year, from the table below. No record
 * stores a converted figure; every USD amount the app shows or exports comes from `toUsd`.
 * Pure: no Svelte, no MapLibre.
 *
 * Rates are currency units per US dollar, annual averages, copied from the sources named in
 * FX_SOURCES (each row says which). Nothing here is estimated: a year the table lacks is either
 * after its last year (the latest year is used and the result is marked provisional, because that
 * year's average is not in the table yet) or has no conversion at all (null).
 */
import type { Currency } from './vocab';

export interface FxSource {
	publisher: string;
	title: string;
	url: string;
	licence: string;
}

export const FX_SOURCES = {
	worldBank: {
		publisher: 'World Bank (from IMF International Financial Statistics)',
		title:
			'World Development Indicators: Official exchange rate (LCU per US$, period average), PA.NUS.FCRF',
		url: 'https://data.worldbank.org/indicator/PA.NUS.FCRF?locations=JP',
		licence: 'CC BY 4.0'
	},
	fedG5a2016: {
		publisher: 'Board of Governors of the Federal Reserve System',
		title: 'Foreign Exchange Rates G.5A Annual, release of 4 January 2016 (2012-2015 averages)',
		url: 'https://www.federalreserve.gov/releases/g5a/20160104/default.htm',
		licence: 'public domain (US government work)'
	},
	fedG5a2021: {
		publisher: 'Board of Governors of the Federal Reserve System',
		title: 'Foreign Exchange Rates G.5A Annual, 2020 release (2017-2020 averages)',
		url: 'https://www.federalreserve.gov/releases/g5a/20210104',
		licence: 'public domain (US government work)'
	},
	fedG5a2024: {
		publisher: 'Board of Governors of the Federal Reserve System',
		title: 'Foreign Exchange Rates G.5A Annual, release of 1 February 2024 (2020-2023 averages)',
		url: 'https://www.federalreserve.gov/releases/g5a/20240201',
		licence: 'public domain (US government work)'
	}
} as const satisfies Record<string, FxSource>;
export type FxSourceKey = keyof typeof FX_SOURCES;

/**
 * Yen per US dollar: World Bank 1993-2021 (two decimals), Federal Reserve G.5A 2022-2023. The World
 * Bank figures were transcribed from a page reproducing the WDI series, not from the World Bank's
 * own download, and checked against the Federal Reserve's G.5A averages where both exist (2012-2015,
 * 2017-2021: within 0.2%). 2024 and 2025 averages are not in the table yet: amounts of those years
 * are converted at 2023's and shown as provisional.
 */
const JPY: Record<number, number> = {
	1993: 111.2,
	1994: 102.21,
	1995: 94.06,
	1996: 108.78,
	1997: 120.99,
	1998: 130.91,
	1999: 113.91,
	2000: 107.77,
	2001: 121.53,
	2002: 125.39,
	2003: 115.93,
	2004: 108.19,
	2005: 110.22,
	2006: 116.3,
	2007: 117.75,
	2008: 103.36,
	2009: 93.57,
	2010: 87.78,
	2011: 79.81,
	2012: 79.79,
	2013: 97.6,
	2014: 105.94,
	2015: 121.04,
	2016: 108.79,
	2017: 112.17,
	2018: 110.42,
	2019: 109.01,
	2020: 106.77,
	2021: 109.75,
	2022: 131.4589,
	2023: 140.5001
};

/** Federal Reserve G.5A: euro and pound are US dollars per unit there, stored here inverted. */
const perUnit = (usdPerUnit: number) => 1 / usdPerUnit;
const EUR: Record<number, number> = {
	2012: perUnit(1.2859),
	2013: perUnit(1.3281),
	2014: perUnit(1.3297),
	2015: perUnit(1.1096),
	2017: perUnit(1.1301),
	2018: perUnit(1.1817),
	2019: perUnit(1.1194),
	2020: perUnit(1.141),
	2021: perUnit(1.183),
	2022: perUnit(1.0534),
	2023: perUnit(1.0817)
};
const GBP: Record<number, number> = {
	2012: perUnit(1.5853),
	2013: perUnit(1.5642),
	2014: perUnit(1.6484),
	2015: perUnit(1.5284),
	2017: perUnit(1.289),
	2018: perUnit(1.3363),
	2019: perUnit(1.2768),
	2020: perUnit(1.2829),
	2021: perUnit(1.3764),
	2022: perUnit(1.2371),
	2023: perUnit(1.244)
};
const CNY: Record<number, number> = {
	2012: 6.3093,
	2013: 6.1478,
	2014: 6.162,
	2015: 6.2827,
	2017: 6.7569,
	2018: 6.609,
	2019: 6.9081,
	2020: 6.9042,
	2021: 6.4508,
	2022: 6.729,
	2023: 7.0809
};

/** Units per US dollar by currency and year. KZT and UZS: no published series in the table yet. */
export const FX_TABLE: Partial<Record<Currency, Record<number, number>>> = { JPY, EUR, GBP, CNY };

/** Which source a table entry comes from. */
export function fxSourceOf(currency: Currency, year: number): FxSourceKey | null {
	if (currency === 'JPY') return year <= 2021 ? 'worldBank' : 'fedG5a2024';
	if (!FX_TABLE[currency]?.[year]) return null;
	if (year <= 2015) return 'fedG5a2016';
	if (year <= 2019) return 'fedG5a2021';
	return 'fedG5a2024';
}

export interface UsdConversion {
	usd: number;
	/** The year whose annual average was used (null for amounts already in USD). */
	rateYear: number | null;
	/** Units of the currency per US dollar (1 for USD). */
	rate: number;
	/**
	 * The amount's year is after the table's last year for this currency, so the latest annual
	 * average was used instead: the figure will change when that year's average is added.
	 */
	provisional: boolean;
}

export interface Money {
	amount: number;
	currency: Currency;
	/** YYYY, YYYY-MM or YYYY-MM-DD, or null when no source dates the amount. */
	date: string | null;
}

/** The latest year the table has for a currency. */
export function latestFxYear(currency: Currency): number | null {
	const years = Object.keys(FX_TABLE[currency] ?? {}).map(Number);
	return years.length ? Math.max(...years) : null;
}

/**
 * An amount in US dollars at the annual average rate of its year. Null when it cannot be converted
 * honestly: a non-USD amount with no date, a currency the table lacks, or a year before the
 * table's first year or in a gap of it.
 */
export function toUsd(m: Money): UsdConversion | null {
	if (m.currency === 'USD') return { usd: m.amount, rateYear: null, rate: 1, provisional: false };
	if (m.date === null) return null;
	const table = FX_TABLE[m.currency];
	if (!table) return null;
	const year = Number(m.date.slice(0, 4));
	let rateYear = year;
	let provisional = false;
	const latest = latestFxYear(m.currency)!;
	if (year > latest) {
		rateYear = latest;
		provisional = true;
	}
	const rate = table[rateYear];
	if (rate === undefined) return null;
	return { usd: Math.round(m.amount / rate), rateYear, rate, provisional };
}

/** Why `toUsd` returned null, in words (for the data check and the detail panel). */
export function whyNoUsd(m: Money): string {
	if (m.date === null) return `no date, so no year to take a ${m.currency} rate from`;
	if (!FX_TABLE[m.currency]) return `no ${m.currency} rates in the exchange-rate table (fx.ts)`;
	return `no ${m.currency} rate for ${m.date.slice(0, 4)} in the exchange-rate table (fx.ts)`;
}
