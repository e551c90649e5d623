/**
 * The view state in the URL: one pure module parses and serializes it.
 *
 * - Each parameter has its own hand-checked reader; a bad value falls back to the default and is
 *   reported. (Hand-checked, not zod: the parser runs on the first view's main thread, where the
 *   validator's bytes cost more than these few rules.)
 * - Unknown parameters are reported and ignored.
 * - Parsing never throws, whatever the input.
 * - Parameters that hold their default are left out of the URL.
 */
import { ID_RULE, isId } from '../data/ids';
import {
	COMPARE_DESTINATIONS,
	COUNTRY_CODES,
	LAYERS,
	PRIORITY_AREAS,
	SECTORS,
	STATUSES,
	FILTER_YEAR_BOUNDS,
	type LayerId
} from '../data/vocab';
import { REGIONAL } from '../data/facets';
import { cameraInRange, normalizeBearing, roundCamera } from './camera';
import {
	AVOIDABLE,
	LIST_SORT_KEYS,
	PANELS,
	RANGE_KEYS,
	ROUTE_COSTS,
	defaultViewState,
	type Camera,
	type EmbedMode,
	type ListSort,
	type RouteQuery,
	type ViewState
} from './view';

/** Bumped when the format changes; older versions are migrated in `parseUrlState`. */
export const URL_STATE_VERSION = 1;

/** URL values of the embed modes ('none' is the absence of the parameter). */
const EMBED_PARAM: Record<string, EmbedMode> = { '1': 'map', static: 'static', panels: 'panels' };
const MAX_QUERY = 200;
/** URL names of the range filters in `known=`. */
const RANGE_PARAM = { year: 'years', amount: 'amountUsdM' } as const;
const MAX_LIST = 50;

/**
 * A notice for the user: a parameter that was ignored, and why (`reason`, in English). `kind`,
 * `value`, `unknown` and `kept` say the same as data, for the UI to word it in another language.
 */
export interface IgnoredParam {
	param: string;
	reason: string;
	kind:
		| 'unreadable'
		| 'too-many'
		| 'unknown-param'
		| 'repeated'
		| 'bad-value'
		| 'unknown-items'
		| 'half-route'
		| 'unknown-id';
	/** The value (or, for an unknown parameter, the name) that was ignored, shortened. */
	value?: string;
	/** A list's items that were not understood, and those kept. */
	unknown?: string[];
	kept?: string[];
}

export interface ParseResult {
	state: ViewState;
	ignored: IgnoredParam[];
}

// ------------------------------------------------------------------ parameter readers

/** A parameter's value as read, or why it could not be (shown after the value in the notice). */
type Read<T> = { ok: true; value: T } | { ok: false; why: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (why: string): Read<never> => ({ ok: false, why });

/** A number as JavaScript reads one ("1e3", " 5 "), finite; NaN for anything else. */
function finite(text: string): number {
	const n = text.trim() === '' ? NaN : Number(text);
	return Number.isFinite(n) ? n : NaN;
}

/** The values of a list parameter that were understood, and those that were not. */
interface ListValue<T extends string> {
	values: T[];
	unknown: string[];
}

/**
 * A comma-separated list whose items should each be one of `values` (or pass `isItem`). Order
 * kept, duplicates dropped. Unknown items are dropped and returned apart, so that
 * `country=XXX,KAZ` keeps KAZ and names only XXX.
 */
function readList<T extends string>(
	raw: string,
	values: readonly T[] | null,
	isItem: (item: string) => boolean = () => true
): Read<ListValue<T>> {
	if (raw.length > 4000) return bad('the list is too long');
	const parts = [
		...new Set(
			raw
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		)
	];
	if (parts.length > MAX_LIST) return bad(`it lists more than ${MAX_LIST} values`);
	const known = (p: string) => (values ? (values as readonly string[]).includes(p) : isItem(p));
	return ok({ values: parts.filter(known) as T[], unknown: parts.filter((p) => !known(p)) });
}

/** A `lo-hi` range within [min, max]; `example` is shown in the notice when the value isn't one. */
function readRange(
	raw: string,
	min: number,
	max: number,
	integer: boolean,
	example: string
): Read<[number, number]> {
	const m = raw.length <= 40 ? /^(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)$/.exec(raw) : null;
	// `+ 0` turns -0 into 0: "-0-5" means 0 to 5.
	const lo = m ? Number(m[1]) + 0 : NaN;
	const hi = m ? Number(m[2]) + 0 : NaN;
	if (
		!m ||
		!(lo <= hi) ||
		lo < min ||
		hi > max ||
		(integer && !(Number.isInteger(lo) && Number.isInteger(hi)))
	) {
		return bad(`is not a range like ${example} within ${min}–${max}`);
	}
	return ok([lo, hi]);
}

/** `map=zoom/lat/lon[/bearing[/pitch]]`, the familiar slippy-map hash order. */
function readCamera(raw: string): Read<Camera> {
	const parts = raw.split('/');
	if (raw.length > 80 || parts.length < 3 || parts.length > 5) {
		return bad('is not a map position (zoom/latitude/longitude)');
	}
	const nums = parts.map(finite);
	if (nums.some(Number.isNaN)) {
		return bad('is not a map position (zoom/latitude/longitude are numbers)');
	}
	const [zoom, lat, lon, bearing = 0, pitch = 0] = nums;
	const camera = { zoom: zoom!, lat: lat!, lon: lon!, bearing: normalizeBearing(bearing), pitch };
	if (!cameraInRange(camera)) {
		return bad('is outside the map (zoom 0–22, latitude ±85, longitude ±180)');
	}
	return ok(camera);
}

function readVersion(raw: string): Read<number> {
	const n = finite(raw);
	if (!Number.isInteger(n) || n < 1) return bad('is not a link version');
	if (n > URL_STATE_VERSION) return bad('comes from a newer version of the atlas');
	return ok(n);
}

function readQuery(raw: string): Read<string> {
	return raw.length > MAX_QUERY ? bad(`is longer than ${MAX_QUERY} characters`) : ok(raw);
}

function readId(raw: string): Read<string> {
	return isId(raw) ? ok(raw) : bad(ID_RULE);
}

/** `sort`: a column, "-" before it for the descending order. */
const SORT_VALUES = LIST_SORT_KEYS.flatMap((k) => [k, `-${k}`]);

/** One of `values`, named for people when it is not. */
function readOneOf<T extends string>(raw: string, values: readonly T[], noun: string): Read<T> {
	return (values as readonly string[]).includes(raw)
		? ok(raw as T)
		: bad(`is not a ${noun} (${values.join(', ')})`);
}

const isFinancierName = (name: string) =>
	name.length >= 1 && name.length <= 80 && /^[\p{L}\p{N} .&()'-]+$/u.test(name);

/**
 * Each known parameter: who it is for people (`label`, `noun` of one list item, what happens
 * when it is ignored) and how it is parsed into the state.
 */
interface ParamSpec {
	label: string;
	noun?: string;
	fallback: string;
	parse: (value: string, s: ViewState) => Read<unknown>;
}
const PARAMS: Record<string, ParamSpec> = {
	v: {
		label: 'Link version',
		fallback: 'read as the current version',
		parse: (v) => readVersion(v)
	},
	map: {
		label: 'Map position',
		fallback: 'the whole region is shown',
		parse: (v, s) => apply(readCamera(v), (c) => (s.camera = c))
	},
	layers: {
		label: 'Layers',
		noun: 'layer',
		fallback: 'all layers are shown',
		parse: (v, s) =>
			apply(
				v === 'none' ? ok({ values: [] as LayerId[], unknown: [] }) : readList(v, LAYERS),
				(l) => {
					// Nothing known in the list: keep the default layers rather than an empty map.
					if (l.values.length > 0 || l.unknown.length === 0)
						s.layers = LAYERS.filter((id) => l.values.includes(id));
				}
			)
	},
	country: {
		label: 'Country filter',
		noun: 'country code',
		fallback: 'all countries are shown',
		parse: (v, s) =>
			apply(readList(v, [...COUNTRY_CODES, REGIONAL]), (l) => (s.filters.countries = l.values))
	},
	sector: {
		label: 'Sector filter',
		noun: 'sector',
		fallback: 'all sectors are shown',
		parse: (v, s) => apply(readList(v, SECTORS), (l) => (s.filters.sectors = l.values))
	},
	priority: {
		label: 'Priority-area filter',
		noun: 'priority area',
		fallback: 'all priority areas are shown',
		parse: (v, s) => apply(readList(v, PRIORITY_AREAS), (l) => (s.filters.priorities = l.values))
	},
	status: {
		label: 'Status filter',
		noun: 'status',
		fallback: 'all statuses are shown',
		parse: (v, s) => apply(readList(v, STATUSES), (l) => (s.filters.statuses = l.values))
	},
	fin: {
		label: 'Financier filter',
		noun: 'financier name',
		fallback: 'all financiers are shown',
		parse: (v, s) =>
			apply(readList(v, null, isFinancierName), (l) => (s.filters.financiers = l.values))
	},
	year: {
		label: 'Year filter',
		fallback: 'all years are shown',
		parse: (v, s) =>
			apply(
				readRange(v, FILTER_YEAR_BOUNDS[0], FILTER_YEAR_BOUNDS[1], true, '2015-2025'),
				(r) => (s.filters.years = r)
			)
	},
	amount: {
		label: 'Amount filter',
		fallback: 'all amounts are shown',
		parse: (v, s) => apply(readRange(v, 0, 1e6, false, '10-500'), (r) => (s.filters.amountUsdM = r))
	},
	known: {
		label: 'Known values only',
		noun: 'range (year or amount)',
		fallback: 'records with no year or amount are kept',
		parse: (v, s) =>
			apply(readList(v, Object.keys(RANGE_PARAM) as (keyof typeof RANGE_PARAM)[]), (l) => {
				s.filters.knownOnly = RANGE_KEYS.filter((k) => l.values.some((p) => RANGE_PARAM[p] === k));
			})
	},
	q: {
		label: 'Search',
		fallback: 'the search box is empty',
		parse: (v, s) => apply(readQuery(v), (q) => (s.query = q))
	},
	sel: {
		label: 'Selected record',
		fallback: 'nothing is selected',
		parse: (v, s) => apply(readId(v), (id) => (s.selected = id))
	},
	compare: {
		label: 'Compared corridors',
		noun: 'corridor',
		fallback: 'the default corridors are compared',
		parse: (v, s) => apply(readList(v, null, isId), (l) => (s.compare = l.values))
	},
	dest: {
		label: 'Compared destination',
		fallback: 'the default destination is used',
		parse: (v, s) =>
			apply(readOneOf(v, COMPARE_DESTINATIONS, 'shared destination'), (d) => (s.destination = d))
	},
	from: {
		label: 'Route start',
		fallback: 'no route is shown',
		parse: (v, s) => apply(readId(v), (id) => (routeOf(s).from = id))
	},
	to: {
		label: 'Route destination',
		fallback: 'no route is shown',
		parse: (v, s) => apply(readId(v), (id) => (routeOf(s).to = id))
	},
	avoid: {
		label: 'Route avoids',
		noun: 'thing to avoid (RUS, IRN or sea)',
		fallback: 'nothing is avoided',
		parse: (v, s) => apply(readList(v, AVOIDABLE), (l) => (routeOf(s).avoid = l.values))
	},
	by: {
		label: 'Route cost',
		fallback: 'distance is used',
		parse: (v, s) => apply(readOneOf(v, ROUTE_COSTS, 'route cost'), (b) => (routeOf(s).by = b))
	},
	panel: {
		label: 'Panel',
		fallback: 'no panel is opened',
		parse: (v, s) => apply(readOneOf(v, PANELS, 'panel'), (p) => (s.panel = p))
	},
	sort: {
		label: 'List order',
		fallback: 'the list is in name order',
		parse: (v, s) =>
			apply(
				readOneOf(v, SORT_VALUES, 'list order'),
				(o) =>
					(s.sort = { key: o.replace('-', '') as ListSort['key'], ascending: !o.startsWith('-') })
			)
	},
	inview: {
		label: 'Only those in the map view',
		fallback: 'the list holds every filtered record',
		parse: (v, s) => apply(readOneOf(v, ['1'], 'flag'), () => (s.listInView = true))
	},
	embed: {
		label: 'Embed mode',
		fallback: 'the full atlas is shown',
		parse: (v, s) =>
			apply(
				readOneOf(v, ['0', '1', 'static', 'panels'], 'embed mode'),
				(e) => (s.embed = EMBED_PARAM[e] ?? 'none')
			)
	}
};

/** Sets what was read into the state; the reading is passed on, for the notice. */
function apply<T>(read: Read<T>, set: (value: T) => void): Read<T> {
	if (read.ok) set(read.value);
	return read;
}

function routeOf(s: ViewState): RouteQuery {
	s.route ??= { from: '', to: '', avoid: [], by: 'distance' };
	return s.route;
}

/** A value from the link, shortened and quoted for a notice (shown as text, never as HTML). */
function quote(value: string): string {
	return `“${shorten(value)}”`;
}

function isListValue(data: unknown): data is ListValue<string> {
	return typeof data === 'object' && data !== null && 'unknown' in data;
}

function unknownItems(spec: ParamSpec, list: ListValue<string>): string {
	const shown = list.unknown.slice(0, 5).map(quote).join(', ');
	const more = list.unknown.length > 5 ? ` and ${list.unknown.length - 5} more` : '';
	const verb =
		list.unknown.length === 1 ? `is not a known ${spec.noun}` : `are not known ${spec.noun}s`;
	const rest = list.values.length > 0 ? `kept ${list.values.join(', ')}` : spec.fallback;
	return `${spec.label}: ${shown}${more} ${verb}; ${rest}`;
}

function shorten(value: string): string {
	return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Parses URL search parameters into a complete, valid view state. Never throws. */
export function parseUrlState(params: URLSearchParams | string): ParseResult {
	const state = defaultViewState();
	const ignored: IgnoredParam[] = [];
	let search: URLSearchParams;
	try {
		search = typeof params === 'string' ? new URLSearchParams(params) : params;
	} catch {
		return {
			state,
			ignored: [{ param: '(link)', kind: 'unreadable', reason: 'The link could not be read' }]
		};
	}
	const seen = new Set<string>();
	let count = 0;
	for (const [key, value] of search) {
		if (++count > 100) {
			ignored.push({
				param: '(link)',
				kind: 'too-many',
				reason: 'The link has too many settings; the rest were ignored'
			});
			break;
		}
		const spec = Object.hasOwn(PARAMS, key) ? PARAMS[key] : undefined;
		if (!spec) {
			ignored.push({
				param: shorten(key),
				kind: 'unknown-param',
				value: shorten(key),
				reason: `${quote(key)} is not a setting this atlas knows; ignored`
			});
			continue;
		}
		if (seen.has(key)) {
			ignored.push({
				param: key,
				kind: 'repeated',
				reason: `${spec.label}: given more than once; the first value is used`
			});
			continue;
		}
		seen.add(key);
		let read: Read<unknown>;
		try {
			read = spec.parse(value, state);
		} catch {
			read = bad('could not be read');
		}
		if (!read.ok) {
			ignored.push({
				param: key,
				kind: 'bad-value',
				value: shorten(value),
				reason: `${spec.label}: ${quote(value)} ${read.why}; ${spec.fallback}`
			});
		} else if (isListValue(read.value) && read.value.unknown.length > 0) {
			ignored.push({
				param: key,
				kind: 'unknown-items',
				unknown: read.value.unknown.map(shorten),
				kept: read.value.values,
				reason: unknownItems(spec, read.value)
			});
		}
	}
	// A route needs both ends; half a route query is dropped, and said so.
	if (state.route && (!state.route.from || !state.route.to)) {
		ignored.push({
			param: state.route.from ? 'from' : 'to',
			kind: 'half-route',
			reason: `Route: a route needs both a start and a destination; ${PARAMS.from!.fallback}`
		});
		state.route = null;
	}
	return { state, ignored };
}

// ------------------------------------------------------------------ serializing

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Serializes the state; parameters at their defaults are left out. */
export function serializeUrlState(state: ViewState): URLSearchParams {
	const p = new URLSearchParams();
	const def = defaultViewState();
	const setList = (key: string, list: readonly string[]) => {
		if (list.length > 0) p.set(key, list.join(','));
	};
	if (state.camera) {
		const c = roundCamera(state.camera);
		const parts = [c.zoom, c.lat, c.lon];
		if (c.bearing !== 0 || c.pitch !== 0) parts.push(c.bearing);
		if (c.pitch !== 0) parts.push(c.pitch);
		p.set('map', parts.join('/'));
	}
	const layers = LAYERS.filter((id) => state.layers.includes(id));
	if (!sameList(layers, def.layers)) p.set('layers', layers.length ? layers.join(',') : 'none');
	const f = state.filters;
	setList('country', f.countries);
	setList('sector', f.sectors);
	setList('priority', f.priorities);
	setList('status', f.statuses);
	setList('fin', f.financiers);
	if (f.years) p.set('year', `${f.years[0]}-${f.years[1]}`);
	if (f.amountUsdM) p.set('amount', `${f.amountUsdM[0]}-${f.amountUsdM[1]}`);
	setList(
		'known',
		RANGE_KEYS.filter((k) => f.knownOnly.includes(k)).map((k) =>
			Object.keys(RANGE_PARAM).find((p) => RANGE_PARAM[p as keyof typeof RANGE_PARAM] === k)!
		)
	);
	if (state.query) p.set('q', state.query);
	if (state.selected) p.set('sel', state.selected);
	setList('compare', state.compare);
	if (state.destination !== def.destination) p.set('dest', state.destination);
	if (state.route) {
		p.set('from', state.route.from);
		p.set('to', state.route.to);
		setList('avoid', state.route.avoid);
		if (state.route.by !== 'distance') p.set('by', state.route.by);
	}
	if (state.panel) p.set('panel', state.panel);
	if (state.sort.key !== def.sort.key || state.sort.ascending !== def.sort.ascending)
		p.set('sort', `${state.sort.ascending ? '' : '-'}${state.sort.key}`);
	if (state.listInView) p.set('inview', '1');
	if (state.embed !== 'none')
		p.set(
			'embed',
			Object.keys(EMBED_PARAM).find((k) => EMBED_PARAM[k] === state.embed)!
		);
	// The version goes in only when there is something to version.
	if ([...p.keys()].length > 0) p.set('v', String(URL_STATE_VERSION));
	return p;
}

/** The query string for a state, with a leading "?" (or "" for the default view). */
export function toSearch(state: ViewState): string {
	// "/" and "," are legal in a query string: leaving them unescaped keeps links short and legible.
	const s = serializeUrlState(state).toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}

/** Links longer than this break in some mail clients, chat apps and servers. */
export const MAX_LINK_LENGTH = 2000;
/** What a link leaves out, in this order, when it would be longer: the least essential first. */
const DROPPED_FOR_LENGTH = [
	{ param: 'q', clear: (s: ViewState) => (s.query = '') },
	{ param: 'fin', clear: (s: ViewState) => (s.filters.financiers = []) },
	{ param: 'compare', clear: (s: ViewState) => (s.compare = []) }
] as const;

/**
 * A link to `state` on the page at `base` (its query and hash replaced), at most MAX_LINK_LENGTH
 * characters for any view the app can show: over-long parts are left out, and named.
 */
export function linkTo(base: string, state: ViewState): { href: string; left: string[] } {
	const url = new URL(base);
	url.hash = '';
	// A shallow copy: parts are left out by replacing them, never by changing the caller's state.
	const shortened: ViewState = { ...state, filters: { ...state.filters } };
	const left: string[] = [];
	const href = () => {
		url.search = toSearch(shortened);
		return url.href;
	};
	for (const step of DROPPED_FOR_LENGTH) {
		if (href().length <= MAX_LINK_LENGTH) break;
		step.clear(shortened);
		left.push(step.param);
	}
	return { href: href(), left };
}
