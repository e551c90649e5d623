/**
 * The live view state of the app, kept in step with the URL. Camera moves replace the current
 * history entry; discrete changes (layers, selection, panels) add one, so back and forward step
 * through the user's changes. The address bar is written only through an `AddressBar`.
 */
import { LAYERS, type CompareDestination, type LayerId } from '$lib/data/vocab';
import { parseUrlState, toSearch, type IgnoredParam } from '$lib/state/url-codec';
import {
	EMPTY_FILTERS,
	defaultViewState,
	type Camera,
	type FilterKey,
	type Filters,
	type ListSort,
	type Panel,
	type RouteQuery,
	type ViewState
} from '$lib/state/view';
import { dropUnknownIds, type KnownIds } from '$lib/state/known-ids';
import type { AddressBar } from './history';

/** Records under one map click, for the user to choose from. */
export interface Candidates {
	x: number;
	y: number;
	items: { id: string; name: string; layer: LayerId }[];
}

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
	candidates = $state<Candidates | null>(null);
	/** A route with only one end chosen so far (not part of the URL). */
	pendingRoute = $state<RouteQuery | null>(null);
	/** Which route end the next click on a place sets (not part of the URL). */
	picking = $state<'from' | 'to' | null>(null);

	/**
	 * A record opened from the list, search or pick list: its heading takes the focus once shown.
	 * A map click or an opening link leaves the focus where it is.
	 */
	headingFocus = $state<string | null>(null);
	/** The list row a record was opened from, for "Back to list" (not in the URL). */
	returnTo = $state<string | null>(null);

	#address: AddressBar;

	constructor(address: AddressBar) {
		this.#address = address;
	}

	/** The opening link: read it, report what was ignored, and rewrite junk into its clean form. */
	open(url: URL) {
		const { state, ignored } = parseUrlState(url.searchParams);
		this.state = state;
		this.ignored = ignored;
		if (ignored.length > 0) this.#address.replace(toSearch(state));
	}

	/** Once the data is in: drop the link's ids the data does not know, and say which. */
	reconcile(known: KnownIds) {
		const { state, ignored } = dropUnknownIds(this.state, known);
		if (ignored.length === 0) return;
		this.state = state;
		this.ignored = [...this.ignored, ...ignored];
		this.#address.replace(toSearch(state));
	}

	/** Back/forward changed the address: show that view, unless it is the one shown already. */
	onUrlChange(url: URL) {
		this.#address.cancelPending();
		const { state } = parseUrlState(url.searchParams);
		if (toSearch(state) !== toSearch(this.state)) this.state = state;
	}

	#push() {
		this.#address.push(toSearch(this.state));
	}

	/** The map moved (the user, or a fly-to): the link follows without a new history entry. */
	setCamera(camera: Camera) {
		this.state.camera = camera;
		this.#address.replace(toSearch(this.state));
	}

	setLayerVisible(layer: LayerId, visible: boolean) {
		const shown = this.state.layers;
		this.state.layers = LAYERS.filter((l) => (l === layer ? visible : shown.includes(l)));
		this.#push();
	}

	select(id: string | null) {
		if (this.state.selected === id) return;
		this.state.selected = id;
		if (id) this.state.panel = 'detail';
		else if (this.state.panel === 'detail') this.state.panel = null;
		this.#push();
	}

	/** Selects a record and asks the map to bring it into view (search, list). */
	selectAndFocus(id: string) {
		this.select(id);
		this.headingFocus = id;
		this.focus = { id, seq: (this.focus?.seq ?? 0) + 1 };
	}

	/** A record chosen in the list: open it, and remember the row to come back to. */
	chooseFromList(id: string) {
		this.returnTo = id;
		this.selectAndFocus(id);
	}

	/** "Back to list": close the record and reopen the list at the row it came from. */
	backToList() {
		this.state.selected = null;
		this.state.panel = 'list';
		this.#push();
	}

	setFilters(change: Partial<Filters>) {
		// Key by key, so that what reads only other filters (the Filters panel's financier list)
		// is not redone.
		const filters = this.state.filters as unknown as Record<string, unknown>;
		for (const [key, value] of Object.entries(change)) filters[key] = value;
		this.#push();
	}

	clearFilterGroup(group: FilterKey) {
		if (group === 'years' || group === 'amountUsdM')
			this.setFilters({
				[group]: null,
				knownOnly: this.state.filters.knownOnly.filter((k) => k !== group)
			});
		else this.setFilters({ [group]: [] });
	}

	clearFilters() {
		this.state.filters = structuredClone(EMPTY_FILTERS);
		this.#push();
	}

	/** Typing rewrites the current entry once it pauses: a search does not flood back/forward. */
	setQuery(query: string) {
		this.state.query = query;
		this.#address.replaceSoon(toSearch(this.state));
	}

	setCompare(ids: string[]) {
		this.state.compare = ids;
		this.#push();
	}

	/** The list's order: in the link, so that it outlives the list while a record is open. */
	setListSort(sort: ListSort) {
		this.state.sort = sort;
		this.#push();
	}

	/** The list, and the export, hold only the filtered records in the map view (or all). */
	setListInView(on: boolean) {
		this.state.listInView = on;
		this.#push();
	}

	setDestination(destination: CompareDestination) {
		this.state.destination = destination;
		this.#push();
	}

	/** A route needs both ends: half a query waits in `pendingRoute`, out of the URL. */
	setRoute(route: RouteQuery | null) {
		const complete = route && route.from && route.to ? route : null;
		this.pendingRoute = complete ? null : route;
		this.state.route = complete;
		this.#push();
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

	/** The records under a map click: one is selected, several are offered as a choice. */
	clickHits(hits: Candidates['items'], at: { x: number; y: number }) {
		if (hits.length > 1) {
			this.candidates = { ...at, items: hits };
			return;
		}
		this.clickRecord(hits[0]?.id ?? null, hits[0]?.layer);
	}

	openPanel(panel: Panel | null) {
		if (this.state.panel === panel) return;
		this.state.panel = panel;
		this.#push();
	}

	dismissNotice() {
		this.ignored = [];
	}
}
