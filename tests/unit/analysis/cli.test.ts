/** `npm run analyze -- --json` on the real geodata: the documented shape, and figures that hold together. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeJson, type CorridorJson, type SegmentJson } from '../../../src/lib/server/analyze';
import { readRequiredGeodata } from '../../../src/lib/server/geodata';

let corridors: CorridorJson[];
let segments: SegmentJson[];
let byId: Map<string, CorridorJson>;
beforeAll(() => {
	({ corridors, segments } = analyzeJson());
	byId = new Map(corridors.map((c) => [c.id, c]));
});

describe('analyzeJson (npm run analyze -- --json)', () => {
	it('reports every corridor with the documented fields', () => {
		expect([...byId.keys()].sort()).toEqual([
			'central-asian-lines',
			'cku-railway',
			'middle-corridor',
			'northern-corridor',
			'southern-corridor'
		]);
		for (const c of corridors) {
			expect(Object.keys(c)).toEqual(
				expect.arrayContaining([
					'id',
					'name',
					'bypassesRussia',
					'lengthKm',
					'lengthKmPublished',
					'kmByMode',
					'kmByCountry',
					'borderCrossings',
					'transshipments',
					'transitDays',
					'segments'
				])
			);
			expect(Object.keys(c.kmByMode).sort()).toEqual(['rail', 'road', 'sea']);
			expect(c.transitDays.min).toBeLessThanOrEqual(c.transitDays.max);
		}
	});

	it('gives a published length only where published figures cover the whole route', () => {
		const published = new Map(segments.map((s) => [s.id, s.publishedKm]));
		for (const c of corridors) {
			const figures = c.segments.map((s) => published.get(s.id) ?? null);
			const covered = figures.length > 0 && figures.every((km) => km !== null);
			const sum = Math.round(figures.reduce((a: number, km) => a + (km ?? 0), 0) * 10) / 10;
			expect(c.lengthKmPublished, c.id).toBe(covered ? sum : null);
		}
	});

	it('adds up: modes and countries sum to the length, segments chain end to start', () => {
		for (const c of corridors) {
			const byMode = c.kmByMode.rail + c.kmByMode.sea + c.kmByMode.road;
			const byCountry = Object.values(c.kmByCountry).reduce((a, b) => a + b, 0);
			expect(byMode).toBeCloseTo(c.lengthKm, 0);
			expect(Math.abs(byCountry - c.lengthKm)).toBeLessThan(1);
			for (let i = 1; i < c.segments.length; i++)
				expect(c.segments[i]!.from).toBe(c.segments[i - 1]!.to);
		}
	});

	it('the Middle Corridor bypasses Russia and crosses the Caspian and the Black Sea; the Northern runs through Russia', () => {
		const middle = byId.get('middle-corridor')!;
		const northern = byId.get('northern-corridor')!;
		expect(middle.bypassesRussia).toBe(true);
		expect(middle.kmByCountry.RUS ?? 0).toBe(0);
		expect(middle.kmByMode.sea).toBeGreaterThan(300);
		// Caspian and Black Sea ferries: rail → sea → rail → sea → rail.
		expect(middle.transshipments).toBe(4);
		// Like for like: both from the Chinese border to the same European destination.
		expect(middle.routeFrom).toBe(northern.routeFrom);
		expect(middle.routeTo).toBe(northern.routeTo);
		expect(middle.routeTo).toMatch(/Duisburg/);
		expect(middle.segments.some((s) => /Aktau/.test(s.from) && s.mode === 'sea')).toBe(true);
		expect(northern.bypassesRussia).toBe(false);
		expect(northern.kmByCountry.RUS).toBeGreaterThan(1000);
		expect(northern.transshipments).toBe(0);
	});

	it('lists every segment of the network with its drawn and published length and alignment', () => {
		const { segments: file } = readRequiredGeodata(['segments']);
		expect(segments.map((s) => s.id)).toEqual(file.features.map((f) => f.properties.id));
		for (const s of segments) {
			expect(Object.keys(s)).toEqual([
				'id',
				'from',
				'to',
				'mode',
				'lengthKm',
				'publishedKm',
				'alignment',
				'kmByCountry'
			]);
			expect(['track', 'stations', 'waypoints']).toContain(s.alignment);
			expect(s.publishedKm === null || s.publishedKm > 0).toBe(true);
			const byCountry = Object.values(s.kmByCountry).reduce((a, b) => a + b, 0);
			expect(Math.abs(byCountry - s.lengthKm)).toBeLessThan(1);
			if (s.mode === 'sea') expect(s.alignment).toBe('waypoints');
		}
		// The Caspian ferry keeps its id; the Turkmen line follows the track.
		expect(segments.find((s) => s.id === 'seg-aktau-port-alat-port')?.mode).toBe('sea');
		expect(segments.find((s) => s.id === 'seg-serhetyaka-bereket')?.alignment).toBe('track');
	});
});
