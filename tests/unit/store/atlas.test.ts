/**
 * The atlas model without a browser: data loaded through a stub fetch that reads files from disk,
 * the view state driven as the panels drive it, and the derived values checked against figures
 * computed independently from the raw files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AtlasModel, ROUTE_COLOR } from '../../../src/lib/store/atlas.svelte';
import { ViewStore } from '../../../src/lib/store/view.svelte';
import type { AddressBar } from '../../../src/lib/store/history';
import { GEODATA_FILES, type GeodataKey } from '../../../src/lib/data/schemas';
import type { Network } from '../../../src/lib/analysis/network';

/** An address bar that records what was written to it. */
function recordingAddressBar() {
	const writes: { mode: 'push' | 'replace' | 'replaceSoon' | 'cancel'; search: string }[] = [];
	const bar: AddressBar = {
		push: (search) => writes.push({ mode: 'push', search }),
		replace: (search) => writes.push({ mode: 'replace', search }),
		replaceSoon: (search) => writes.push({ mode: 'replaceSoon', search }),
		cancelPending: () => writes.push({ mode: 'cancel', search: '' })
	};
	return { bar, writes };
}

/** A fetch that serves `disk:<path>` from disk, and 404 for anything else. */
const diskFetch: typeof fetch = async (input) => {
	const url = String(input);
	if (!url.startsWith('disk:')) return new Response('not found', { status: 404 });
	try {
		return new Response(readFileSync(url.slice(5), 'utf8'));
	} catch {
		return new Response('not found', { status: 404 });
	}
};

const geodataUrls = (folder: string) =>
	Object.fromEntries(
		Object.entries(GEODATA_FILES).map(([key, { file }]) => [key, `disk:${join(folder, file)}`])
	) as Record<GeodataKey, string>;

/** A network over the fixture's two segments, Beyneu –rail– Aktau –sea– Alat. */
const FIXTURE_NETWORK: Network = {
	nodes: [
		{ id: 'beyneu', name: 'Beyneu', country: 'KAZ', kind: 'station', coordinates: [55.2, 45.3] },
		{ id: 'aktau-port', name: 'Aktau', country: 'KAZ', kind: 'seaport', coordinates: [51.2, 43.6] },
		{ id: 'alat-port', name: 'Alat', country: 'AZE', kind: 'seaport', coordinates: [49.4, 39.9] }
	],
	segments: [
		{
			id: 'seg-beyneu-aktau-port',
			corridors: ['middle-corridor'],
			fromNode: 'beyneu',
			toNode: 'aktau-port',
			from: 'Beyneu',
			to: 'Aktau',
			mode: 'rail',
			lengthKm: 400,
			publishedKm: 404,
			kmByCountry: { KAZ: 400 },
			countries: ['KAZ'],
			russiaParts: []
		},
		{
			id: 'seg-aktau-port-alat-port',
			corridors: ['middle-corridor'],
			fromNode: 'aktau-port',
			toNode: 'alat-port',
			from: 'Aktau',
			to: 'Alat',
			mode: 'sea',
			lengthKm: 450,
			publishedKm: null,
			kmByCountry: { sea: 450 },
			countries: [],
			russiaParts: []
		}
	]
};

function networkFile(network: Network): string {
	return `data:application/json,${encodeURIComponent(JSON.stringify(network))}`;
}
/** Serves `data:` URLs too, for the hand-made network. */
const fetchWithData: typeof fetch = async (input, init) => {
	const url = String(input);
	if (url.startsWith('data:application/json,'))
		return new Response(decodeURIComponent(url.slice('data:application/json,'.length)));
	return diskFetch(input, init);
};

type RawFeature = {
	properties: { id: string; countries?: string[]; country?: string; relatedIds?: string[] };
};
const rawFeatures = (file: string): RawFeature[] =>
	JSON.parse(readFileSync(join('geodata', file), 'utf8')).features;

describe('AtlasModel on the real geodata', () => {
	let model: AtlasModel;
	let writes: ReturnType<typeof recordingAddressBar>['writes'];
	beforeEach(async () => {
		const address = recordingAddressBar();
		writes = address.writes;
		model = new AtlasModel(new ViewStore(address.bar));
		// No network file here: the map and filters still work, and the problem is reported.
		await model.load({ geodata: geodataUrls('geodata'), network: 'disk:missing.json' }, diskFetch);
		await model.loadNetwork();
	});

	it('loads every layer, and reports the missing network without failing', () => {
		expect(model.ready).toBe(true);
		const counts = ['plants', 'mines', 'projects'].map((l) => rawFeatures(`${l}.geojson`).length);
		expect(model.filterable.length).toBe(counts.reduce((a, b) => a + b, 0));
		expect(model.filtered.length).toBe(model.filterable.length);
		expect(model.overlays?.projects.features.length).toBe(counts[2]);
		expect(model.problems).toEqual([
			{
				file: 'network.json',
				kind: 'unreadable',
				detail: expect.stringMatching(/404/),
				effect: 'routing',
				message: expect.stringMatching(/routing are unavailable.*404/)
			}
		]);
		expect(model.finder).toBeNull();
		expect(model.comparison).toEqual([]);
	});

	it('filters by country: the list, the counts and the statistics agree with the raw files', () => {
		model.view.setFilters({ countries: ['KGZ'] });
		// Projects list their countries; plants and mines have one.
		const expected = ['plants', 'mines', 'projects'].flatMap((l) =>
			rawFeatures(`${l}.geojson`).filter((f) =>
				(f.properties.countries ?? [f.properties.country]).includes('KGZ')
			)
		);
		expect(expected.length).toBeGreaterThan(3);
		expect(model.filtered.map((r) => r.id).sort()).toEqual(
			expected.map((f) => f.properties.id).sort()
		);
		expect(model.summary.count).toBe(expected.length);
		// The country group's own counts ignore its own filter: Kazakhstan still shows its records.
		const kaz = model.counts.countries.find((c) => c.value === 'KAZ')!;
		expect(kaz.count).toBe(
			model.filterable.filter((r) => r.facets!.f_countries.includes('|KAZ|')).length
		);
		// Another group's counts are within the filtered set.
		const sectorTotal = model.counts.sectors.reduce((a, c) => a + c.count, 0);
		expect(sectorTotal).toBe(model.filtered.filter((r) => r.facets!.f_sector).length);
		expect(writes.at(-1)).toEqual({ mode: 'push', search: '?country=KGZ&v=1' });
	});

	it('clears every filter group at once', () => {
		model.view.setFilters({
			countries: ['UZB'],
			sectors: ['power'],
			statuses: ['operational'],
			years: [2000, 2020]
		});
		expect(model.filtered.length).toBeLessThan(model.filterable.length);
		model.view.clearFilters();
		expect(model.filtered.length).toBe(model.filterable.length);
		expect(writes.at(-1)).toEqual({ mode: 'push', search: '' });
	});

	it('selects a record, finds its related records both ways, and picks the tab', () => {
		const project = rawFeatures('projects.geojson').find((f) => f.properties.relatedIds?.length)!;
		model.view.select(project.properties.id);
		expect(model.selected?.id).toBe(project.properties.id);
		expect(model.view.state.panel).toBe('detail');
		expect(model.tab).toBe('layers');
		const relatedIds = model.related.map((r) => r.id);
		for (const id of project.properties.relatedIds!)
			if (model.index.byId.has(id)) expect(relatedIds).toContain(id);
		model.view.openPanel('stats');
		expect(model.tab).toBe('stats');
	});

	it("finds records by official Uzbek spelling, a typo and a financier's Japanese name", () => {
		const top = (q: string) => model.searchIndex.search(q, 500).map((h) => h.id);
		expect(
			top('Toshkent')
				.slice(0, 3)
				.every((id) => /tashkent/i.test(model.index.byId.get(id)!.name))
		).toBe(true);
		expect(top('Aktua')[0]).toBe('aktau-port');
		expect(top('アクタウ')[0]).toBe('aktau-port');
		const jbic = top('国際協力銀行');
		const withJbic = model.index.all.filter(
			(r) =>
				'japaneseParticipants' in r.props &&
				r.props.japaneseParticipants.some((p) => /JBIC|Japan Bank for International/.test(p))
		);
		expect(withJbic.length).toBeGreaterThan(3);
		expect(new Set(jbic)).toEqual(new Set(withJbic.map((r) => r.id)));
	});

	it('searches across spellings and links to the view', () => {
		const [hit] = model.searchIndex.search('Актау');
		expect(model.index.byId.get(hit!.id)?.name).toMatch(/Aktau/);
		model.view.setQuery('Aktau');
		expect(writes.at(-1)).toEqual({ mode: 'replaceSoon', search: '?q=Aktau&v=1' });
		expect(model.linkFor('https://atlas.example/x/?junk=1#h', 'map')).toEqual({
			href: 'https://atlas.example/x/?q=Aktau&embed=1&v=1',
			left: []
		});
	});
});

describe('AtlasModel on fixtures, with a network', () => {
	let model: AtlasModel;
	beforeEach(async () => {
		model = new AtlasModel(new ViewStore(recordingAddressBar().bar));
		await model.load(
			{
				geodata: geodataUrls('tests/fixtures/geodata-valid'),
				network: networkFile(FIXTURE_NETWORK)
			},
			fetchWithData
		);
		await model.loadNetwork();
	});

	it('compares the corridors between the route ends, highlighted only on the Compare tab', () => {
		expect(model.problems).toEqual([]);
		// The corridor's main route runs between stations the fixture doesn't have.
		expect(model.comparison.map((row) => [row.corridor.id, row.result.ok])).toEqual([
			['middle-corridor', false]
		]);
		model.view.setRoute({ from: 'beyneu', to: 'alat-port', avoid: [], by: 'distance' });
		expect(model.comparison[0]!.result.ok).toBe(true);
		expect(model.highlight).toBeNull();
		model.view.openPanel('compare');
		const lines = model.highlight!.features.filter((f) => f.properties?.kind === 'route');
		expect(lines.map((f) => f.properties?.segment)).toEqual([
			'seg-beyneu-aktau-port',
			'seg-aktau-port-alat-port'
		]);
		expect(lines.every((f) => f.properties?.color === '#d95f02')).toBe(true);
	});

	it('routes between two places and draws the route on the Route tab', () => {
		model.view.openPanel('route');
		model.view.setRoute({ from: 'beyneu', to: 'alat-port', avoid: [], by: 'distance' });
		expect(model.routeResult?.ok).toBe(true);
		if (!model.routeResult?.ok) return;
		expect(model.routeResult.route.lengthKm).toBe(850);
		const segments = model
			.highlight!.features.filter((f) => f.properties?.color === ROUTE_COLOR)
			.map((f) => f.properties?.segment);
		expect(segments).toEqual(['seg-beyneu-aktau-port', 'seg-aktau-port-alat-port']);
		model.view.setRoute({ from: 'beyneu', to: 'alat-port', avoid: ['sea'], by: 'distance' });
		expect(model.routeResult?.ok).toBe(false);
		expect(model.nodeName('alat-port')).toBe('Alat');
	});

	it('reports a file that fails validation and keeps the others', async () => {
		const broken: typeof fetch = async (input, init) =>
			String(input).endsWith('mines.geojson')
				? new Response('{"type":"FeatureCollection","features":[{"type":"Feature"}]}')
				: fetchWithData(input, init);
		const other = new AtlasModel(new ViewStore(recordingAddressBar().bar));
		await other.load(
			{
				geodata: geodataUrls('tests/fixtures/geodata-valid'),
				network: networkFile(FIXTURE_NETWORK)
			},
			broken
		);
		await other.loadNetwork();
		expect(other.problems.map((p) => p.file)).toEqual(['mines.geojson']);
		expect(other.index.all.some((r) => r.layer === 'mines')).toBe(false);
		expect(other.index.all.some((r) => r.layer === 'plants')).toBe(true);
	});
});

describe('ids the data does not know', () => {
	const open = async (search: string, fetchFn: typeof fetch = fetchWithData) => {
		const { bar, writes } = recordingAddressBar();
		const model = new AtlasModel(new ViewStore(bar));
		model.view.open(new URL(`https://x/${search}`));
		await model.load(
			{
				geodata: geodataUrls('tests/fixtures/geodata-valid'),
				network: networkFile(FIXTURE_NETWORK)
			},
			fetchFn
		);
		await model.loadNetwork();
		return { model, writes };
	};

	it('drops an unknown selection, route end and corridor, names each, and cleans the URL', async () => {
		const { model, writes } = await open(
			'?sel=does-not-exist&panel=detail&from=beyneu&to=nowhere&compare=middle-corridor,fake&v=1'
		);
		const v = model.view;
		expect(v.state.selected).toBeNull();
		expect(v.state.panel).toBeNull();
		expect(v.state.route).toBeNull();
		expect(v.state.compare).toEqual(['middle-corridor']);
		expect(v.ignored.map((i) => i.param)).toEqual(['sel', 'compare', 'to']);
		expect(v.ignored[0]!.reason).toBe(
			'Selected record: “does-not-exist” is not a record in the atlas; nothing is selected'
		);
		expect(v.ignored[1]!.reason).toMatch(/“fake” is not a known corridor; kept middle-corridor/);
		expect(writes.at(-1)).toEqual({ mode: 'replace', search: '?compare=middle-corridor&v=1' });
	});

	it('keeps ids it knows, and adds no notice', async () => {
		const { model, writes } = await open('?from=beyneu&to=alat-port&compare=middle-corridor&v=1');
		expect(model.view.ignored).toEqual([]);
		expect(model.view.state.route?.to).toBe('alat-port');
		expect(writes).toEqual([]);
	});

	it('does not judge a selection when a data file failed to load', async () => {
		const broken: typeof fetch = async (input, init) =>
			String(input).endsWith('mines.geojson')
				? new Response('not json')
				: fetchWithData(input, init);
		const { model } = await open('?sel=some-mine&v=1', broken);
		expect(model.view.state.selected).toBe('some-mine');
		expect(model.view.ignored).toEqual([]);
	});
});

describe('ViewStore and the address bar', () => {
	it('rewrites a junk link into its clean form once, and reports what it ignored', () => {
		const { bar, writes } = recordingAddressBar();
		const view = new ViewStore(bar);
		view.open(new URL('https://x/?country=KAZ&bogus=1&v=1'));
		expect(view.ignored).toEqual([
			{
				param: 'bogus',
				kind: 'unknown-param',
				value: 'bogus',
				reason: '“bogus” is not a setting this atlas knows; ignored'
			}
		]);
		expect(writes).toEqual([{ mode: 'replace', search: '?country=KAZ&v=1' }]);
	});

	it('back/forward to the view already shown changes nothing; to another view, shows it', () => {
		const { bar, writes } = recordingAddressBar();
		const view = new ViewStore(bar);
		view.open(new URL('https://x/?sector=power&v=1'));
		const before = view.state;
		view.onUrlChange(new URL('https://x/?v=1&sector=power'));
		expect(view.state).toBe(before);
		view.onUrlChange(new URL('https://x/?sector=mining&v=1'));
		expect(view.state.filters.sectors).toEqual(['mining']);
		// A write still waiting for its frame would undo the step back: it is dropped.
		expect(writes.map((w) => w.mode)).toEqual(['cancel', 'cancel']);
	});

	it('camera moves replace the entry; a map click on several records offers a choice', () => {
		const { bar, writes } = recordingAddressBar();
		const view = new ViewStore(bar);
		view.setCamera({ lon: 69.28, lat: 41.31, zoom: 9, bearing: 0, pitch: 0 });
		expect(writes).toEqual([{ mode: 'replace', search: '?map=9/41.31/69.28&v=1' }]);
		const items = [
			{ id: 'aktau-port', name: 'Aktau', layer: 'places' as const },
			{ id: 'kaz-aktau', name: 'Aktau project', layer: 'projects' as const }
		];
		view.clickHits(items, { x: 10, y: 20 });
		expect(view.candidates).toEqual({ x: 10, y: 20, items });
		view.clickHits([items[1]!], { x: 0, y: 0 });
		expect(view.candidates).toBeNull();
		expect(view.state.selected).toBe('kaz-aktau');
		flushSync();
	});

	it('picking a route end takes a place from a click', () => {
		const view = new ViewStore(recordingAddressBar().bar);
		view.picking = 'from';
		view.clickHits([{ id: 'aktau-port', name: 'Aktau', layer: 'places' }], { x: 0, y: 0 });
		expect(view.routeQuery?.from).toBe('aktau-port');
		expect(view.state.route).toBeNull();
		view.picking = 'to';
		view.clickHits([{ id: 'alat-port', name: 'Alat', layer: 'places' }], { x: 0, y: 0 });
		expect(view.state.route).toMatchObject({ from: 'aktau-port', to: 'alat-port' });
	});
});

describe('AtlasModel loads the network only when the view needs it', () => {
	it('leaves the network and the route finder out of the first view, then loads them once', async () => {
		const asked: string[] = [];
		const counting: typeof fetch = (input, init) => {
			asked.push(String(input));
			return fetchWithData(input, init);
		};
		const model = new AtlasModel(new ViewStore(recordingAddressBar().bar));
		const network = networkFile(FIXTURE_NETWORK);
		await model.load({ geodata: geodataUrls('tests/fixtures/geodata-valid'), network }, counting);
		expect(model.needsNetwork).toBe(false);
		expect(asked).not.toContain(network);
		expect(model.finder).toBeNull();
		model.view.openPanel('compare');
		expect(model.needsNetwork).toBe(true);
		await Promise.all([model.loadNetwork(), model.loadNetwork()]);
		expect(asked.filter((u) => u === network)).toHaveLength(1);
		expect(model.finder).not.toBeNull();
		expect(model.comparison.length).toBeGreaterThan(0);
	});
});

describe('the route finder code failing to download', () => {
	it('is reported as routing unavailable, not left as an unhandled rejection', async () => {
		vi.doMock('../../../src/lib/analysis/network', () => {
			throw new Error('Failed to fetch dynamically imported module');
		});
		try {
			const model = new AtlasModel(new ViewStore(recordingAddressBar().bar));
			await model.load(
				{
					geodata: geodataUrls('tests/fixtures/geodata-valid'),
					network: networkFile(FIXTURE_NETWORK)
				},
				fetchWithData
			);
			await model.loadNetwork();
			expect(model.finder).toBeNull();
			expect(model.problems).toEqual([
				{
					file: 'network.json',
					kind: 'unreadable',
					// The import's own error (vitest words a failed mock its own way).
					detail: expect.stringMatching(/\S/),
					effect: 'routing',
					message: expect.stringMatching(/routing are unavailable \(could not be loaded/)
				}
			]);
		} finally {
			vi.doUnmock('../../../src/lib/analysis/network');
		}
	});
});
