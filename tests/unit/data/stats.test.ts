import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/lib/data/stats';
import type { AtlasRecord } from '../../../src/lib/data/records';

const rec = (
	id: string,
	countries: string,
	sector: string,
	year: number | null,
	usdM: number | null
) =>
	({
		id,
		layer: 'projects',
		props: { financing: [] },
		facets: {
			f_countries: countries,
			f_sector: sector,
			f_priority: null,
			f_status: 'planned',
			f_financiers: '',
			f_year: year,
			f_usdM: usdM
		}
	}) as unknown as AtlasRecord;

describe('summarize', () => {
	const s = summarize([
		rec('a', '|KAZ|', 'power', 2010, 100),
		rec('b', '|KAZ|', 'water', 2012, null),
		rec('c', '|UZB|KAZ|REG|', 'transport', 2012, 50.5)
	]);
	it('totals counts and sourced amounts', () => {
		expect(s).toMatchObject({
			count: 3,
			usdM: 150.5,
			withAmount: 2,
			projects: 3,
			projectsWithoutAmount: 1
		});
	});
	it('counts a cross-border record once, as regional', () => {
		// KAZ and UZB also say how many cross-border records include them (the country filter's
		// counts include those), so the difference from the filter is explained in place.
		expect(s.byCountry).toEqual([
			{ key: 'KAZ', count: 2, usdM: 100, alsoRegional: 1 },
			{ key: 'REG', count: 1, usdM: 50.5 },
			{ key: 'UZB', count: 0, usdM: 0, alsoRegional: 1 }
		]);
		expect(s.byCountry.reduce((n, b) => n + b.count, 0)).toBe(s.count);
	});
	it('fills every year of the timeline, empty years at zero', () => {
		expect(s.byYear.map((b) => [b.key, b.count])).toEqual([
			['2010', 1],
			['2011', 0],
			['2012', 2]
		]);
	});
});
