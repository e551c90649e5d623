/**
 * The money rule on fixtures: one exchange-rate table converts, Japan's financing is counted apart
 * from the project cost, and the Statistics total is the sum of Japan's financing over exactly the
 * records the filter keeps.
 */
import { describe, expect, it } from 'vitest';
import { FX_TABLE, latestFxYear, toUsd } from '../../../src/lib/data/fx';
import { japanFinancing } from '../../../src/lib/data/money';
import { indexRecords } from '../../../src/lib/data/records';
import { projectsFileSchema } from '../../../src/lib/data/schemas';
import { summarize } from '../../../src/lib/data/stats';
import { matchesFilters } from '../../../src/lib/state/filters';
import { EMPTY_FILTERS } from '../../../src/lib/state/view';
import { readRequiredGeodata } from '../../../src/lib/server/geodata';
import { GEODATA_FILES, type GeodataKey } from '../../../src/lib/data/schemas';

describe('toUsd', () => {
	it('converts at the annual average of the amount’s year', () => {
		// ¥11.915bn signed in 2015: the 2015 average is 121.04 yen per US$.
		expect(toUsd({ amount: 11_915e6, currency: 'JPY', date: '2015-10-26' })).toEqual({
			usd: Math.round(11_915e6 / 121.04),
			rateYear: 2015,
			rate: 121.04,
			provisional: false
		});
		// The two 2015 loans the issue found at 106.4 and 121.0 now share one rate.
		const a = toUsd({ amount: 1e9, currency: 'JPY', date: '2015' })!;
		const b = toUsd({ amount: 1e9, currency: 'JPY', date: '2015-12-01' })!;
		expect(a.rate).toBe(b.rate);
	});

	it('passes USD through and refuses to guess', () => {
		expect(toUsd({ amount: 198.8e6, currency: 'USD', date: null })?.usd).toBe(198.8e6);
		expect(toUsd({ amount: 1e9, currency: 'JPY', date: null })).toBeNull();
		expect(toUsd({ amount: 1e9, currency: 'KZT', date: '2020' })).toBeNull();
		expect(toUsd({ amount: 1e9, currency: 'JPY', date: '1985' })).toBeNull();
	});

	it('uses the latest year in the table for a later year, marked provisional', () => {
		const latest = latestFxYear('JPY')!;
		const c = toUsd({ amount: 3e12, currency: 'JPY', date: '2025-12' })!;
		expect(c).toMatchObject({ rateYear: latest, provisional: true });
		expect(c.usd).toBe(Math.round(3e12 / FX_TABLE.JPY![latest]!));
	});

	it('has a JPY rate for every year from 1993 to the latest', () => {
		for (let y = 1993; y <= latestFxYear('JPY')!; y++) expect(FX_TABLE.JPY![y]).toBeGreaterThan(0);
	});
});

/** Projects built on the valid fixture's project, one per money case. */
function fixtureWithProjects() {
	const data = readRequiredGeodata(
		Object.keys(GEODATA_FILES) as GeodataKey[],
		'tests/fixtures/geodata-valid'
	);
	const base = data.projects.features[0]!;
	const make = (id: string, countries: string[], props: object) => ({
		...base,
		properties: { ...base.properties, id, countries, ...props }
	});
	const loan = (amount: number, currency: string, date: string | null) => ({
		financier: 'JICA',
		instrument: 'loan',
		amount,
		currency,
		date,
		scope: 'japanese-share',
		note: null
	});
	const projects = projectsFileSchema.parse({
		type: 'FeatureCollection',
		features: [
			base,
			// A yen loan and a project cost: only the loan counts.
			make('kaz-yen', ['KAZ'], {
				financing: [loan(10e9, 'JPY', '2010-08')],
				projectCost: { amount: 1.5e9, currency: 'USD', date: '2010', note: 'ADB and others' }
			}),
			// Only a project cost: no Japanese figure, adds nothing.
			make('kaz-cost-only', ['KAZ'], {
				financing: [],
				projectCost: { amount: 1e9, currency: 'USD', date: '2024', note: null }
			}),
			// A target: shown apart, never in the total.
			make('reg-target', ['KAZ', 'UZB'], {
				financing: [{ ...loan(3e12, 'JPY', '2025-12'), instrument: 'other', scope: 'target' }]
			}),
			// Insurance beside a loan: only the loan counts.
			make('uzb-insured', ['UZB'], {
				financing: [
					loan(100e6, 'USD', '2023'),
					{ ...loan(80e6, 'USD', '2023'), financier: 'NEXI', instrument: 'insurance' }
				]
			})
		]
	});
	return indexRecords({ ...data, projects });
}

describe('Statistics total', () => {
	const index = fixtureWithProjects();
	const filterable = index.all.filter((r) => r.facets);
	const japanUsdM = (ids: string[]) =>
		ids.reduce((sum, id) => {
			const r = index.byId.get(id)!;
			const usd = r.layer === 'projects' ? japanFinancing(r.props).usd : null;
			return sum + (usd ?? 0) / 1e6;
		}, 0);

	it("equals the sum of Japan's financing over the filtered records", () => {
		for (const countries of [[], ['KAZ'], ['UZB'], ['REG']]) {
			const filters = { ...structuredClone(EMPTY_FILTERS), countries };
			const kept = filterable.filter((r) => matchesFilters(r.facets!, filters));
			const s = summarize(kept);
			expect(s.usdM).toBeCloseTo(japanUsdM(kept.map((r) => r.id)), 1);
		}
	});

	it('leaves out project costs and targets, and counts projects with no Japanese figure', () => {
		const s = summarize(filterable);
		// 393 (fixture, USD) + ¥10bn at 87.78 (2010) + 100 (the insured loan), in millions.
		expect(s.usdM).toBeCloseTo(393 + 10e9 / 87.78 / 1e6 + 100, 1);
		expect(s).toMatchObject({ projects: 5, withAmount: 3, projectsWithoutAmount: 2 });
		expect(s.targets).toEqual({
			count: 1,
			usdM: expect.closeTo(3e12 / FX_TABLE.JPY![latestFxYear('JPY')!]! / 1e6, 1),
			provisional: true
		});
	});
});
