/**
 * Country breakdown against hand-checked fixtures: two square "countries" side by side on the
 * equator (A: 0-1°E, B: 1-2°E) and open sea beyond 2°E.
 */
import { length } from '@turf/length';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AT_SEA, breakdownLine } from '../../../src/lib/analysis/breakdown';
import { CountryIndex } from '../../../src/lib/data/country-index';
import type { CountryCollection } from '../../../src/lib/data/natural-earth';

const square = (code: string, x0: number): CountryCollection['features'][number] => ({
	type: 'Feature',
	properties: { code, name: code, focus: false },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[x0, -1],
				[x0 + 1, -1],
				[x0 + 1, 1],
				[x0, 1],
				[x0, -1]
			]
		]
	}
});
const countries = new CountryIndex({
	type: 'FeatureCollection',
	features: [square('KAZ', 0), square('RUS', 1)]
});
// One degree of longitude on the equator, on Turf's sphere (radius 6,371,008.8 m).
const DEGREE_KM = (6371008.8 * Math.PI) / 180 / 1000;

describe('breakdownLine', () => {
	it('measures a line along the equator', () => {
		const b = breakdownLine(
			[
				[0.2, 0],
				[0.8, 0]
			],
			countries
		);
		expect(b.lengthKm).toBeCloseTo(0.6 * DEGREE_KM, 0);
		expect(b.kmByCountry).toEqual({ KAZ: b.lengthKm });
		expect(b.countries).toEqual(['KAZ']);
	});

	it('splits a line crossing one border at the border', () => {
		const b = breakdownLine(
			[
				[0.5, 0],
				[1.5, 0]
			],
			countries,
			1
		);
		expect(b.kmByCountry.KAZ).toBeCloseTo(DEGREE_KM / 2, -0.5);
		expect(b.kmByCountry.RUS).toBeCloseTo(DEGREE_KM / 2, -0.5);
		expect(b.countries).toEqual(['KAZ', 'RUS']);
		// The Russian stretch runs from about the border to the end.
		expect(b.russiaParts).toHaveLength(1);
		expect(b.russiaParts[0]![0]![0]).toBeCloseTo(1, 1);
		expect(b.russiaParts[0]!.at(-1)).toEqual([1.5, 0]);
	});

	it('counts a sea leg at sea', () => {
		const b = breakdownLine(
			[
				[2.2, 0],
				[2.8, 0.3]
			],
			countries
		);
		expect(Object.keys(b.kmByCountry)).toEqual([AT_SEA]);
		expect(b.countries).toEqual([]);
	});

	it('handles a segment touching a border without crossing it', () => {
		const b = breakdownLine(
			[
				[0.5, 0],
				[1, 0],
				[0.5, 0.5]
			],
			countries,
			1
		);
		expect(b.countries).toEqual(['KAZ']);
		expect(b.kmByCountry.RUS ?? 0).toBe(0);
	});

	it('rejects latitude and longitude swapped (latitude beyond 90)', () => {
		expect(() =>
			breakdownLine(
				[
					[45.3, 55.2],
					[43.6, 121.2]
				],
				countries
			)
		).toThrow(/swapped/);
	});

	it('rejects a line of one position', () => {
		expect(() => breakdownLine([[0, 0]], countries)).toThrow(/at least two positions/);
	});

	it('country km sum to the total length, within rounding, for any line', () => {
		const pos = fc.tuple(
			fc.double({ min: -0.5, max: 3, noNaN: true }),
			fc.double({ min: -0.9, max: 0.9, noNaN: true })
		);
		fc.assert(
			fc.property(fc.array(pos, { minLength: 2, maxLength: 6 }), (coords) => {
				const b = breakdownLine(coords, countries, 5);
				const sum = Object.values(b.kmByCountry).reduce((a, x) => a + x, 0);
				const turfKm = length(
					{
						type: 'Feature',
						properties: {},
						geometry: { type: 'LineString', coordinates: coords }
					},
					{ units: 'kilometers' }
				);
				expect(Math.abs(sum - turfKm)).toBeLessThan(0.1 * Object.keys(b.kmByCountry).length + 0.1);
			}),
			{ numRuns: 200 }
		);
	});
});
