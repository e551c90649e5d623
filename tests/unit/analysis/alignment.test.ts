/**
 * Drawing segments along OpenStreetMap data, on small hand-made fixtures: routing over track,
 * chaining stations, judging results, and falling back to the segment's own waypoints.
 */
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	ALIGN_OPTIONS,
	alignSegment,
	buildAlignments,
	buildTrackGraph,
	chainStations,
	judgeAlignment,
	polylineKm,
	routeAlongTrack,
	shortestPath,
	simplifyLine,
	type Station
} from '../../../src/lib/analysis/alignment';
import { applyAlignments } from '../../../src/lib/data/alignments';

/** Near the equator 0.1° is about 11.1 km. */
const KM_PER_TENTH = 11.12;

describe('shortestPath', () => {
	it('takes the cheaper of two ways and says when there is none', () => {
		const adj = [
			[
				{ to: 1, cost: 1 },
				{ to: 2, cost: 5 }
			],
			[
				{ to: 0, cost: 1 },
				{ to: 2, cost: 1 }
			],
			[
				{ to: 0, cost: 5 },
				{ to: 1, cost: 1 }
			],
			[]
		];
		expect(shortestPath(adj, 0, 2)).toEqual([0, 1, 2]);
		expect(shortestPath(adj, 0, 3)).toBeNull();
	});
});

describe('routeAlongTrack', () => {
	// Two ways meeting at [1, 0], with a curve north; a loose way far off.
	const ways = [
		{
			id: 1,
			coordinates: [
				[0, 0],
				[0.5, 0.2],
				[1, 0]
			]
		},
		{
			id: 2,
			coordinates: [
				[1, 0],
				[1.5, 0.2],
				[2, 0]
			]
		},
		{
			id: 3,
			coordinates: [
				[5, 5],
				[5.1, 5]
			]
		}
	];
	const graph = buildTrackGraph(ways);

	it('joins ways at shared positions and follows their curves', () => {
		const r = routeAlongTrack(graph, [0, 0.01], [2, 0.01], 5);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.coordinates[0]).toEqual([0, 0.01]);
		expect(r.coordinates.at(-1)).toEqual([2, 0.01]);
		expect(r.coordinates).toContainEqual([1.5, 0.2]);
		expect(r.osmIds).toEqual([1, 2]);
		// Longer than the straight 222 km: it follows the curves.
		expect(r.lengthKm).toBeGreaterThan(20 * KM_PER_TENTH + 10);
	});

	it('refuses ends far from any track, and track that does not connect', () => {
		expect(routeAlongTrack(graph, [0, 1], [2, 0], 5)).toMatchObject({ ok: false });
		const r = routeAlongTrack(graph, [0, 0], [5.1, 5], 5);
		expect(r).toEqual({ ok: false, reason: 'no connected track between the ends' });
	});
});

describe('chainStations', () => {
	// Halts every 0.1° along the equator from 0 to 1, and one station far north on another line.
	const halts: Station[] = Array.from({ length: 9 }, (_, i) => ({
		id: 100 + i,
		name: `${(i + 1) * 10} км`,
		coordinates: [(i + 1) / 10, 0.02 * (i % 2)]
	}));
	const corridor: Position[] = [
		[0, 0],
		[1, 0]
	];

	it('draws through the halts in order', () => {
		const r = chainStations(halts, [0, 0], [1, 0], corridor, { maxHopKm: 15, corridorKm: 10 });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.osmIds).toEqual(halts.map((h) => h.id));
		expect(r.lengthKm).toBeGreaterThan(10 * KM_PER_TENTH);
	});

	it('breaks where two stations are further apart than a hop', () => {
		const gappy = halts.filter((h) => h.id < 103 || h.id > 106);
		const r = chainStations(gappy, [0, 0], [1, 0], corridor, { maxHopKm: 15, corridorKm: 10 });
		expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/breaks/) });
	});

	it('uses no station outside the corridor', () => {
		const off = [...halts, { id: 999, name: 'Far', coordinates: [0.5, 0.5] }];
		const r = chainStations(off, [0, 0], [1, 0], corridor, { maxHopKm: 15, corridorKm: 10 });
		expect(r.ok && r.osmIds.includes(999)).toBe(false);
	});

	it('avoids a hop over water when another way exists', () => {
		// "Water" is anything crossing x = 0.45..0.55 below y = 0.01: only the odd halts avoid it.
		const meter = (line: Position[]) =>
			line.some((p, i) => i > 0 && p[0]! > 0.5 && line[i - 1]![0]! < 0.5 && p[1]! < 0.01) ? 5 : 0;
		const r = chainStations(
			halts,
			[0, 0],
			[1, 0],
			corridor,
			{ maxHopKm: 25, corridorKm: 10 },
			{ meter, maxKm: 1 }
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(meter(r.coordinates)).toBe(0);
	});
});

describe('judgeAlignment', () => {
	const ends: [Position, Position] = [
		[0, 0],
		[1, 0]
	];
	it('accepts a line near its published length, refuses detours and mismatches', () => {
		expect(judgeAlignment(120, ends, 115)).toEqual({ ok: true });
		expect(judgeAlignment(200, ends, null)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/detours/)
		});
		expect(judgeAlignment(120, ends, 140)).toMatchObject({
			ok: false,
			reason: '120 km against 140 km published'
		});
	});
});

describe('alignSegment', () => {
	const own: Position[] = [
		[0, 0],
		[1, 0]
	];
	const segment = {
		id: 'seg-a-b',
		mode: 'rail',
		status: 'operational',
		coordinates: own,
		from: [0, 0] as Position,
		to: [1, 0] as Position,
		publishedKm: null as number | null
	};
	const track = buildTrackGraph([
		{
			id: 7,
			coordinates: [
				[0, 0],
				[0.5, 0.05],
				[1, 0]
			]
		}
	]);
	const none = buildTrackGraph([]);
	const halts: Station[] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({
		id: i,
		name: `${i}`,
		coordinates: [i / 10, 0.01]
	}));

	it('prefers the track, then stations, then the own waypoints', () => {
		expect(alignSegment(segment, track, halts).alignment).toBe('track');
		expect(alignSegment(segment, none, halts).alignment).toBe('stations');
		const fallback = alignSegment(segment, none, []);
		expect(fallback.alignment).toBe('waypoints');
		expect(fallback.method).toMatch(/track: .*; stations: /);
	});

	it('falls back when the published length disagrees', () => {
		const r = alignSegment({ ...segment, publishedKm: 200 }, track, halts);
		expect(r).toMatchObject({ alignment: 'waypoints' });
		expect(r.method).toMatch(/against 200 km published/);
	});

	it('takes no station in, and no hop through, a country the own line does not enter', () => {
		// "B" is north of y = 0.015; the own line (y = 0) is all in "A".
		const countriesAt = (p: Position) => (p[1]! > 0.015 ? ['B'] : ['A']);
		const geo = { water: () => 0, countriesAt };
		const detour: Station[] = [
			...halts,
			{ id: 50, name: 'over the border', coordinates: [0.55, 0.02] }
		];
		const r = alignSegment(segment, none, detour, ALIGN_OPTIONS, geo);
		expect(r.alignment).toBe('stations');
		if (r.alignment !== 'stations') return;
		expect(r.osmIds).not.toContain(50);
		expect(r.coordinates.every((p) => countriesAt(p)[0] === 'A')).toBe(true);
	});

	it('keeps a line not yet built on its waypoints', () => {
		expect(alignSegment({ ...segment, status: 'planned' }, track, halts).alignment).toBe(
			'waypoints'
		);
	});

	it('writes one feature per rail segment, which applyAlignments lays over the segment', () => {
		const out = buildAlignments(
			{
				segments: [
					{
						properties: {
							id: 'seg-a-b',
							mode: 'rail',
							status: 'operational',
							fromNode: 'a',
							toNode: 'b',
							publishedKm: null
						},
						geometry: { coordinates: own }
					},
					{
						properties: {
							id: 'seg-b-c',
							mode: 'sea',
							status: 'operational',
							fromNode: 'b',
							toNode: 'c',
							publishedKm: null
						},
						geometry: { coordinates: own }
					}
				],
				nodes: new Map([
					['a', [0, 0]],
					['b', [1, 0]],
					['c', [2, 0]]
				]),
				ways: [
					{
						id: 7,
						coordinates: [
							[0, 0],
							[0.5, 0.05],
							[1, 0]
						]
					}
				],
				stations: []
			},
			ALIGN_OPTIONS
		);
		expect(out.attribution).toBe('© OpenStreetMap contributors');
		expect(out.features.map((f) => [f.properties.segment, f.properties.alignment])).toEqual([
			['seg-a-b', 'track']
		]);
		const segments = {
			type: 'FeatureCollection' as const,
			features: [
				{
					type: 'Feature' as const,
					geometry: { type: 'LineString' as const, coordinates: own },
					properties: { id: 'seg-a-b', alignment: 'waypoints' } as never
				}
			]
		};
		const applied = applyAlignments(segments as never, out as never);
		expect(applied.features[0]!.geometry.coordinates).toContainEqual([0.5, 0.05]);
		expect((applied.features[0]!.properties as { alignment: string }).alignment).toBe('track');
	});
});

describe('simplifyLine', () => {
	it('drops vertices within the tolerance and keeps the ends', () => {
		const line: Position[] = [
			[0, 0],
			[0.5, 0.00001],
			[1, 0],
			[1, 1]
		];
		expect(simplifyLine(line, 0.02)).toEqual([
			[0, 0],
			[1, 0],
			[1, 1]
		]);
		expect(polylineKm(simplifyLine(line, 0.02))).toBeCloseTo(polylineKm(line), 1);
	});
});
