/**
 * The view state in the URL: one pure module parses and serializes it.
 *
 * - Each parameter has its own zod schema; a bad value falls back to the default and is reported.
 * - Unknown parameters are reported and ignored.
 * - Parsing never throws, whatever the input.
 * - Parameters that hold their default are left out of the URL.
 */
import { z } from '../data/zod';
import { idSchema } from '../data/schemas';
import {
	COMPARE_DESTINATIONS,
	COUNTRY_CODES,
	LAYERS,
	PRIORITY_AREAS,
	SECTORS,
	STATUSES,
	YEAR_BOUNDS,
	type LayerId
} from '../data/vocab';
import { REGIONAL } from '../data/facets';
import { cameraInRange, normalizeBearing, roundCamera } from './camera';
import {
	AVOIDABLE,
	PANELS,
	ROUTE_COSTS,
	defaultViewState,
	type Camera,
	type EmbedMode,
	type RouteQuery,
	type ViewState
} from './view';

/** Bumped when the format changes; older versions are migrated in `parseUrlState`. */
export const URL_STATE_VERSION = 1;

/** URL values of the embed modes ('none' is the absence of the parameter). */
const EMBED_PARAM: Record<string, EmbedMode> = { '1': 'map', static: 'static', panels: 'panels' };
const MAX_QUERY = 200;
const MAX_LIST = 50;

/** A notice for the user: a parameter that was ignored, and why. */
export interface IgnoredParam {
	param: string;
	reason: string;
}

export interface ParseResult {
	state: ViewState;
	ignored: IgnoredParam[];
}

// ------------------------------------------------------------------ parameter schemas

const finite = z.coerce.number().refine(Number.isFinite, 'not a finite number');

/** A comma-separated list whose items must each be one of `values`. Order kept, duplicates dropped. */
function listOf<T extends string>(
	values: readonly T[] | null,
	item: z.ZodType<T> = z.string() as never
) {
	return z
		.string()
		.max(4000)
		.transform((raw, ctx) => {
			const parts = [
				...new Set(
					raw
						.split(',')
						.map((s) => s.trim())
						.filter(Boolean)
				)
			];
			if (parts.length > MAX_LIST) {
				ctx.addIssue({ code: 'custom', message: `more than ${MAX_LIST} values` });
				return z.NEVER;
			}
			const bad = parts.filter((p) =>
				values ? !(values as readonly string[]).includes(p) : !item.safeParse(p).success
			);
			if (bad.length > 0) {
				ctx.addIssue({
					code: 'custom',
					message: `unknown value ${bad.map((b) => JSON.stringify(b)).join(', ')}`
				});
				return z.NEVER;
			}
			return parts as T[];
		});
}

function rangeOf(min: number, max: number, integer: boolean) {
	return z
		.string()
		.max(40)
		.transform((raw, ctx) => {
			const m = /^(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)$/.exec(raw);
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
				ctx.addIssue({ code: 'custom', message: `expected a range "a-b" within ${min}-${max}` });
				return z.NEVER;
			}
			return [lo, hi] as [number, number];
		});
}

/** `map=zoom/lat/lon[/bearing[/pitch]]`, the familiar slippy-map hash order. */
const cameraSchema = z
	.string()
	.max(80)
	.transform((raw, ctx): Camera => {
		const parts = raw.split('/');
		if (parts.length < 3 || parts.length > 5) {
			ctx.addIssue({ code: 'custom', message: 'expected zoom/lat/lon[/bearing[/pitch]]' });
			return z.NEVER;
		}
		const nums = parts.map((p) => finite.safeParse(p));
		if (nums.some((n) => !n.success) || parts.some((p) => p.trim() === '')) {
			ctx.addIssue({ code: 'custom', message: 'not a number' });
			return z.NEVER;
		}
		const [zoom, lat, lon, bearing = 0, pitch = 0] = nums.map((n) => n.data as number);
		const camera = { zoom: zoom!, lat: lat!, lon: lon!, bearing: normalizeBearing(bearing), pitch };
		if (!cameraInRange(camera)) {
			ctx.addIssue({ code: 'custom', message: 'out of range' });
			return z.NEVER;
		}
		return camera;
	});

const querySchema = z.string().max(MAX_QUERY, `longer than ${MAX_QUERY} characters`);

/** Each known parameter: its schema and how it lands in the state. */
const PARAMS: Record<string, (value: string, s: ViewState) => z.ZodSafeParseResult<unknown>> = {
	v: (v) => z.coerce.number().int().min(1).max(URL_STATE_VERSION).safeParse(v),
	map: (v, s) => apply(cameraSchema.safeParse(v), (c) => (s.camera = c)),
	layers: (v, s) =>
		apply(
			v === 'none'
				? { success: true as const, data: [] as LayerId[] }
				: listOf(LAYERS).safeParse(v),
			(l) => (s.layers = LAYERS.filter((id) => l.includes(id)))
		),
	country: (v, s) =>
		apply(listOf([...COUNTRY_CODES, REGIONAL]).safeParse(v), (l) => (s.filters.countries = l)),
	sector: (v, s) => apply(listOf(SECTORS).safeParse(v), (l) => (s.filters.sectors = l)),
	priority: (v, s) => apply(listOf(PRIORITY_AREAS).safeParse(v), (l) => (s.filters.priorities = l)),
	status: (v, s) => apply(listOf(STATUSES).safeParse(v), (l) => (s.filters.statuses = l)),
	fin: (v, s) =>
		apply(
			listOf(
				null,
				z
					.string()
					.min(1)
					.max(80)
					.regex(/^[\p{L}\p{N} .&()'-]+$/u)
			).safeParse(v),
			(l) => (s.filters.financiers = l)
		),
	year: (v, s) =>
		apply(rangeOf(YEAR_BOUNDS[0], YEAR_BOUNDS[1], true).safeParse(v), (r) => (s.filters.years = r)),
	amount: (v, s) => apply(rangeOf(0, 1e6, false).safeParse(v), (r) => (s.filters.amountUsdM = r)),
	q: (v, s) => apply(querySchema.safeParse(v), (q) => (s.query = q)),
	sel: (v, s) => apply(idSchema.safeParse(v), (id) => (s.selected = id)),
	compare: (v, s) => apply(listOf(null, idSchema).safeParse(v), (l) => (s.compare = l)),
	dest: (v, s) => apply(z.enum(COMPARE_DESTINATIONS).safeParse(v), (d) => (s.destination = d)),
	from: (v, s) => apply(idSchema.safeParse(v), (id) => (routeOf(s).from = id)),
	to: (v, s) => apply(idSchema.safeParse(v), (id) => (routeOf(s).to = id)),
	avoid: (v, s) => apply(listOf(AVOIDABLE).safeParse(v), (l) => (routeOf(s).avoid = l)),
	by: (v, s) => apply(z.enum(ROUTE_COSTS).safeParse(v), (b) => (routeOf(s).by = b)),
	panel: (v, s) => apply(z.enum(PANELS).safeParse(v), (p) => (s.panel = p)),
	embed: (v, s) =>
		apply(
			z.enum(['0', '1', 'static', 'panels']).safeParse(v),
			(e) => (s.embed = EMBED_PARAM[e] ?? 'none')
		)
};

function apply<T>(
	result: z.ZodSafeParseResult<T> | { success: true; data: T },
	set: (value: T) => void
) {
	if (result.success) set(result.data);
	return result as z.ZodSafeParseResult<T>;
}

function routeOf(s: ViewState): RouteQuery {
	s.route ??= { from: '', to: '', avoid: [], by: 'distance' };
	return s.route;
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
		return { state, ignored: [{ param: '(link)', reason: 'could not be read' }] };
	}
	const seen = new Set<string>();
	let count = 0;
	for (const [key, value] of search) {
		if (++count > 100) {
			ignored.push({ param: '(link)', reason: 'too many parameters; the rest were ignored' });
			break;
		}
		const handler = Object.hasOwn(PARAMS, key) ? PARAMS[key] : undefined;
		if (!handler) {
			ignored.push({ param: shorten(key), reason: 'unknown parameter' });
			continue;
		}
		if (seen.has(key)) {
			ignored.push({ param: key, reason: 'repeated; the first value was used' });
			continue;
		}
		seen.add(key);
		let result: z.ZodSafeParseResult<unknown>;
		try {
			result = handler(value, state);
		} catch {
			result = { success: false } as z.ZodSafeParseResult<unknown>;
		}
		if (!result.success) {
			const why = result.error?.issues[0]?.message ?? 'invalid';
			ignored.push({
				param: key,
				reason: `invalid value ${JSON.stringify(shorten(value))}: ${why}`
			});
		}
	}
	// A route needs both ends; half a route query is dropped, and said so.
	if (state.route && (!state.route.from || !state.route.to)) {
		ignored.push({
			param: state.route.from ? 'from' : 'to',
			reason: 'a route needs both from and to'
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
