/**
 * The live view state of the app, kept in step with the URL through SvelteKit's shallow routing.
 * Camera moves replace the current history entry; discrete changes (layers, selection, panels)
 * add one, so back and forward step through the user's changes.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { FilterGroup } from '$lib/state/filters';
import {
	EMPTY_FILTERS,
	defaultViewState,
	parseUrlState,
	toSearch,
	type Camera,
	type Filters,
	type IgnoredParam,
	type RouteQuery,
	type Panel,
	type ViewState
} from '$lib/state/url-state';
import { LAYERS, type LayerId } from '$lib/data/vocab';

export class ViewStore {
	state = $state<ViewState>(defaultViewState());
	/** Parameters of the opening link that were ignored, for the notice. */
	ignored = $state<IgnoredParam[]>([]);
	/** The record under the pointer in the map or the list (not part of the URL). */
	hovered = $state<string | null>(null);
	/** The map's visible bounds [west, south, east, north], reported by the map. */
	viewBounds = $state<[number, number, number, number] | null>(null);
	/** A request to bring a record into view; `seq` makes a repeated request for one id count. */
	focus = $state<{ id: string; seq: number } | null>(null);
	/** Records under one map click, for the user to choose from (not part of the URL). */
	candidates = $state<{
		x: number;
		y: number;
		items: { id: string; name: string; layer: LayerId }[];
	} | null>(null);
	/** A route with only one end chosen so far (not part of the URL). */
	pendingRoute = $state<RouteQuery | null>(null);
	/** Which route end the next click on a place sets (not part of the URL). */
	picking = $state<'from' | 'to' | null>(null);
	/** The query string last written or read, to tell our own URL changes from back/forward. */
	#lastSearch = '';

	/** Reads the state from a URL (first load, back/forward). */
	readUrl(url: URL, { report }: { report: boolean }) {
		const { state, ignored } = parseUrlState(url.searchParams);
		this.state = state;
		if (report) this.ignored = ignored;
		this.#lastSearch = toSearch(state);
		// Rewrite a link that carried junk into its clean form, without a new history entry.
		if (report && ignored.length > 0) this.#write('replace');
	}

	/** Back/forward changed the address: re-read it, unless it is the view already shown. */
	onUrlChange(url: URL) {
		if (normalizeSearch(url.search) === this.#lastSearch) return;
		this.readUrl(url, { report: false });
	}

	#write(mode: 'push' | 'replace') {
		const search = toSearch(this.state);
		if (search === this.#lastSearch && mode === 'push') return;
		this.#lastSearch = search;
		// The current page's own path with a new query: nothing to resolve.
		const url = `${page.url.pathname}${search}${page.url.hash}`;
		try {
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (mode === 'push') pushState(url, {});
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			else replaceState(url, {});
		} catch {
			// Before the router is ready (first frame) there is nothing to update yet.
		}
	}

	setCamera(camera: Camera) {
		this.state.camera = camera;
		const search = toSearch(this.state);
		if (search !== this.#lastSearch) this.#write('replace');
	}

	setLayerVisible(layer: LayerId, visible: boolean) {
		const shown = this.state.layers;
		this.state.layers = LAYERS.filter((l) => (l === layer ? visible : shown.includes(l)));
		this.#write('push');
	}

	select(id: string | null) {
		if (this.state.selected === id) return;
		this.state.selected = id;
		if (id) this.state.panel = 'detail';
		else if (this.state.panel === 'detail') this.state.panel = null;
		this.#write('push');
	}

	/** Selects a record and asks the map to bring it into view (search, list). */
	selectAndFocus(id: string) {
		this.select(id);
		this.focus = { id, seq: (this.focus?.seq ?? 0) + 1 };
	}

	setFilters(change: Partial<Filters>) {
		this.state.filters = { ...this.state.filters, ...change };
		this.#write('push');
	}

	clearFilterGroup(group: FilterGroup | 'years' | 'amountUsdM') {
		if (group === 'years' || group === 'amountUsdM') this.setFilters({ [group]: null });
		else this.setFilters({ [group]: [] });
	}

	clearFilters() {
		this.state.filters = structuredClone(EMPTY_FILTERS);
		this.#write('push');
	}

	/** Typing replaces the history entry; a new search does not flood back/forward. */
	setQuery(query: string) {
		this.state.query = query;
		this.#write('replace');
	}

	setCompare(ids: string[]) {
		this.state.compare = ids;
		this.#write('push');
	}

	/** A route needs both ends: half a query waits in `pendingRoute`, out of the URL. */
	setRoute(route: RouteQuery | null) {
		const complete = route && route.from && route.to ? route : null;
		this.pendingRoute = complete ? null : route;
		this.state.route = complete;
		this.#write('push');
	}

	/** The route query as the panel shows it, complete or not. */
	get routeQuery(): RouteQuery | null {
		return this.state.route ?? this.pendingRoute;
	}

	/** A click on the map: sets a route end while picking, else selects the record. */
	clickRecord(id: string | null, layer: LayerId | undefined) {
		this.candidates = null;
		if (this.picking && id && layer === 'places') {
			const end = this.picking;
			this.picking = null;
			const current = this.routeQuery ?? { from: '', to: '', avoid: [], by: 'distance' as const };
			this.setRoute({ ...current, [end]: id });
			return;
		}
		this.select(id);
	}

	openPanel(panel: Panel | null) {
		if (this.state.panel === panel) return;
		this.state.panel = panel;
		this.#write('push');
	}

	dismissNotice() {
		this.ignored = [];
	}
}

function normalizeSearch(search: string): string {
	return toSearch(parseUrlState(search).state);
}
