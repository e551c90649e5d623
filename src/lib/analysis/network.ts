/**
 * The corridors as a network: nodes are stations, ports and border crossings; edges are corridor
 * segments, each with its length and country breakdown (computed at build time). Routes are found
 * with A* (ngraph.path), by distance or by estimated time, avoiding Russia, Iran or sea legs on
 * request. Pure: no map, no UI.
 */
import createGraph, { type Graph } from 'ngraph.graph';
import { aStar } from 'ngraph.path';
import { distance } from '@turf/distance';
import type { Position } from 'geojson';
import type { Avoidable, Mode } from '../data/vocab';
import { estimateDays, type Range, type TransitParams } from './transit';

export interface NetworkNode {
	id: string;
	name: string;
	country: string;
	kind: string;
	coordinates: Position;
}

export interface NetworkSegment {
	id: string;
	corridors: string[];
	fromNode: string;
	toNode: string;
	from: string;
	to: string;
	mode: Mode;
	lengthKm: number;
	/** The published length for the same two ends, or null where none is known. */
	publishedKm: number | null;
	kmByCountry: Record<string, number>;
	/** Countries in the segment's own direction (from → to). */
	countries: string[];
	russiaParts: Position[][];
}

export interface Network {
	nodes: NetworkNode[];
	segments: NetworkSegment[];
}

export interface RouteOptions {
	avoid?: Avoidable[];
	by?: 'distance' | 'time';
	/** Only use segments of these corridors (a corridor comparison); all when empty. */
	corridors?: string[];
}

/** A segment as travelled: `reversed` when the route runs it from `toNode` to `fromNode`. */
export interface Leg {
	segment: NetworkSegment;
	reversed: boolean;
	fromName: string;
	toName: string;
}

export interface RouteSummary {
	legs: Leg[];
	lengthKm: number;
	/** The sum of the legs' published lengths when every leg has one, else null. */
	lengthKmPublished: number | null;
	kmByMode: Record<Mode, number>;
	kmByCountry: Record<string, number>;
	countries: string[];
	borderCrossings: number;
	transshipments: number;
	bypassesRussia: boolean;
	transitDays: Range;
}

/**
 * Why there is no route, as a code (for wording it in any language) with the English sentence
 * (`reason`: the CLI and the English UI). A 'no-route' failure names its ends and the constraints
 * that ruled every route out.
 */
export type RouteFailure = { ok: false; reason: string } & (
	| { code: 'unknown-origin' | 'unknown-destination'; id: string }
	| { code: 'same-place' | 'no-main-route' }
	| { code: 'no-route'; from: string; to: string; avoid: Avoidable[]; corridors: string[] }
);

export type RouteResult = { ok: true; route: RouteSummary } | RouteFailure;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Totals for a sequence of legs. `endCountries` are the countries of the first and last node: a
 * border station may sit a few hundred metres on the wrong side of a 1:10m border, and the route
 * still starts (or ends) in the node's own country.
 */
export function summarizeLegs(
	legs: Leg[],
	params: TransitParams,
	endCountries?: [string, string]
): RouteSummary {
	const kmByMode: Record<Mode, number> = { rail: 0, sea: 0, road: 0 };
	const kmByCountry: Record<string, number> = {};
	const countries: string[] = endCountries ? [endCountries[0]] : [];
	let transshipments = 0;
	legs.forEach((leg, i) => {
		const s = leg.segment;
		kmByMode[s.mode] += s.lengthKm;
		for (const [c, km] of Object.entries(s.kmByCountry))
			kmByCountry[c] = (kmByCountry[c] ?? 0) + km;
		for (const c of leg.reversed ? [...s.countries].reverse() : s.countries)
			if (countries[countries.length - 1] !== c) countries.push(c);
		if (i > 0 && legs[i - 1]!.segment.mode !== s.mode) transshipments++;
	});
	if (endCountries && countries[countries.length - 1] !== endCountries[1])
		countries.push(endCountries[1]);
	for (const k of Object.keys(kmByCountry)) kmByCountry[k] = round1(kmByCountry[k]!);
	for (const k of Object.keys(kmByMode) as Mode[]) kmByMode[k] = round1(kmByMode[k]);
	const lengthKm = round1(legs.reduce((a, l) => a + l.segment.lengthKm, 0));
	const lengthKmPublished = legs.every((l) => l.segment.publishedKm !== null)
		? round1(legs.reduce((a, l) => a + l.segment.publishedKm!, 0))
		: null;
	const borderCrossings = Math.max(0, countries.length - 1);
	return {
		legs,
		lengthKm,
		lengthKmPublished,
		kmByMode,
		kmByCountry,
		countries,
		borderCrossings,
		transshipments,
		bypassesRussia: !((kmByCountry.RUS ?? 0) > 0),
		transitDays: estimateDays({ kmByMode, borderCrossings, transshipments }, params)
	};
}

interface LinkData {
	segment: NetworkSegment;
}

export class RouteFinder {
	readonly graph: Graph<NetworkNode, LinkData>;
	readonly nodes: Map<string, NetworkNode>;
	readonly #params: TransitParams;

	constructor(network: Network, params: TransitParams) {
		this.#params = params;
		this.nodes = new Map(network.nodes.map((n) => [n.id, n]));
		this.graph = createGraph<NetworkNode, LinkData>({ multigraph: true });
		for (const n of network.nodes) this.graph.addNode(n.id, n);
		for (const s of network.segments) {
			if (!this.nodes.has(s.fromNode) || !this.nodes.has(s.toNode)) continue;
			this.graph.addLink(s.fromNode, s.toNode, { segment: s });
		}
	}

	/** Estimated travel days on one segment, at the middle of its speed range. */
	#days(s: NetworkSegment): number {
		const speed = this.#params.speedKmPerDay[s.mode];
		return s.lengthKm / ((speed.min + speed.max) / 2);
	}

	#allowed(s: NetworkSegment, o: RouteOptions): boolean {
		const avoid = o.avoid ?? [];
		if (avoid.includes('sea') && s.mode === 'sea') return false;
		if (avoid.includes('RUS') && (s.kmByCountry.RUS ?? 0) > 0) return false;
		if (avoid.includes('IRN') && (s.kmByCountry.IRN ?? 0) > 0) return false;
		if (o.corridors?.length && !s.corridors.some((c) => o.corridors!.includes(c))) return false;
		return true;
	}

	#cost(s: NetworkSegment, o: RouteOptions): number {
		return o.by === 'time' ? this.#days(s) : s.lengthKm;
	}

	/** Shortest route between two nodes under the options; says plainly when there is none. */
	find(fromId: string, toId: string, options: RouteOptions = {}): RouteResult {
		const from = this.nodes.get(fromId);
		const to = this.nodes.get(toId);
		if (!from)
			return {
				ok: false,
				code: 'unknown-origin',
				id: fromId,
				reason: `Unknown origin "${fromId}".`
			};
		if (!to)
			return {
				ok: false,
				code: 'unknown-destination',
				id: toId,
				reason: `Unknown destination "${toId}".`
			};
		if (fromId === toId)
			return {
				ok: false,
				code: 'same-place',
				reason: 'Origin and destination are the same place.'
			};
		const fastest = Math.max(
			...Object.values(this.#params.speedKmPerDay).map((r) => (r.min + r.max) / 2)
		);
		const finder = aStar<NetworkNode, LinkData>(this.graph, {
			oriented: false,
			blocked: (_a, _b, link) => !this.#allowed(link.data.segment, options),
			distance: (_a, _b, link) => this.#cost(link.data.segment, options),
			// Straight-line distance never overestimates a route along the network.
			heuristic: (a, b) => {
				const km = distance(a.data.coordinates, b.data.coordinates, { units: 'kilometers' });
				return options.by === 'time' ? km / fastest : km;
			}
		});
		// ngraph returns the path from the destination back to the origin.
		const path = finder.find(fromId, toId).reverse();
		if (path.length < 2) return this.#noRoute(from, to, options);
		const legs: Leg[] = [];
		for (let i = 1; i < path.length; i++) {
			const a = path[i - 1]!.id as string;
			const b = path[i]!.id as string;
			let best: NetworkSegment | undefined;
			this.graph.forEachLinkedNode(
				a,
				(node, link) => {
					if (node.id !== b) return;
					const s = link.data.segment;
					if (
						this.#allowed(s, options) &&
						(!best || this.#cost(s, options) < this.#cost(best, options))
					)
						best = s;
				},
				false
			);
			if (!best) return this.#noRoute(from, to, options);
			const reversed = best.fromNode !== a;
			legs.push({
				segment: best,
				reversed,
				fromName: this.nodes.get(a)!.name,
				toName: this.nodes.get(b)!.name
			});
		}
		return { ok: true, route: summarizeLegs(legs, this.#params, [from.country, to.country]) };
	}

	#noRoute(from: NetworkNode, to: NetworkNode, o: RouteOptions): RouteFailure {
		const avoid = (['RUS', 'IRN', 'sea'] as const).filter((a) => o.avoid?.includes(a));
		const corridors = o.corridors ?? [];
		const rules: string[] = [];
		if (avoid.includes('RUS')) rules.push('avoiding Russia');
		if (avoid.includes('IRN')) rules.push('avoiding Iran');
		if (avoid.includes('sea')) rules.push('without sea legs');
		if (corridors.length) rules.push(`on ${corridors.join(', ')} only`);
		return {
			ok: false,
			code: 'no-route',
			from: from.name,
			to: to.name,
			avoid,
			corridors,
			reason: `No route from ${from.name} to ${to.name}${rules.length ? ` ${rules.join(', ')}` : ''} on the mapped network.`
		};
	}
}
