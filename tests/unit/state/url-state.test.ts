import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MAX_LINK_LENGTH,
	linkTo,
	parseUrlState,
	serializeUrlState,
	toSearch
} from '../../../src/lib/state/url-codec';
import {
	AVOIDABLE,
	EMBED_MODES,
	LIST_SORT_KEYS,
	PANELS,
	RANGE_KEYS,
	ROUTE_COSTS,
	defaultViewState,
	type ViewState
} from '../../../src/lib/state/view';
import { coordinateDecimals, roundCamera } from '../../../src/lib/state/camera';
import { idSchema } from '../../../src/lib/data/schemas';
import {
	COMPARE_DESTINATIONS,
	COUNTRY_CODES,
	LAYERS,
	PRIORITY_AREAS,
	SECTORS,
	STATUSES
} from '../../../src/lib/data/vocab';

const roundTrip = (s: ViewState) => parseUrlState(serializeUrlState(s));

describe('parseUrlState', () => {
	it('keeps every status value a v1 link could carry, reads the v2 ones, and names a dropped one', () => {
		// v1 wrote planned, under-construction, operational, completed and cancelled: all still valid.
		const v1 = parseUrlState(
			'status=planned,under-construction,operational,completed,cancelled&v=1'
		);
		expect(v1.ignored).toEqual([]);
		expect(v1.state.filters.statuses).toEqual([
			'planned',
			'under-construction',
			'operational',
			'completed',
			'cancelled'
		]);
		const v2 = parseUrlState('status=financing-arranged,suspended,unknown');
		expect(v2.ignored).toEqual([]);
		expect(v2.state.filters.statuses).toEqual(['financing-arranged', 'suspended', 'unknown']);
		const bad = parseUrlState('status=built');
		expect(bad.state.filters.statuses).toEqual([]);
		expect(bad.ignored).toEqual([
			{
				param: 'status',
				kind: 'unknown-items',
				unknown: ['built'],
				kept: [],
				reason: expect.stringContaining('built')
			}
		]);
	});

	it('gives the default view for an empty query', () => {
		const { state, ignored } = parseUrlState('');
		expect(state).toEqual(defaultViewState());
		expect(ignored).toEqual([]);
		expect(toSearch(state)).toBe('');
	});

	it('reads every parameter', () => {
		const { state, ignored } = parseUrlState(
			'v=1&map=6.5/41.3/69.25/12/30&layers=corridors,projects&country=UZB,KAZ&sector=power&priority=connectivity' +
				'&status=operational&fin=JICA,JBIC&year=2010-2025&amount=5-500&known=year&q=Aktau&sel=uzb-syrdarya-2-ccgt' +
				'&compare=middle-corridor,northern-corridor&from=dostyk&to=poti-port&avoid=RUS,sea&by=time&panel=list&embed=1'
		);
		expect(ignored).toEqual([]);
		expect(state.camera).toEqual({ zoom: 6.5, lat: 41.3, lon: 69.25, bearing: 12, pitch: 30 });
		expect(state.layers).toEqual(['corridors', 'projects']);
		expect(state.filters).toEqual({
			countries: ['UZB', 'KAZ'],
			sectors: ['power'],
			priorities: ['connectivity'],
			statuses: ['operational'],
			financiers: ['JICA', 'JBIC'],
			years: [2010, 2025],
			amountUsdM: [5, 500],
			knownOnly: ['years']
		});
		expect(state.query).toBe('Aktau');
		expect(state.selected).toBe('uzb-syrdarya-2-ccgt');
		expect(state.compare).toEqual(['middle-corridor', 'northern-corridor']);
		expect(state.route).toEqual({
			from: 'dostyk',
			to: 'poti-port',
			avoid: ['RUS', 'sea'],
			by: 'time'
		});
		expect(state.panel).toBe('list');
		expect(state.embed).toBe('map');
	});

	it.each([
		['map', 'NaN/1/2'],
		['map', '99/1/2'],
		['map', '4/95/2'],
		['map', '4/1'],
		['map', '4/1/2/0/89'],
		['map', 'Infinity/1/2'],
		['country', 'XXX'],
		['sector', '<script>alert(1)</script>'],
		['year', '2025-2010'],
		['year', '1800-2020'],
		['amount', '-5-10'],
		['sel', '"><img src=x onerror=alert(1)>'],
		['panel', 'admin'],
		['embed', 'yes'],
		['by', 'speed'],
		['v', '99']
	])('falls back to the default and reports a bad %s=%s', (param, value) => {
		const { state, ignored } = parseUrlState(new URLSearchParams([[param, value]]));
		expect(ignored.map((i) => i.param)).toContain(param);
		const def = defaultViewState();
		expect(state.camera).toEqual(def.camera);
		expect(state.filters).toEqual(def.filters);
		expect(state.selected).toBeNull();
		expect(state.panel).toBeNull();
	});

	it('reports unknown and repeated parameters and keeps the good ones', () => {
		const { state, ignored } = parseUrlState('foo=1&sector=power&sector=water&utm_source=x');
		expect(state.filters.sectors).toEqual(['power']);
		expect(ignored).toEqual([
			{
				param: 'foo',
				kind: 'unknown-param',
				value: 'foo',
				reason: '“foo” is not a setting this atlas knows; ignored'
			},
			{
				param: 'sector',
				kind: 'repeated',
				reason: 'Sector filter: given more than once; the first value is used'
			},
			{
				param: 'utm_source',
				kind: 'unknown-param',
				value: 'utm_source',
				reason: '“utm_source” is not a setting this atlas knows; ignored'
			}
		]);
	});

	it('keeps the known items of a list and names only the unknown ones', () => {
		const { state, ignored } = parseUrlState('country=XXX,KAZ&avoid=RUS,moon&from=aktau&to=baku');
		expect(state.filters.countries).toEqual(['KAZ']);
		expect(state.route?.avoid).toEqual(['RUS']);
		expect(ignored).toEqual([
			{
				param: 'country',
				kind: 'unknown-items',
				unknown: ['XXX'],
				kept: ['KAZ'],
				reason: 'Country filter: “XXX” is not a known country code; kept KAZ'
			},
			{
				param: 'avoid',
				kind: 'unknown-items',
				unknown: ['moon'],
				kept: ['RUS'],
				reason: 'Route avoids: “moon” is not a known thing to avoid (RUS, IRN or sea); kept RUS'
			}
		]);
	});

	it('writes notices for people, not validator output', () => {
		const reasons = parseUrlState('by=fastest&panel=admin&year=2025-2010&map=4/1').ignored.map(
			(i) => i.reason
		);
		expect(reasons).toEqual([
			'Route cost: “fastest” is not a route cost (distance, time); distance is used',
			'Panel: “admin” is not a panel (layers, filters, list, detail, compare, route, stats); no panel is opened',
			'Year filter: “2025-2010” is not a range like 2015-2025 within 1900–2060; all years are shown',
			'Map position: “4/1” is not a map position (zoom/latitude/longitude); the whole region is shown'
		]);
		for (const r of reasons) expect(r).not.toMatch(/Invalid option|expected one of/);
	});

	it('names over-long and malformed values in words, whatever the rule they break', () => {
		const long = '1'.repeat(90);
		const { ignored } = parseUrlState(
			`map=${long}/1/1&year=${long}-2020&v=2.5&sel=${long}&q=${'x'.repeat(201)}`
		);
		expect(ignored.map((i) => i.reason.replace(/“.*”/, '…'))).toEqual([
			'Map position: … is not a map position (zoom/latitude/longitude); the whole region is shown',
			'Year filter: … is not a range like 2015-2025 within 1900–2060; all years are shown',
			'Link version: … is not a link version; read as the current version',
			'Selected record: … must be lower-case letters, digits and hyphens (2-80); nothing is selected',
			'Search: … is longer than 200 characters; the search box is empty'
		]);
	});

	it('drops half a route query and says so', () => {
		const { state, ignored } = parseUrlState('from=dostyk');
		expect(state.route).toBeNull();
		expect(ignored[0]?.param).toBe('from');
	});

	it('ignores prototype-polluting keys', () => {
		const { state, ignored } = parseUrlState('__proto__=1&constructor=2&toString=3');
		expect(state).toEqual(defaultViewState());
		expect(ignored).toHaveLength(3);
	});

	it('caps a 10,000-character query', () => {
		const { state, ignored } = parseUrlState(`q=${'a'.repeat(10_000)}`);
		expect(state.query).toBe('');
		expect(ignored[0]?.param).toBe('q');
	});

	it('never throws on arbitrary strings and always returns a valid state', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
				const { state } = parseUrlState(raw);
				// A valid state survives its own round trip unchanged.
				expect(roundTrip(state).state).toEqual(state);
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on arbitrary key=value pairs of known keys', () => {
		const keys = [
			'v',
			'map',
			'layers',
			'country',
			'sector',
			'year',
			'amount',
			'q',
			'sel',
			'from',
			'to',
			'avoid'
		];
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 60 }))),
				(pairs) => {
					const { state } = parseUrlState(new URLSearchParams(pairs));
					expect(roundTrip(state).state).toEqual(state);
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('serializeUrlState', () => {
	it('leaves defaults out and adds the version', () => {
		const s = defaultViewState();
		s.filters.sectors = ['water'];
		expect(toSearch(s)).toBe('?sector=water&v=1');
	});

	it('writes "none" when every layer is hidden', () => {
		const s = defaultViewState();
		s.layers = [];
		expect(serializeUrlState(s).get('layers')).toBe('none');
		expect(roundTrip(s).state.layers).toEqual([]);
	});

	it('rounds coordinates more finely as the zoom grows', () => {
		expect(coordinateDecimals(2)).toBeLessThan(coordinateDecimals(12));
		const s = defaultViewState();
		s.camera = { lon: 69.240_123_45, lat: 41.311_987_65, zoom: 4.123_456, bearing: 0, pitch: 0 };
		expect(serializeUrlState(s).get('map')).toBe('4.12/41.31/69.24');
	});

	// Ids as the data allows them (idSchema): 2 to 80 characters.
	const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}$/);
	const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
	const range = (lo: number, hi: number) =>
		fc.option(
			fc
				.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }))
				.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number])
		);
	const stateArb: fc.Arbitrary<ViewState> = fc.record({
		camera: fc.option(
			fc
				.record({
					lon: fc.double({ min: -180, max: 180, noNaN: true }),
					lat: fc.double({ min: -85, max: 85, noNaN: true }),
					zoom: fc.double({ min: 1.5, max: 14, noNaN: true }),
					bearing: fc.double({ min: -180, max: 180, noNaN: true }),
					pitch: fc.double({ min: 0, max: 60, noNaN: true })
				})
				.map(roundCamera)
		),
		layers: subset(LAYERS),
		filters: fc.record({
			countries: subset(COUNTRY_CODES),
			sectors: subset(SECTORS),
			priorities: subset(PRIORITY_AREAS),
			statuses: subset(STATUSES),
			financiers: fc.uniqueArray(
				fc.constantFrom('JICA', 'JBIC', 'NEXI', 'Sojitz', 'Mitsubishi Power'),
				{ maxLength: 5 }
			),
			years: range(1991, 2060),
			amountUsdM: range(0, 100_000),
			knownOnly: subset(RANGE_KEYS)
		}),
		query: fc.string({ unit: 'grapheme', maxLength: 50 }),
		selected: fc.option(idArb),
		compare: fc.uniqueArray(idArb, { maxLength: 4 }),
		destination: fc.constantFrom(...COMPARE_DESTINATIONS),
		route: fc.option(
			fc.record({
				from: idArb,
				to: idArb,
				avoid: subset(AVOIDABLE),
				by: fc.constantFrom(...ROUTE_COSTS)
			})
		),
		panel: fc.option(fc.constantFrom(...PANELS)),
		sort: fc.record({ key: fc.constantFrom(...LIST_SORT_KEYS), ascending: fc.boolean() }),
		listInView: fc.boolean(),
		embed: fc.constantFrom(...EMBED_MODES)
	});

	it('parse(serialize(state)) returns the same state for any valid state', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				const { state, ignored } = roundTrip(s);
				expect(ignored).toEqual([]);
				expect(state).toEqual(s);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('one id rule for data and links', () => {
	it('accepts in a link exactly the ids the data schema accepts', () => {
		for (const id of ['ab', 'aktau-port', 'a'.repeat(80)]) {
			expect(idSchema.safeParse(id).success).toBe(true);
			expect(parseUrlState(`sel=${id}`).state.selected).toBe(id);
		}
		for (const id of ['a', '-ab', 'Ab', 'a'.repeat(81)]) {
			expect(idSchema.safeParse(id).success).toBe(false);
			expect(parseUrlState(`sel=${id}`).state.selected).toBeNull();
		}
	});
});

describe('ranges', () => {
	it('reads -0 as 0', () => {
		const range = parseUrlState('amount=-0-5').state.filters.amountUsdM!;
		expect(Object.is(range[0], 0)).toBe(true);
		expect(toSearch(parseUrlState('amount=-0-5').state)).toBe('?amount=0-5&v=1');
	});
});

describe('linkTo', () => {
	const base = 'https://atlas.example/corridor-atlas/';
	it('keeps an ordinary view whole', () => {
		const { state } = parseUrlState('country=KAZ&q=Aktau&compare=middle-corridor&v=1');
		expect(linkTo(`${base}?old=1#x`, state)).toEqual({
			href: `${base}?country=KAZ&q=Aktau&compare=middle-corridor&v=1`,
			left: []
		});
	});

	it('stays within MAX_LINK_LENGTH for any view a link can open, naming what it left out', () => {
		// Views at the parser's own limits: 200-character searches in any script, 50 financiers
		// and 50 corridors of 80 characters.
		// Up to 200 UTF-16 units, as the parser allows, in any script.
		const long = (n: number) =>
			fc.string({ unit: 'grapheme', minLength: n / 2, maxLength: n }).filter((s) => s.length <= n);
		const name = fc.stringMatching(/^[A-Za-z][A-Za-z .&()'-]{19,78}[A-Za-z]$/);
		const id = fc.stringMatching(/^[a-z][a-z0-9-]{40,79}$/);
		fc.assert(
			fc.property(
				long(200),
				fc.uniqueArray(name, { minLength: 0, maxLength: 50 }),
				fc.uniqueArray(id, { minLength: 0, maxLength: 50 }),
				(query, financiers, compare) => {
					const state = defaultViewState();
					state.query = query;
					state.filters.financiers = financiers;
					state.compare = compare;
					const { href, left } = linkTo(base, state);
					expect(href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
					// What is left in the link reopens as it was.
					const reopened = parseUrlState(new URL(href).searchParams).state;
					if (!left.includes('q')) expect(reopened.query).toBe(query);
					if (!left.includes('fin')) expect(reopened.filters.financiers).toEqual(financiers);
					if (!left.includes('compare')) expect(reopened.compare).toEqual(compare);
					// The caller's state is untouched.
					expect(state.query).toBe(query);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('leaves out the search text first', () => {
		const state = defaultViewState();
		state.query = 'ア'.repeat(200); // 1,800 characters once percent-encoded
		state.filters.financiers = [
			'JICA',
			'JBIC',
			'Mitsubishi Heavy Industries',
			'Toyota Tsusho',
			'Sumitomo Corporation',
			'Kawasaki Heavy Industries',
			'Marubeni',
			'Itochu',
			'Sojitz',
			'Toyo Engineering',
			'Chiyoda'
		];
		state.filters.sectors = ['power'];
		expect(base.length + toSearch(state).length).toBeGreaterThan(MAX_LINK_LENGTH);
		expect(linkTo(base, state)).toEqual({
			href: `${base}?sector=power&fin=${state.filters.financiers.join(',').replace(/ /g, '+')}&v=1`,
			left: ['q']
		});
	});
});

describe('dest (the comparison’s shared destination)', () => {
	it('reads a known destination and writes it back', () => {
		const { state, ignored } = parseUrlState('dest=budapest&panel=compare');
		expect(ignored).toEqual([]);
		expect(state.destination).toBe('budapest');
		expect(serializeUrlState(state).get('dest')).toBe('budapest');
	});
	it('leaves the default out of the link', () => {
		const { state } = parseUrlState('dest=duisburg');
		expect(state.destination).toBe('duisburg');
		expect(serializeUrlState(state).has('dest')).toBe(false);
	});
	it('falls back to the default for an unknown place, and says so', () => {
		const { state, ignored } = parseUrlState('dest=moscow');
		expect(state.destination).toBe('duisburg');
		expect(ignored).toHaveLength(1);
		expect(ignored[0]!.param).toBe('dest');
	});
});

describe('sort (the list’s order)', () => {
	it('reads every column in both directions and writes it back', () => {
		for (const key of ['name', 'country', 'amount', 'year'] as const)
			for (const ascending of [true, false]) {
				const value = `${ascending ? '' : '-'}${key}`;
				const { state, ignored } = parseUrlState(`sort=${value}&panel=list`);
				expect(ignored).toEqual([]);
				expect(state.sort).toEqual({ key, ascending });
				const written = serializeUrlState(state).get('sort');
				// Name order, A to Z, is the default: left out of the link.
				expect(written).toBe(key === 'name' && ascending ? null : value);
			}
	});
	it('falls back to name order for an unknown order, and says so', () => {
		for (const bad of ['price', '--year', 'year-', '']) {
			const { state, ignored } = parseUrlState(`sort=${encodeURIComponent(bad)}`);
			expect(state.sort).toEqual(defaultViewState().sort);
			expect(ignored.map((i) => i.param)).toEqual(['sort']);
		}
	});
});

describe('inview (the list limited to the map view)', () => {
	it('reads 1, writes it back, and leaves the default out', () => {
		const { state, ignored } = parseUrlState('inview=1&panel=list');
		expect(ignored).toEqual([]);
		expect(state.listInView).toBe(true);
		expect(serializeUrlState(state).get('inview')).toBe('1');
		expect(serializeUrlState(defaultViewState()).has('inview')).toBe(false);
	});
	it('ignores any other value, and says so', () => {
		for (const bad of ['0', 'yes', 'true', '']) {
			const { state, ignored } = parseUrlState(`inview=${bad}`);
			expect(state.listInView).toBe(false);
			expect(ignored.map((i) => i.param)).toEqual(['inview']);
		}
	});
});
