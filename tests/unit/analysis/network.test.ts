/**
 * Routing on a small hand-made network: A –rail– B –sea– C –rail– D, and a long way round
 * A –rail– R (in Russia) –rail– D.
 */
import { describe, expect, it } from 'vitest';
import { RouteFinder, type Network, type NetworkSegment } from '../../../src/lib/analysis/network';
import { estimateDays, type TransitParams } from '../../../src/lib/analysis/transit';

const params: TransitParams = {
	speedKmPerDay: {
		rail: { min: 400, max: 800 },
		sea: { min: 300, max: 600 },
		road: { min: 300, max: 500 }
	},
	borderDwellDays: { min: 0.5, max: 2 },
	transshipmentDwellDays: { min: 1, max: 4 }
};
const node = (id: string, lon: number, country: string) => ({
	id,
	name: id.toUpperCase(),
	country,
	kind: 'station',
	coordinates: [lon, 0]
});
const seg = (
	id: string,
	fromNode: string,
	toNode: string,
	mode: NetworkSegment['mode'],
	km: number,
	kmByCountry: Record<string, number>,
	countries: string[]
): NetworkSegment => ({
	id,
	corridors: [mode === 'sea' || id.startsWith('m') ? 'middle' : 'northern'],
	fromNode,
	toNode,
	from: fromNode.toUpperCase(),
	to: toNode.toUpperCase(),
	mode,
	lengthKm: km,
	publishedKm: null,
	kmByCountry,
	countries,
	russiaParts: []
});
const network: Network = {
	nodes: [
		node('a', 0, 'KAZ'),
		node('b', 5, 'KAZ'),
		node('c', 10, 'AZE'),
		node('d', 15, 'GEO'),
		node('r', 7, 'RUS')
	],
	segments: [
		seg('m-ab', 'a', 'b', 'rail', 600, { KAZ: 600 }, ['KAZ']),
		seg('m-bc', 'b', 'c', 'sea', 450, { SEA: 450 }, []),
		// Stored d → c: the route runs it backwards.
		seg('m-dc', 'd', 'c', 'rail', 500, { GEO: 300, AZE: 200 }, ['GEO', 'AZE']),
		seg('n-ar', 'a', 'r', 'rail', 900, { KAZ: 300, RUS: 600 }, ['KAZ', 'RUS']),
		seg('n-rd', 'r', 'd', 'rail', 900, { RUS: 700, GEO: 200 }, ['RUS', 'GEO'])
	]
};
const finder = new RouteFinder(network, params);

describe('RouteFinder', () => {
	it('finds the shortest route by distance and sums it up', () => {
		const r = finder.find('a', 'd');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.route.legs.map((l) => l.segment.id)).toEqual(['m-ab', 'm-bc', 'm-dc']);
		expect(r.route.legs[2]).toMatchObject({ reversed: true, fromName: 'C', toName: 'D' });
		expect(r.route.lengthKm).toBe(1550);
		expect(r.route.kmByMode).toEqual({ rail: 1100, sea: 450, road: 0 });
		expect(r.route.countries).toEqual(['KAZ', 'AZE', 'GEO']);
		expect(r.route.borderCrossings).toBe(2);
		expect(r.route.transshipments).toBe(2);
		expect(r.route.bypassesRussia).toBe(true);
	});

	it('avoids sea legs on request, even if the way round is through Russia', () => {
		const r = finder.find('a', 'd', { avoid: ['sea'] });
		expect(r.ok && r.route.legs.map((l) => l.segment.id)).toEqual(['n-ar', 'n-rd']);
		expect(r.ok && r.route.bypassesRussia).toBe(false);
		expect(r.ok && r.route.kmByCountry.RUS).toBe(1300);
	});

	it('says plainly when no route meets the constraints', () => {
		const r = finder.find('a', 'd', { avoid: ['sea', 'RUS'] });
		expect(r).toEqual({
			ok: false,
			code: 'no-route',
			from: 'A',
			to: 'D',
			avoid: ['RUS', 'sea'],
			corridors: [],
			reason: 'No route from A to D avoiding Russia, without sea legs on the mapped network.'
		});
	});

	it('prefers the faster route by time when slower legs make the short one slow', () => {
		// Rail 600 km/day on average vs sea 450 km/day: 600/600 + 450/450 + 500/600 = 2.83 days
		// against 1800/600 = 3 days: the short route stays the faster one.
		const r = finder.find('a', 'd', { by: 'time' });
		expect(r.ok && r.route.legs.map((l) => l.segment.id)).toEqual(['m-ab', 'm-bc', 'm-dc']);
	});

	it('keeps to the chosen corridors', () => {
		const r = finder.find('a', 'd', { corridors: ['northern'] });
		expect(r.ok && r.route.legs.map((l) => l.segment.id)).toEqual(['n-ar', 'n-rd']);
	});

	it('rejects unknown and identical end points', () => {
		expect(finder.find('a', 'zz')).toEqual({
			ok: false,
			code: 'unknown-destination',
			id: 'zz',
			reason: 'Unknown destination "zz".'
		});
		expect(finder.find('zz', 'a')).toMatchObject({ ok: false, code: 'unknown-origin', id: 'zz' });
		expect(finder.find('a', 'a')).toMatchObject({ ok: false, code: 'same-place' });
	});
});

describe('estimateDays', () => {
	it('adds travel at the fastest and slowest speeds to dwell at borders and transshipments', () => {
		const d = estimateDays(
			{ kmByMode: { rail: 1600, sea: 600, road: 0 }, borderCrossings: 2, transshipments: 2 },
			params
		);
		// min: 1600/800 + 600/600 + 2*0.5 + 2*1 = 6; max: 1600/400 + 600/300 + 2*2 + 2*4 = 18
		expect(d).toEqual({ min: 6, max: 18 });
	});
});
