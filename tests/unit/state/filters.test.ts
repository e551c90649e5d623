import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	facetCounts,
	failMask,
	failMasks,
	filterExpression,
	matchesFilters,
	unknownCounts
} from '../../../src/lib/state/filters';
import {
	REGIONAL,
	projectFacets,
	projectUsdM,
	valuesOf,
	type FacetProps
} from '../../../src/lib/data/facets';
import { canonicalParticipant } from '../../../src/lib/data/participants';
import { EMPTY_FILTERS, RANGE_KEYS, type Filters } from '../../../src/lib/state/view';
import { PRIORITY_AREAS, SECTORS, STATUSES } from '../../../src/lib/data/vocab';

const facets = (over: Partial<FacetProps>): FacetProps => ({
	f_countries: '|KAZ|',
	f_sector: 'power',
	f_priority: 'green-resilience',
	f_status: 'operational',
	f_financiers: '|JBIC|',
	f_year: 2020,
	f_usdM: 100,
	...over
});
const filters = (over: Partial<Filters>): Filters => ({
	...structuredClone(EMPTY_FILTERS),
	...over
});

/** Evaluates a filter expression the way MapLibre does, on a feature with these properties. */
function mapMatches(expr: unknown, props: FacetProps): boolean {
	const f = featureFilter(expr as never, 'layers[0].filter');
	return f.filter({ zoom: 5 }, { type: 1, properties: props as never, geometry: [] } as never);
}

describe('filters', () => {
	it('ORs within a group and ANDs across groups', () => {
		const kazPower = facets({});
		const uzbWater = facets({ f_countries: '|UZB|', f_sector: 'water' });
		const f = filters({ countries: ['KAZ', 'UZB'], sectors: ['power'] });
		expect(matchesFilters(kazPower, f)).toBe(true);
		expect(matchesFilters(uzbWater, f)).toBe(false);
		expect(matchesFilters(uzbWater, filters({ countries: ['KAZ', 'UZB'] }))).toBe(true);
	});

	it('excludes a record with no value for an active list group; keeps it for a range unless asked', () => {
		const mine = facets({ f_sector: 'mining', f_priority: null, f_year: null, f_usdM: null });
		expect(matchesFilters(mine, filters({ priorities: ['connectivity'] }))).toBe(false);
		// The whole year range keeps every record: a range narrows what is known.
		expect(matchesFilters(mine, filters({ years: [1991, 2060] }))).toBe(true);
		expect(matchesFilters(mine, filters({ amountUsdM: [0, 1e6] }))).toBe(true);
		expect(matchesFilters(mine, filters({ years: [1991, 2060], knownOnly: ['years'] }))).toBe(
			false
		);
		expect(matchesFilters(mine, filters({ knownOnly: ['amountUsdM'] }))).toBe(false);
		expect(matchesFilters(facets({}), filters({ knownOnly: ['years', 'amountUsdM'] }))).toBe(true);
		expect(matchesFilters(facets({ f_year: 1999 }), filters({ years: [2000, 2020] }))).toBe(false);
		expect(
			unknownCounts([mine, facets({}), facets({ f_usdM: null })], filters({ years: [2000, 2030] }))
		).toEqual({ years: 1, amountUsdM: 2 });
		expect(matchesFilters(mine, filters({ sectors: ['mining'] }))).toBe(true);
	});

	it('does not confuse a value with a longer one containing it', () => {
		const r = facets({ f_financiers: '|JBIC|Mitsubishi Power|' });
		expect(matchesFilters(r, filters({ financiers: ['Mitsubishi'] }))).toBe(false);
		expect(mapMatches(filterExpression(filters({ financiers: ['Mitsubishi'] })), r)).toBe(false);
	});

	it('the map expression agrees with the list predicate for any filter and record', () => {
		const list = <T extends string>(xs: readonly T[]) => fc.subarray([...xs], { maxLength: 3 });
		const range = (lo: number, hi: number) =>
			fc.option(
				fc
					.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }))
					.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number])
			);
		const countries = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AZE', REGIONAL] as const;
		const financiers = ['JICA', 'JBIC', 'NEXI', 'Sojitz', 'Mitsubishi Power'] as const;
		const filterArb: fc.Arbitrary<Filters> = fc.record({
			countries: list(countries),
			sectors: list(SECTORS),
			priorities: list(PRIORITY_AREAS),
			statuses: list(STATUSES),
			financiers: list(financiers),
			years: range(1991, 2035),
			amountUsdM: range(0, 2000),
			knownOnly: fc.subarray([...RANGE_KEYS])
		});
		const join = (xs: string[]) => (xs.length ? `|${xs.join('|')}|` : '');
		const recordArb: fc.Arbitrary<FacetProps> = fc.record({
			f_countries: fc.subarray([...countries]).map(join),
			f_sector: fc.option(fc.constantFrom(...SECTORS)),
			f_priority: fc.option(fc.constantFrom(...PRIORITY_AREAS)),
			f_status: fc.constantFrom(...STATUSES),
			f_financiers: fc.subarray([...financiers]).map(join),
			f_year: fc.option(fc.integer({ min: 1991, max: 2035 })),
			f_usdM: fc.option(fc.double({ min: 0, max: 2000, noNaN: true }))
		});
		fc.assert(
			fc.property(filterArb, recordArb, (f, r) => {
				expect(mapMatches(filterExpression(f), r)).toBe(matchesFilters(r, f));
			}),
			{ numRuns: 2000 }
		);
	});

	it('counts each value given the other groups', () => {
		const records = [
			facets({ f_countries: '|KAZ|', f_sector: 'power' }),
			facets({ f_countries: '|KAZ|', f_sector: 'water' }),
			facets({ f_countries: '|UZB|', f_sector: 'power' }),
			facets({ f_countries: '|UZB|KAZ|REG|', f_sector: 'transport' })
		];
		const counts = facetCounts(records, filters({ countries: ['UZB'], sectors: ['power'] }));
		// Country counts ignore the country filter but respect the sector filter.
		expect(counts.countries).toEqual(
			expect.arrayContaining([
				{ value: 'UZB', count: 1 },
				{ value: 'KAZ', count: 1 }
			])
		);
		// Sector counts ignore the sector filter but respect the country filter.
		expect(counts.sectors).toEqual(
			expect.arrayContaining([
				{ value: 'power', count: 1 },
				{ value: 'transport', count: 1 }
			])
		);
		expect(counts.sectors.find((c) => c.value === 'water')).toBeUndefined();
	});

	it('counts every value exactly as filtering with that group left out would (masks as per record)', () => {
		const join = (xs: string[]) => (xs.length ? `|${xs.join('|')}|` : '');
		const countries = ['KAZ', 'KGZ', 'UZB', REGIONAL] as const;
		const recordArb: fc.Arbitrary<FacetProps> = fc.record({
			f_countries: fc.subarray([...countries], { minLength: 1 }).map(join),
			f_sector: fc.option(fc.constantFrom('power', 'water', 'mining')),
			f_priority: fc.option(fc.constantFrom(...PRIORITY_AREAS)),
			f_status: fc.constantFrom(...STATUSES),
			f_financiers: fc.subarray(['JICA', 'JBIC', 'NEXI']).map(join),
			f_year: fc.option(fc.integer({ min: 2000, max: 2030 })),
			f_usdM: fc.option(fc.integer({ min: 0, max: 1000 }))
		});
		const filterArb: fc.Arbitrary<Filters> = fc.record({
			countries: fc.subarray([...countries], { maxLength: 2 }),
			sectors: fc.subarray(['power', 'water', 'mining'] as never[], { maxLength: 2 }),
			priorities: fc.subarray([...PRIORITY_AREAS], { maxLength: 1 }),
			statuses: fc.subarray([...STATUSES], { maxLength: 2 }),
			financiers: fc.subarray(['JICA', 'JBIC', 'NEXI'], { maxLength: 2 }),
			years: fc.option(fc.constant([2010, 2020] as [number, number])),
			amountUsdM: fc.option(fc.constant([100, 500] as [number, number])),
			knownOnly: fc.subarray([...RANGE_KEYS])
		});
		fc.assert(
			fc.property(fc.array(recordArb, { maxLength: 30 }), filterArb, (records, f) => {
				const counts = facetCounts(records, f);
				// The one-pass masks (value codes in columns) agree with the per-record check.
				const masks = failMasks(records, f);
				records.forEach((r, i) => expect(masks[i]).toBe(failMask(r, f)));
				for (const group of [
					'countries',
					'sectors',
					'priorities',
					'statuses',
					'financiers'
				] as const) {
					const values = new Set([
						...records.flatMap((r) => valuesOf(r, group)),
						...(f[group] as string[])
					]);
					const naive = [...values]
						.map((value) => ({
							value,
							count: records.filter(
								(r) => matchesFilters(r, f, group) && valuesOf(r, group).includes(value)
							).length
						}))
						.filter((c) => c.count > 0 || (f[group] as string[]).includes(c.value));
					const byValue = (a: { value: string }, b: { value: string }) =>
						a.value.localeCompare(b.value);
					expect([...counts[group]].sort(byValue)).toEqual(naive.sort(byValue));
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps a selected value with no records in the counts, at 0', () => {
		const counts = facetCounts([facets({})], filters({ sectors: ['health'] }));
		expect(counts.sectors).toContainEqual({ value: 'health', count: 0 });
	});

	it('names Japanese participants canonically', () => {
		expect(canonicalParticipant('Japan International Cooperation Agency (JICA)')).toBe('JICA');
		expect(canonicalParticipant('JBIC')).toBe('JBIC');
		expect(canonicalParticipant('Mitsubishi Power (2 x M701JAC turbines)')).toBe(
			'Mitsubishi Power'
		);
		expect(canonicalParticipant('Takenaka Corporation (tunnel contractor)')).toBe(
			'Takenaka Corporation'
		);
	});

	it('derives project facets: cross-border records also count as regional', () => {
		const p = projectFacets({
			id: 'reg-x',
			name: 'x',
			aliases: [],
			description: null,
			status: 'planned',
			statusAsOf: null,
			statusSource: null,
			sources: [],
			locationPrecision: 'country',
			locationNote: null,
			lastChecked: '2026-01-01',
			offshore: false,
			notes: null,
			countries: ['KAZ', 'UZB'],
			sector: 'transport',
			priorityArea: 'connectivity',
			japaneseParticipants: ['JICA'],
			otherParticipants: [],
			financing: [
				{
					financier: 'JICA',
					instrument: 'loan',
					amount: 1e9,
					currency: 'JPY',
					date: '2021-03',
					scope: 'japanese-share',
					note: null
				},
				{
					financier: 'JBIC',
					instrument: 'loan',
					amount: 5e6,
					currency: 'USD',
					date: '2024',
					scope: 'japanese-share',
					note: null
				}
			],
			projectCost: { amount: 9e9, currency: 'USD', date: '2021', note: null },
			yearAgreed: null,
			yearStarted: 2021,
			yearCompleted: null,
			relatedIds: []
		});
		expect(p.f_countries).toBe('|KAZ|UZB|REG|');
		expect(p.f_financiers).toBe('|JBIC|JICA|');
		expect(p.f_year).toBe(2021);
		// ¥1bn at the 2021 average (109.75 yen per US$) plus US$5m; the project cost is not counted.
		expect(p.f_usdM).toBe(14.11);
	});

	it('counts Japanese shares only: never a target, insurance, or a contract paid from a loan', () => {
		const base = {
			currency: 'USD' as const,
			date: '2024',
			instrument: 'loan' as const,
			note: null
		};
		type Entry = {
			amount: number;
			scope: 'japanese-share' | 'target';
			instrument?: 'loan' | 'insurance' | 'commercial-contract';
		};
		const project = (financing: Entry[], projectCost: number | null = null) =>
			({
				financing: financing.map((f) => ({ ...base, financier: 'X', ...f })),
				projectCost: projectCost && { amount: projectCost, currency: 'USD', date: null, note: null }
			}) as never;
		expect(projectUsdM(project([{ amount: 393e6, scope: 'japanese-share' }], 1200e6))).toBe(393);
		// No Japanese figure: the project cost is never a fallback.
		expect(projectUsdM(project([], 1200e6))).toBeNull();
		expect(projectUsdM(project([{ amount: 19110e6, scope: 'target' }]))).toBeNull();
		expect(
			projectUsdM(
				project([
					{ amount: 635e6, scope: 'japanese-share' },
					{ amount: 425e6, scope: 'japanese-share', instrument: 'insurance' }
				])
			)
		).toBe(635);
		expect(
			projectUsdM(
				project([
					{ amount: 675.1e6, scope: 'japanese-share' },
					{ amount: 749.43e6, scope: 'japanese-share', instrument: 'commercial-contract' }
				])
			)
		).toBe(675.1);
		// A contract alone is the Japanese figure there is.
		expect(
			projectUsdM(
				project([{ amount: 300e6, scope: 'japanese-share', instrument: 'commercial-contract' }])
			)
		).toBe(300);
	});
});
