/**
 * The atlas's model: the loaded data and everything derived from it and the view state (the
 * filtered records, facet counts, statistics, search, routing, comparison, map highlight). The
 * components only lay it out; this file holds the logic and is unit-tested without a browser.
 */
import type { Geodata } from '$lib/data/load';
import type { Locale } from '$lib/data/locale';
import { fileProblem, type LoadProblem } from '$lib/data/problem';
import { loadGeodataOffThread } from '$lib/data/load-off-thread';
import type { GeodataKey } from '$lib/data/schemas';
import { SearchIndex } from '$lib/data/search';
import {
	indexRecords,
	layerCollection,
	localCorridor,
	recordBounds,
	recordAnchor,
	relatedRecords,
	type AtlasRecord
} from '$lib/data/records';
import { participantSearchNames } from '$lib/data/participants';
import { summarize, yearTimeline } from '$lib/data/stats';
import type { LayerId, LocationPrecision } from '$lib/data/vocab';
import { focusZoom } from '$lib/state/focus';
import type { Network, RouteFinder, RouteResult } from '$lib/analysis/network';
import { TRANSIT_PARAMS } from '$lib/analysis/transit-params';
import { corridorRoute, type ComparisonRow } from '$lib/analysis/corridor-report';
import { routeHighlight } from '$lib/analysis/highlight';
import { facetCounts, failMasks, passesMask, unknownCounts } from '$lib/state/filters';
import { linkTo } from '$lib/state/url-codec';
import { EMPTY_FILTERS, type EmbedMode, type Panel } from '$lib/state/view';
import type { OverlayData } from '$lib/map/style';
import { ViewStore } from './view.svelte';

/** The side panel's tabs, in order ('detail' is shown above them, not as a tab). */
export const TABS = ['layers', 'filters', 'list', 'stats', 'compare', 'route'] as const;
export type Tab = (typeof TABS)[number];
/** Compared when the link names no corridors. */
export const DEFAULT_COMPARE = ['middle-corridor', 'northern-corridor', 'southern-corridor'];
/** The colour a found route is drawn in. */
export const ROUTE_COLOR = '#ffd400';

export interface DataUrls {
	geodata: Partial<Record<GeodataKey, string>>;
	/** The SHA-256 of each geodata file as the build checked it (used as it is when it matches). */
	geodataSha256?: Partial<Record<GeodataKey, string>>;
	/** The routing network measured at build time. */
	network: string;
}

export class AtlasModel {
	data = $state.raw<Partial<Geodata>>({});
	network = $state.raw<Network | null>(null);
	problems = $state<LoadProblem[]>([]);
	ready = $state(false);

	constructor(
		readonly view: ViewStore,
		/** The page's language: a language switch loads the page again. */
		readonly locale: Locale = 'en'
	) {}

	/**
	 * Loads the geodata, in a worker unless `fetchFn` is given (tests load with it here). A file
	 * that fails is reported; the rest still works.
	 */
	async load(urls: DataUrls, fetchFn?: typeof fetch) {
		this.#networkSource = { url: urls.network, fetchFn: fetchFn ?? fetch };
		const geodata = await loadGeodataOffThread(urls.geodata, {
			sha256: urls.geodataSha256,
			...(fetchFn ? { spawn: () => null, fetchFn } : {})
		});
		this.data = geodata.data;
		this.problems = [...this.problems, ...geodata.problems];
		this.ready = true;
		this.#dropUnknownIds(geodata.problems.length === 0);
	}

	#networkSource: { url: string; fetchFn: typeof fetch } | null = null;
	#networkLoad: Promise<void> | null = null;
	/**
	 * Loads the routing network and the route finder's code, once: they are needed only for the
	 * comparison and routing, so the first view goes without them.
	 */
	loadNetwork(): Promise<void> {
		const source = this.#networkSource;
		if (!source) return Promise.resolve();
		this.#networkLoad ??= (async () => {
			// The network's schema (and zod with it) loads only now, with the file.
			const networkFile = Promise.all([
				import('$lib/data/load-json'),
				import('$lib/analysis/network-schema')
			]).then(([{ loadJson }, { networkSchema }]) =>
				loadJson('network.json', source.url, networkSchema, source.fetchFn)
			);
			// Code that fails to download (offline since the first view, or a new release) is
			// reported as the file would be: the comparison and routing say why they are missing.
			const [network, RouteFinder] = await Promise.all([
				networkFile,
				import('$lib/analysis/network').then((module) => module.RouteFinder)
			]).catch((error: Error) => {
				const problem = fileProblem('network.json', 'unreadable', { detail: error.message });
				return [{ ok: false as const, problem }, null] as const;
			});
			if (!network.ok) {
				this.problems = [
					...this.problems,
					{
						...network.problem,
						effect: 'routing',
						message: `comparison and routing are unavailable (${network.problem.message})`
					}
				];
				return;
			}
			this.network = network.value;
			// Present whenever the file is: both loaded, or the catch above stood in for both.
			this.finder = new RouteFinder!(network.value, TRANSIT_PARAMS);
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once here
			const nodes = new Set(network.value.nodes.map((n) => n.id));
			this.view.reconcile({ node: (id) => nodes.has(id) });
		})();
		return this.#networkLoad;
	}

	/** Whether the view shows or holds anything the network is needed for. */
	readonly needsNetwork = $derived.by(
		() =>
			this.tab === 'compare' ||
			this.tab === 'route' ||
			this.view.state.route !== null ||
			this.view.state.compare.length > 0
	);

	/** Ids in the opening link that the loaded data does not have are dropped, and named. */
	#dropUnknownIds(recordsComplete: boolean) {
		const index = indexRecords(this.data);
		// Plain sets, read once here and never observed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const corridors = new Set(this.data.corridors?.corridors.map((c) => c.id) ?? []);
		this.view.reconcile({
			// Where a file failed to load, its ids can't be judged: nothing is dropped for it.
			record: recordsComplete ? (id) => index.byId.has(id) : undefined,
			corridor: this.data.corridors ? (id) => corridors.has(id) : undefined
		});
	}

	/** The corridors, named in the page's language (legend, comparison, detail). */
	readonly corridors = $derived(
		(this.data.corridors?.corridors ?? []).map((c) => localCorridor(c, this.locale))
	);
	// Rebuilt whole when the data changes; never mutated.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly corridorNames = $derived(new Map(this.corridors.map((c) => [c.id, c.shortName])));
	readonly index = $derived(indexRecords(this.data));

	/** What the map draws, once the data is in. */
	readonly overlays = $derived.by((): OverlayData | null =>
		this.ready
			? {
					segments: layerCollection(this.index, 'corridors'),
					places: layerCollection(this.index, 'places'),
					plants: layerCollection(this.index, 'plants'),
					mines: layerCollection(this.index, 'mines'),
					projects: layerCollection(this.index, 'projects')
				}
			: null
	);

	/** Records the filters apply to (projects, plants, mines). */
	readonly filterable = $derived(this.index.all.filter((r) => r.facets !== null));
	readonly #facets = $derived(this.filterable.map((r) => r.facets!));
	/**
	 * Each filterable record's failed checks, computed once per filter change, in `recordIndex`
	 * order: 0 where it passes.
	 */
	readonly failMasks = $derived.by(() => failMasks(this.#facets, this.view.state.filters));
	readonly filtered = $derived.by(() => {
		// Read once: each read of a derived inside the loop would be a tracked read.
		const masks = this.failMasks;
		return this.filterable.filter((_, i) => masks[i] === 0);
	});
	/** Each filterable record's position in `failMasks`, by id. */
	// Rebuilt whole when the data changes; never mutated.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly recordIndex = $derived(new Map(this.filterable.map((r, i) => [r.id, i])));
	/** Every financier, the most frequent first before any filter (the Filters panel's order). */
	readonly financierOrder = $derived(
		facetCounts(this.#facets, EMPTY_FILTERS)
			.financiers.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
			.map((c) => c.value)
	);
	readonly counts = $derived.by(() =>
		facetCounts(this.#facets, this.view.state.filters, this.failMasks)
	);
	/** Records with no year or no amount that the other filters keep (for "include …" boxes). */
	readonly unknownCounts = $derived.by(() =>
		unknownCounts(this.#facets, this.view.state.filters, this.failMasks)
	);
	readonly summary = $derived(summarize(this.filtered));
	/** Records per year under every filter but the year range, so the timeline shows the years
	 * around the chosen range and a click can widen it. */
	readonly timeline = $derived.by(() => {
		const masks = this.failMasks;
		return yearTimeline(this.filterable.filter((_, i) => passesMask(masks[i]!, 'years')));
	});
	/** What the list shows and the export writes: the filtered records, in view if asked. */
	readonly listed = $derived.by(() => {
		const bounds = this.view.viewBounds;
		if (!this.view.state.listInView || !bounds) return this.filtered;
		const [w, s, e, n] = bounds;
		return this.filtered.filter((r) => {
			const [x, y] = recordAnchor(r);
			return x >= w && x <= e && y >= s && y <= n;
		});
	});
	/**
	 * What each layer holds, as the legend shows it: plants, mines and projects as the filters
	 * leave them; corridors counted as corridors (their segments as a detail).
	 */
	readonly layerCounts = $derived.by(() => {
		const counts: Partial<Record<LayerId, number>> = { corridors: this.corridors.length };
		for (const r of this.index.all)
			if (r.layer === 'places') counts.places = (counts.places ?? 0) + 1;
		for (const r of this.filtered) counts[r.layer] = (counts[r.layer] ?? 0) + 1;
		return counts;
	});
	/** The segments the corridors are drawn from, shown beside the corridor count. */
	readonly segmentCount = $derived(this.index.all.filter((r) => r.layer === 'corridors').length);
	/** How many records each filterable layer has before filtering. */
	readonly layerTotals = $derived.by(() => {
		const totals: Partial<Record<LayerId, number>> = {};
		for (const r of this.filterable) totals[r.layer] = (totals[r.layer] ?? 0) + 1;
		return totals;
	});

	readonly searchIndex = $derived(
		new SearchIndex(
			this.index.all.map((r: AtlasRecord) => ({
				id: r.id,
				name: r.name,
				// Every language's name, whatever the reader's: 東京, Актау and Tashkent find the
				// same records in every locale.
				names: Object.values(r.props.names ?? {}),
				aliases: 'aliases' in r.props ? r.props.aliases : [],
				participants: participantSearchNames(
					'japaneseParticipants' in r.props ? r.props.japaneseParticipants : []
				)
			}))
		)
	);

	readonly selected = $derived.by(() =>
		this.view.state.selected ? this.index.byId.get(this.view.state.selected) : undefined
	);
	readonly related = $derived(this.selected ? relatedRecords(this.index, this.selected) : []);
	readonly tab = $derived.by((): Tab =>
		(TABS as readonly (Panel | null)[]).includes(this.view.state.panel)
			? (this.view.state.panel as Tab)
			: 'layers'
	);

	/** Set once the network and the route finder's code have loaded (loadNetwork). */
	finder = $state.raw<RouteFinder | null>(null);
	readonly compareIds = $derived.by(() =>
		this.view.state.compare.length ? this.view.state.compare : DEFAULT_COMPARE
	);
	/**
	 * The compared corridors, each on its own segments: between the route's ends when one is set,
	 * else from the Chinese border to the shared destination (or the corridor's own far end).
	 */
	readonly comparison = $derived.by((): ComparisonRow[] => {
		const finder = this.finder;
		if (!finder) return [];
		const ends = this.view.state.route;
		const destination = this.view.state.destination;
		return this.corridors
			.filter((c) => this.compareIds.includes(c.id))
			.map((corridor) => ({
				corridor,
				result: corridorRoute(finder, corridor.id, ends, destination)
			}));
	});
	readonly routeResult = $derived.by((): RouteResult | null => {
		const q = this.view.state.route;
		if (!this.finder || !q) return null;
		return this.finder.find(q.from, q.to, { avoid: q.avoid, by: q.by });
	});
	/** The lines the map highlights: the compared corridors, or the found route. */
	readonly highlight = $derived.by(() => {
		const geometryOf = (id: string) => {
			const r = this.index.byId.get(id);
			return r?.geometry.type === 'LineString' ? r.geometry.coordinates : undefined;
		};
		if (this.tab === 'compare')
			return routeHighlight(
				this.comparison.flatMap((row) =>
					row.result.ok ? [{ color: row.corridor.color, route: row.result.route }] : []
				),
				geometryOf
			);
		if (this.tab === 'route' && this.routeResult?.ok)
			return routeHighlight([{ color: ROUTE_COLOR, route: this.routeResult.route }], geometryOf);
		return null;
	});

	/** The name of a network node (a route end), or null. */
	nodeName(id: string | undefined): string | null {
		return (id && this.finder?.nodes.get(id)?.name) || null;
	}

	/** [west, south, east, north] of a record, to bring it into view. */
	boundsOf = (id: string): [number, number, number, number] | undefined => {
		const r = this.index.byId.get(id);
		return r ? recordBounds(r) : undefined;
	};

	/** The zoom a point record is brought into view at: closer the better its location is known. */
	focusZoomOf = (id: string): number => {
		const p = this.index.byId.get(id)?.props as
			{ locationPrecision?: LocationPrecision } | undefined;
		return focusZoom(p?.locationPrecision);
	};

	/** Which data layer holds a record id. */
	layerOf = (id: string): LayerId | undefined => this.index.byId.get(id)?.layer;

	/** A link to the current view on the page at `base`, in an embed mode, and what it left out. */
	linkFor(base: string, embed: EmbedMode): { href: string; left: string[] } {
		return linkTo(base, { ...this.view.state, embed });
	}
}
