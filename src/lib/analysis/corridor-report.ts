/**
 * The per-corridor figures printed by `npm run analyze` and shown in the comparison: each
 * corridor's main route, measured. Pure.
 */
import type { Corridor } from '../data/schemas';
import type { Mode } from '../data/vocab';
import type { CompareDestination } from '../data/vocab';
import { comparisonEnds } from './corridor-routes';
import type { Network, RouteFinder, RouteResult, RouteSummary } from './network';

/** One corridor's measured route in the comparison. */
export interface ComparisonRow {
	corridor: Corridor;
	result: RouteResult;
}

/**
 * One corridor's route on its own segments: between `ends` when given (a common origin and
 * destination), else its main route to the shared `destination` (or to its own far end, for a
 * corridor that does not reach Europe). Used by the CLI and the comparison.
 */
export function corridorRoute(
	finder: RouteFinder,
	corridorId: string,
	ends: { from: string; to: string } | null = null,
	destination?: CompareDestination
): RouteResult {
	const e = ends ?? comparisonEnds(corridorId, destination);
	if (!e)
		return {
			ok: false,
			code: 'no-main-route',
			reason: 'No main route is defined for this corridor.'
		};
	return finder.find(e.from, e.to, { corridors: [corridorId] });
}

type RouteFigures = Pick<
	RouteSummary,
	| 'bypassesRussia'
	| 'lengthKm'
	| 'lengthKmPublished'
	| 'kmByMode'
	| 'kmByCountry'
	| 'countries'
	| 'borderCrossings'
	| 'transshipments'
	| 'transitDays'
>;

export interface CorridorReport extends RouteFigures {
	id: string;
	name: string;
	/** The route measured, as node names a reader knows. */
	routeFrom: string;
	routeTo: string;
	/** All drawn segments of the corridor, branches included. */
	networkKm: number;
	publishedTransit: {
		from: string;
		to: string;
		daysMin: number;
		daysMax: number;
		source: string;
	}[];
	segments: {
		id: string;
		from: string;
		to: string;
		mode: Mode;
		lengthKm: number;
		kmByCountry: Record<string, number>;
	}[];
	/** Why the route could not be measured, when it could not. */
	problem?: string;
}

const NO_ROUTE: RouteFigures = {
	bypassesRussia: true,
	lengthKm: 0,
	lengthKmPublished: null,
	kmByMode: { rail: 0, sea: 0, road: 0 },
	kmByCountry: {},
	countries: [],
	borderCrossings: 0,
	transshipments: 0,
	transitDays: { min: 0, max: 0 }
};

export function corridorReports(
	corridors: Corridor[],
	network: Network,
	finder: RouteFinder
): CorridorReport[] {
	return corridors.map((c): CorridorReport => {
		const networkKm =
			Math.round(
				network.segments
					.filter((s) => s.corridors.includes(c.id))
					.reduce((a, s) => a + s.lengthKm, 0) * 10
			) / 10;
		const published = c.publishedTransit.map((t) => ({
			from: t.fromName,
			to: t.toName,
			daysMin: t.daysMin,
			daysMax: t.daysMax,
			source: `${t.source.publisher}, ${t.source.date ?? 'undated'}`
		}));
		const base = { id: c.id, name: c.name, networkKm, publishedTransit: published };
		const result = corridorRoute(finder, c.id);
		if (!result.ok) {
			const ends = comparisonEnds(c.id);
			const nameOf = (id: string) => finder.nodes.get(id)?.name ?? id;
			return {
				...base,
				...NO_ROUTE,
				routeFrom: ends ? nameOf(ends.from) : '',
				routeTo: ends ? nameOf(ends.to) : '',
				segments: [],
				problem: result.reason
			};
		}
		const r = result.route;
		return {
			...base,
			routeFrom: r.legs[0]!.fromName,
			routeTo: r.legs[r.legs.length - 1]!.toName,
			bypassesRussia: r.bypassesRussia,
			lengthKm: r.lengthKm,
			lengthKmPublished: r.lengthKmPublished,
			kmByMode: r.kmByMode,
			kmByCountry: r.kmByCountry,
			countries: r.countries,
			borderCrossings: r.borderCrossings,
			transshipments: r.transshipments,
			transitDays: r.transitDays,
			segments: r.legs.map((l) => ({
				id: l.segment.id,
				from: l.fromName,
				to: l.toName,
				mode: l.segment.mode,
				lengthKm: l.segment.lengthKm,
				kmByCountry: l.segment.kmByCountry
			}))
		};
	});
}
