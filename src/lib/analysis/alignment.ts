/**
 * Drawing a rail segment along the real line, from OpenStreetMap inputs: routing over track
 * geometry where it exists, chaining the stations and kilometre-post halts the line passes where
 * only stations are mapped, and judging whether a result is sane before it replaces the drawn
 * geometry. Pure: positions in, positions out ([longitude, latitude]).
 */
import { distance } from '@turf/distance';
import type { Position } from 'geojson';

const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });

/** Geodesic length of a polyline in km. */
export function polylineKm(coords: Position[]): number {
	let total = 0;
	for (let i = 1; i < coords.length; i++) total += km(coords[i - 1]!, coords[i]!);
	return total;
}

// ---------------------------------------------------------------- a small Dijkstra

/** Shortest path over an adjacency list; returns the vertex indices from `from` to `to`, or null. */
export function shortestPath(
	adjacency: { to: number; cost: number }[][],
	from: number,
	to: number
): number[] | null {
	const n = adjacency.length;
	const dist = new Float64Array(n).fill(Infinity);
	const prev = new Int32Array(n).fill(-1);
	dist[from] = 0;
	// Binary heap of [cost, vertex].
	const heap: [number, number][] = [[0, from]];
	const push = (item: [number, number]) => {
		heap.push(item);
		let i = heap.length - 1;
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (heap[p]![0] <= heap[i]![0]) break;
			[heap[p], heap[i]] = [heap[i]!, heap[p]!];
			i = p;
		}
	};
	const pop = (): [number, number] => {
		const top = heap[0]!;
		const last = heap.pop()!;
		if (heap.length > 0) {
			heap[0] = last;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
				if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
				if (m === i) break;
				[heap[m], heap[i]] = [heap[i]!, heap[m]!];
				i = m;
			}
		}
		return top;
	};
	while (heap.length > 0) {
		const [d, v] = pop();
		if (d > dist[v]!) continue;
		if (v === to) break;
		for (const e of adjacency[v]!) {
			const nd = d + e.cost;
			if (nd < dist[e.to]!) {
				dist[e.to] = nd;
				prev[e.to] = v;
				push([nd, e.to]);
			}
		}
	}
	if (dist[to] === Infinity) return null;
	const path = [to];
	while (path[path.length - 1] !== from) path.push(prev[path[path.length - 1]!]!);
	return path.reverse();
}

// ---------------------------------------------------------------- routing along track

export interface TrackGraph {
	vertices: Position[];
	adjacency: { to: number; cost: number; way: number }[][];
	/** Connected component of each vertex. */
	component: Int32Array;
}

/**
 * A graph of rail ways: one vertex per distinct position (ways that share an OSM node share the
 * position exactly), one edge per consecutive pair, weighted by geodesic km.
 */
export function buildTrackGraph(ways: { id: number; coordinates: Position[] }[]): TrackGraph {
	const index = new Map<string, number>();
	const vertices: Position[] = [];
	const adjacency: { to: number; cost: number; way: number }[][] = [];
	const vertex = (p: Position) => {
		const key = `${p[0]},${p[1]}`;
		let i = index.get(key);
		if (i === undefined) {
			i = vertices.length;
			index.set(key, i);
			vertices.push(p);
			adjacency.push([]);
		}
		return i;
	};
	for (const { id, coordinates: way } of ways) {
		for (let i = 1; i < way.length; i++) {
			const a = vertex(way[i - 1]!);
			const b = vertex(way[i]!);
			if (a === b) continue;
			const cost = km(way[i - 1]!, way[i]!);
			adjacency[a]!.push({ to: b, cost, way: id });
			adjacency[b]!.push({ to: a, cost, way: id });
		}
	}
	const component = new Int32Array(vertices.length).fill(-1);
	let next = 0;
	for (let start = 0; start < vertices.length; start++) {
		if (component[start] !== -1) continue;
		const stack = [start];
		component[start] = next;
		while (stack.length > 0) {
			const v = stack.pop()!;
			for (const e of adjacency[v]!)
				if (component[e.to] === -1) {
					component[e.to] = next;
					stack.push(e.to);
				}
		}
		next++;
	}
	return { vertices, adjacency, component };
}

/** For each connected component, the vertex of it nearest to `p` within `maxKm`. */
function nearestByComponent(graph: TrackGraph, p: Position, maxKm: number) {
	const best = new Map<number, { index: number; km: number }>();
	const cosLat = Math.cos((p[1]! * Math.PI) / 180);
	const maxDeg = maxKm / 111.195;
	graph.vertices.forEach((v, i) => {
		const dx = (v[0]! - p[0]!) * cosLat;
		const dy = v[1]! - p[1]!;
		if (Math.abs(dx) > maxDeg || Math.abs(dy) > maxDeg) return;
		const d = km(v, p);
		if (d > maxKm) return;
		const c = graph.component[i]!;
		const prev = best.get(c);
		if (!prev || d < prev.km) best.set(c, { index: i, km: d });
	});
	return best;
}

/** The vertex nearest to `p` and its distance in km. */
export function nearestVertex(vertices: Position[], p: Position): { index: number; km: number } {
	let best = { index: -1, km: Infinity };
	// A cheap planar prefilter (degrees) before the geodesic distance.
	const cosLat = Math.cos((p[1]! * Math.PI) / 180);
	let bestPlanar = Infinity;
	for (let i = 0; i < vertices.length; i++) {
		const v = vertices[i]!;
		const dx = (v[0]! - p[0]!) * cosLat;
		const dy = v[1]! - p[1]!;
		const d = dx * dx + dy * dy;
		if (d < bestPlanar) {
			bestPlanar = d;
			best = { index: i, km: 0 };
		}
	}
	if (best.index >= 0) best.km = km(vertices[best.index]!, p);
	return best;
}

export type AlignmentResult =
	| {
			ok: true;
			coordinates: Position[];
			lengthKm: number;
			detail: string;
			/** OpenStreetMap ids used: ways along the track, or stations chained. */
			osmIds: number[];
	  }
	| { ok: false; reason: string };

/**
 * The shortest way along the track from `from` to `to`: each end snaps to the nearest track
 * vertex (no further than `maxSnapKm`), and the line starts and ends at the given positions so it
 * meets its nodes.
 */
export function routeAlongTrack(
	graph: TrackGraph,
	from: Position,
	to: Position,
	maxSnapKm = 5
): AlignmentResult {
	const nearFrom = nearestByComponent(graph, from, maxSnapKm);
	const nearTo = nearestByComponent(graph, to, maxSnapKm);
	if (nearFrom.size === 0)
		return { ok: false, reason: `start is more than ${maxSnapKm} km from any track` };
	if (nearTo.size === 0)
		return { ok: false, reason: `end is more than ${maxSnapKm} km from any track` };
	// The connected stretch of track that comes nearest to both ends.
	let pair: { a: { index: number; km: number }; b: { index: number; km: number } } | null = null;
	for (const [c, a] of nearFrom) {
		const b = nearTo.get(c);
		if (b && (!pair || a.km + b.km < pair.a.km + pair.b.km)) pair = { a, b };
	}
	if (!pair) return { ok: false, reason: 'no connected track between the ends' };
	const { a, b } = pair;
	const path = shortestPath(graph.adjacency, a.index, b.index);
	if (!path) return { ok: false, reason: 'no connected track between the ends' };
	const coordinates = [from, ...path.map((i) => graph.vertices[i]!), to];
	const wayIds = new Set<number>();
	for (let i = 1; i < path.length; i++) {
		const edges = graph.adjacency[path[i - 1]!]!.filter((e) => e.to === path[i]);
		const cheapest = edges.reduce((m, e) => (e.cost < m.cost ? e : m), edges[0]!);
		wayIds.add(cheapest.way);
	}
	return {
		ok: true,
		coordinates: dedupe(coordinates),
		lengthKm: polylineKm(coordinates),
		osmIds: [...wayIds].sort((x, y) => x - y),
		detail: `snapped ${a.km.toFixed(1)} km / ${b.km.toFixed(1)} km from the nodes`
	};
}

// ---------------------------------------------------------------- chaining stations

export interface Station {
	id: number;
	name: string;
	coordinates: Position;
}

/** Distance in km from `p` to the polyline `line` (planar within each piece, near enough here). */
export function distanceToPolylineKm(p: Position, line: Position[]): number {
	const cosLat = Math.cos((p[1]! * Math.PI) / 180);
	const kmPerDeg = 111.195;
	let best = Infinity;
	for (let i = 1; i < line.length; i++) {
		const ax = (line[i - 1]![0]! - p[0]!) * cosLat;
		const ay = line[i - 1]![1]! - p[1]!;
		const bx = (line[i]![0]! - p[0]!) * cosLat;
		const by = line[i]![1]! - p[1]!;
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
		const x = ax + t * dx;
		const y = ay + t * dy;
		best = Math.min(best, Math.sqrt(x * x + y * y) * kmPerDeg);
	}
	return best;
}

export interface ChainOptions {
	/** Longest hop between consecutive stations (km). */
	maxHopKm: number;
	/** Only stations within this distance of `corridor` are used (km). */
	corridorKm: number;
}

/** The longest stretch of a line over water, in km (0 when dry); given by the caller. */
export type WaterMeter = (line: Position[]) => number;

/** What the caller knows of the map: water, and the countries at a point. */
export interface Geography {
	water: WaterMeter;
	/** Codes of the countries containing a position (none at sea). */
	countriesAt: (p: Position) => string[];
}

/** km of a line in places `foreign` says it should not be, sampled every `stepKm`. */
function foreignKm(coords: Position[], foreign: (p: Position) => boolean, stepKm = 0.5): number {
	let total = 0;
	for (let i = 1; i < coords.length; i++) {
		const a = coords[i - 1]!;
		const b = coords[i]!;
		const d = km(a, b);
		const pieces = Math.max(1, Math.ceil(d / stepKm));
		for (let k = 0; k < pieces; k++) {
			const t = (k + 0.5) / pieces;
			if (foreign([a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t])) total += d / pieces;
		}
	}
	return total;
}

/** The countries a line passes through, sampled every `stepKm`. */
export function lineCountries(
	coords: Position[],
	countriesAt: Geography['countriesAt'],
	stepKm = 2
): Set<string> {
	const found = new Set<string>();
	for (let i = 1; i < coords.length; i++) {
		const a = coords[i - 1]!;
		const b = coords[i]!;
		const pieces = Math.max(1, Math.ceil(km(a, b) / stepKm));
		for (let k = 0; k <= pieces; k++) {
			const t = k / pieces;
			for (const c of countriesAt([a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t]))
				found.add(c);
		}
	}
	return found;
}

/**
 * A line from `from` to `to` through stations: of the stations within `corridorKm` of `corridor`
 * (the segment's current drawing, through sourced towns on the line), the chain whose hops are
 * all at most `maxHopKm` and whose cost is least. Each hop costs its length times (1 + its length
 * / maxHopKm), so a chain of close halts along one line beats a long jump across to another.
 */
export function chainStations(
	stations: Station[],
	from: Position,
	to: Position,
	corridor: Position[],
	options: ChainOptions,
	water?: { meter: WaterMeter; maxKm: number }
): AlignmentResult & { stations?: Station[] } {
	const near = stations.filter(
		(s) => distanceToPolylineKm(s.coordinates, corridor) <= options.corridorKm
	);
	const points = [from, ...near.map((s) => s.coordinates), to];
	const adjacency: { to: number; cost: number }[][] = points.map(() => []);
	for (let i = 0; i < points.length; i++)
		for (let j = i + 1; j < points.length; j++) {
			const d = km(points[i]!, points[j]!);
			if (d > options.maxHopKm) continue;
			const cost = d * (1 + d / options.maxHopKm);
			adjacency[i]!.push({ to: j, cost });
			adjacency[j]!.push({ to: i, cost });
		}
	// A line over water is no line: drop the wettest hop and look again (a few times at most).
	let path = shortestPath(adjacency, 0, points.length - 1);
	for (let round = 0; water && path && round < 50; round++) {
		if (water.meter(path.map((i) => points[i]!)) <= water.maxKm) break;
		let worst = { k: -1, km: 0 };
		for (let k = 1; k < path.length; k++) {
			const wetKm = water.meter([points[path[k - 1]!]!, points[path[k]!]!]);
			if (wetKm > worst.km) worst = { k, km: wetKm };
		}
		if (worst.k < 0) break;
		const [i, j] = [path[worst.k - 1]!, path[worst.k]!];
		adjacency[i] = adjacency[i]!.filter((e) => e.to !== j);
		adjacency[j] = adjacency[j]!.filter((e) => e.to !== i);
		path = shortestPath(adjacency, 0, points.length - 1);
	}
	if (path && water && water.meter(path.map((i) => points[i]!)) > water.maxKm)
		return { ok: false, reason: 'every chain found runs over water or through another country' };
	if (!path)
		return {
			ok: false,
			reason: `the chain breaks: no stations within ${options.maxHopKm} km of each other all the way`
		};
	const coordinates = dedupe(path.map((i) => points[i]!));
	const used = path.slice(1, -1).map((i) => near[i - 1]!);
	if (used.length === 0) return { ok: false, reason: 'no station between the ends' };
	return {
		ok: true,
		coordinates,
		lengthKm: polylineKm(coordinates),
		detail: `through ${used.length} stations and halts`,
		osmIds: used.map((s) => s.id),
		stations: used
	};
}

// ---------------------------------------------------------------- judging a result

export interface JudgeLimits {
	/** Longest allowed ratio of the drawn length to the straight line between the ends. */
	maxDetour: number;
	/** Allowed relative difference from the published length, where one is known. */
	publishedTolerance: number;
}

export const DEFAULT_LIMITS: JudgeLimits = { maxDetour: 1.6, publishedTolerance: 0.1 };

/**
 * Whether a computed alignment may replace the drawn geometry: not a detour (against the straight
 * line between the ends) and, where a published length is known, within tolerance of it.
 */
export function judgeAlignment(
	lengthKm: number,
	ends: [Position, Position],
	publishedKm: number | null,
	limits: JudgeLimits = DEFAULT_LIMITS
): { ok: true } | { ok: false; reason: string } {
	const straight = km(ends[0], ends[1]);
	if (straight > 0 && lengthKm / straight > limits.maxDetour)
		return {
			ok: false,
			reason: `detours: ${lengthKm.toFixed(0)} km against ${straight.toFixed(0)} km straight`
		};
	if (
		publishedKm !== null &&
		Math.abs(lengthKm - publishedKm) / publishedKm > limits.publishedTolerance
	)
		return {
			ok: false,
			reason: `${lengthKm.toFixed(0)} km against ${publishedKm} km published`
		};
	return { ok: true };
}

// ---------------------------------------------------------------- geometry helpers

/** Drops consecutive duplicate positions. */
export function dedupe(coords: Position[]): Position[] {
	return coords.filter(
		(p, i) => i === 0 || p[0] !== coords[i - 1]![0] || p[1] !== coords[i - 1]![1]
	);
}

/** Douglas–Peucker simplification with a tolerance in km; keeps the ends. */
export function simplifyLine(coords: Position[], toleranceKm: number): Position[] {
	if (coords.length <= 2) return coords;
	const keep = new Uint8Array(coords.length);
	keep[0] = 1;
	keep[coords.length - 1] = 1;
	const stack: [number, number][] = [[0, coords.length - 1]];
	while (stack.length > 0) {
		const [s, e] = stack.pop()!;
		let worst = -1;
		let worstKm = 0;
		for (let i = s + 1; i < e; i++) {
			const d = distanceToPolylineKm(coords[i]!, [coords[s]!, coords[e]!]);
			if (d > worstKm) {
				worstKm = d;
				worst = i;
			}
		}
		if (worst >= 0 && worstKm > toleranceKm) {
			keep[worst] = 1;
			stack.push([s, worst], [worst, e]);
		}
	}
	return coords.filter((_, i) => keep[i]);
}

/** Rounds positions to `decimals` places (5: about 1 m). */
export function roundLine(coords: Position[], decimals = 5): Position[] {
	const f = 10 ** decimals;
	return dedupe(coords.map(([x, y]) => [Math.round(x! * f) / f, Math.round(y! * f) / f]));
}

// ---------------------------------------------------------------- one segment

export interface SegmentToAlign {
	id: string;
	mode: string;
	status: string;
	/** The segment's own drawing (through sourced towns), and the corridor stations are taken from. */
	coordinates: Position[];
	from: Position;
	to: Position;
	publishedKm: number | null;
}

export interface AlignOptions {
	maxSnapKm: number;
	chain: ChainOptions;
	limits: JudgeLimits;
	/** A chain shorter than the segment's own line by more than this share cuts a corner. */
	maxShortening: number;
	/** Simplification tolerance for track lines (km). */
	simplifyKm: number;
	/** Longest stretch over water a line may have (km), where a water meter is given. */
	maxWaterKm: number;
}

export const ALIGN_OPTIONS: AlignOptions = {
	maxSnapKm: 5,
	chain: { maxHopKm: 40, corridorKm: 30 },
	limits: DEFAULT_LIMITS,
	maxShortening: 0.03,
	simplifyKm: 0.02,
	maxWaterKm: 1
};

export type SegmentAlignment =
	| {
			alignment: 'track' | 'stations';
			coordinates: Position[];
			lengthKm: number;
			method: string;
			osmIds: number[];
	  }
	| { alignment: 'waypoints'; method: string };

/**
 * How to draw one rail segment: along the track where it can be routed and is sane, else through
 * the stations it passes where that chain is sane, else its own waypoints (with the reasons).
 */
export function alignSegment(
	segment: SegmentToAlign,
	track: TrackGraph,
	stations: Station[],
	options: AlignOptions = ALIGN_OPTIONS,
	geo?: Geography
): SegmentAlignment {
	const water = geo?.water;
	const wet = (line: Position[]) => (water ? water(line) : 0);
	const ends: [Position, Position] = [segment.from, segment.to];
	if (segment.status !== 'operational')
		return {
			alignment: 'waypoints',
			method: `Own waypoints kept: the line is ${segment.status}, so no mapped track or station shows where it will run.`
		};
	const reasons: string[] = [];
	const routed = routeAlongTrack(track, segment.from, segment.to, options.maxSnapKm);
	if (routed.ok) {
		const judged = judgeAlignment(routed.lengthKm, ends, segment.publishedKm, options.limits);
		const overWater = wet(routed.coordinates);
		if (judged.ok && overWater > options.maxWaterKm)
			reasons.push(`track: ${overWater.toFixed(1)} km over water on Natural Earth's coast`);
		else if (judged.ok) {
			const coordinates = roundLine(simplifyLine(routed.coordinates, options.simplifyKm));
			return {
				alignment: 'track',
				coordinates,
				lengthKm: polylineKm(coordinates),
				method: `Routed along OpenStreetMap rail ways (${routed.detail}).`,
				osmIds: routed.osmIds
			};
		} else reasons.push(`track: ${judged.reason}`);
	} else reasons.push(`track: ${routed.reason}`);
	// No station in, and no hop through, a country the segment's own line does not enter (a
	// branch across a border, a corner of a neighbour cut off).
	let candidates = stations;
	let offLine: WaterMeter | undefined = water;
	if (geo) {
		const allowed = lineCountries(segment.coordinates, geo.countriesAt);
		const foreign = (p: Position) => geo.countriesAt(p).some((c) => !allowed.has(c));
		candidates = stations.filter((st) => !foreign(st.coordinates));
		offLine = (line) => Math.max(geo.water(line), foreignKm(line, foreign));
	}
	const chained = chainStations(
		candidates,
		segment.from,
		segment.to,
		segment.coordinates,
		options.chain,
		offLine ? { meter: offLine, maxKm: options.maxWaterKm } : undefined
	);
	if (chained.ok) {
		const own = polylineKm(segment.coordinates);
		const judged = judgeAlignment(chained.lengthKm, ends, segment.publishedKm, options.limits);
		if (!judged.ok) reasons.push(`stations: ${judged.reason}`);
		else if (chained.lengthKm < own * (1 - options.maxShortening))
			reasons.push(
				`stations: the chain (${chained.lengthKm.toFixed(0)} km) cuts corners the sourced towns (${own.toFixed(0)} km) do not`
			);
		else {
			const coordinates = roundLine(chained.coordinates);
			return {
				alignment: 'stations',
				coordinates,
				lengthKm: polylineKm(coordinates),
				method: `Drawn through OpenStreetMap stations and halts in order (${chained.detail}).`,
				osmIds: chained.osmIds
			};
		}
	} else reasons.push(`stations: ${chained.reason}`);
	return {
		alignment: 'waypoints',
		method: `Own waypoints kept. ${reasons.join('; ')}.`
	};
}

// ---------------------------------------------------------------- the alignments file

export const OSM_LICENSE = 'Open Database License (ODbL) 1.0';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

export interface AlignmentsInput {
	segments: {
		properties: {
			id: string;
			mode: string;
			status: string;
			fromNode: string;
			toNode: string;
			publishedKm: number | null;
		};
		geometry: { coordinates: Position[] };
	}[];
	nodes: Map<string, Position>;
	ways: { id: number; coordinates: Position[] }[];
	stations: Station[];
}

export interface AlignmentsOutput {
	type: 'FeatureCollection';
	license: string;
	attribution: string;
	features: {
		type: 'Feature';
		geometry: { type: 'LineString'; coordinates: Position[] } | null;
		properties: { segment: string; alignment: Alignment; method: string; osmIds: number[] };
	}[];
}

type Alignment = SegmentAlignment['alignment'];

/** One alignment per rail segment, in the segments' order. */
export function buildAlignments(
	input: AlignmentsInput,
	options: AlignOptions = ALIGN_OPTIONS,
	geo?: Geography
): AlignmentsOutput {
	const track = buildTrackGraph(input.ways);
	const features: AlignmentsOutput['features'] = [];
	for (const f of input.segments) {
		const p = f.properties;
		if (p.mode !== 'rail') continue;
		const from = input.nodes.get(p.fromNode);
		const to = input.nodes.get(p.toNode);
		if (!from || !to) continue;
		const a = alignSegment(
			{
				id: p.id,
				mode: p.mode,
				status: p.status,
				coordinates: f.geometry.coordinates,
				from,
				to,
				publishedKm: p.publishedKm
			},
			track,
			input.stations,
			options,
			geo
		);
		features.push({
			type: 'Feature',
			geometry:
				a.alignment === 'waypoints' ? null : { type: 'LineString', coordinates: a.coordinates },
			properties: {
				segment: p.id,
				alignment: a.alignment,
				method: a.method,
				osmIds: a.alignment === 'waypoints' ? [] : a.osmIds
			}
		});
	}
	return {
		type: 'FeatureCollection',
		license: OSM_LICENSE,
		attribution: OSM_ATTRIBUTION,
		features
	};
}
