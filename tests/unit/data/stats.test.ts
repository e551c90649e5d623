import { describe, expect, it } from 'vitest';
import { summarize, timelineTicks, yearTimeline } from '../../../src/lib/data/stats';
import { yearRangeAfterClick } from '../../../src/lib/state/filters';
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
		rec('c', '|UZB|KAZ|AFG|REG|', 'transport', 2012, 50.5)
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
	it('gives a neighbour with no records of its own no empty bar', () => {
		// AFG is only on the cross-border record: unlike UZB, it is not one of the five.
		expect(s.byCountry.map((b) => b.key)).not.toContain('AFG');
		const own = summarize([
			rec('d', '|AFG|', 'transport', 2012, 1),
			rec('c', '|AFG|UZB|REG|', 'transport', 2012, 1)
		]);
		expect(own.byCountry.find((b) => b.key === 'AFG')).toEqual({
			key: 'AFG',
			count: 1,
			usdM: 1,
			alsoRegional: 1
		});
	});
	it('fills every year of the timeline, empty years at zero', () => {
		expect(s.byYear.map((b) => [b.key, b.count])).toEqual([
			['2010', 1],
			['2011', 0],
			['2012', 2]
		]);
	});
});

describe('timeline', () => {
	it('counts records per year and fills the empty years between', () => {
		const t = yearTimeline([
			rec('a', '|KAZ|', 'power', 2010, 100),
			rec('b', '|KAZ|', 'water', 2013, null),
			rec('c', '|UZB|', 'power', 2010, 20),
			rec('d', '|UZB|', 'power', null, 5)
		]);
		expect(t.map((b) => [b.key, b.count, b.usdM])).toEqual([
			['2010', 2, 120],
			['2011', 0, 0],
			['2012', 0, 0],
			['2013', 1, 0]
		]);
		expect(yearTimeline([])).toEqual([]);
	});

	it('ticks round years, about six of them, within the span', () => {
		expect(timelineTicks(1957, 2030)).toEqual([1960, 1980, 2000, 2020]);
		expect(timelineTicks(1996, 2030)).toEqual([2000, 2010, 2020, 2030]);
		expect(timelineTicks(2015, 2020)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
		expect(timelineTicks(2020, 2020)).toEqual([2020]);
		for (const [a, b] of [
			[1900, 2060],
			[1991, 2035],
			[2008, 2026]
		] as const) {
			const ticks = timelineTicks(a, b);
			expect(ticks.length).toBeGreaterThanOrEqual(2);
			expect(ticks.length).toBeLessThanOrEqual(7);
			expect(ticks.every((y) => y >= a && y <= b)).toBe(true);
		}
	});

	it('a click picks one year, Shift-click stretches the range, a second click clears it', () => {
		expect(yearRangeAfterClick(null, 2015, false)).toEqual([2015, 2015]);
		expect(yearRangeAfterClick([2010, 2012], 2015, false)).toEqual([2015, 2015]);
		expect(yearRangeAfterClick([2010, 2012], 2015, true)).toEqual([2010, 2015]);
		expect(yearRangeAfterClick([2010, 2012], 2005, true)).toEqual([2005, 2012]);
		expect(yearRangeAfterClick([2010, 2012], 2011, true)).toEqual([2010, 2012]);
		expect(yearRangeAfterClick(null, 2015, true)).toEqual([2015, 2015]);
		expect(yearRangeAfterClick([2015, 2015], 2015, false)).toBeNull();
	});
});
