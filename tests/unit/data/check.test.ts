/**
 * The data check against broken fixtures: each kind of problem is reported naming the file, the
 * feature and the field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkGeodata,
	checkGeodataWithWarnings,
	waterRuns,
	type CountryIndex,
	type Problem
} from '../../../src/lib/data/check';
import type { GeodataKey } from '../../../src/lib/data/schemas';
import { runDataCheck } from '../../../src/lib/server/data-check';
import { loadCountryIndex, readGeodataRaw } from '../../../src/lib/server/geodata';

const FIXTURE = 'tests/fixtures/geodata-valid';
type Raw = Record<GeodataKey, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const loadFixture = () => readGeodataRaw(FIXTURE).raw as Raw;

let countries: CountryIndex;
beforeAll(() => {
	countries = loadCountryIndex();
});

const check = (raw: Raw): Problem[] => checkGeodata(raw, countries);
const feature = (raw: Raw, key: GeodataKey, id: string) =>
	raw[key].features.find((f: { properties: { id: string } }) => f.properties.id === id);

describe('checkGeodata', () => {
	it('passes the valid fixture', () => {
		expect(check(loadFixture())).toEqual([]);
	});

	it('reports a missing source', () => {
		const raw = loadFixture();
		feature(raw, 'projects', 'uzb-fixture').properties.sources = [];
		expect(check(raw)).toEqual([
			{
				file: 'projects.geojson',
				feature: 'uzb-fixture',
				field: 'sources',
				message: 'at least one source is required'
			}
		]);
	});

	it('reports a source without a URL', () => {
		const raw = loadFixture();
		feature(raw, 'plants', 'plant-fixture').properties.sources[0].url = 'not a url';
		const [p] = check(raw);
		expect(p).toMatchObject({
			file: 'plants.geojson',
			feature: 'plant-fixture',
			field: 'sources.0.url'
		});
	});

	it('reports a bad ISO code', () => {
		const raw = loadFixture();
		feature(raw, 'projects', 'uzb-fixture').properties.countries = ['UZK'];
		const problems = check(raw);
		expect(problems).toContainEqual({
			file: 'projects.geojson',
			feature: 'uzb-fixture',
			field: 'countries.0',
			message: 'unknown ISO 3166-1 alpha-3 country code "UZK"'
		});
	});

	it('reports swapped coordinates', () => {
		const raw = loadFixture();
		feature(raw, 'plants', 'plant-fixture').geometry.coordinates = [40.23, 69.1];
		const problems = check(raw);
		// [40.23, 69.1] lies in the Arctic north of Russia; swapped it lies in Uzbekistan. The project
		// about the plant is now thousands of km from it, which is a problem of its own.
		expect(problems).toHaveLength(2);
		expect(problems[1]).toMatchObject({ feature: 'uzb-fixture', field: 'geometry' });
		expect(problems[0]).toMatchObject({
			file: 'plants.geojson',
			feature: 'plant-fixture',
			field: 'geometry'
		});
		expect(problems[0]!.message).toMatch(/swapped/);
	});

	it('reports swapped coordinates that still fall inside the region', () => {
		const raw = loadFixture();
		// Beyneu's [lat, lon] lands in Russia; the check sees that the swap would fit Kazakhstan.
		feature(raw, 'places', 'beyneu').geometry.coordinates = [45.32, 55.19];
		raw.segments.features[0].geometry.coordinates[0] = [45.32, 55.19];
		const problems = check(raw).filter((p) => p.feature === 'beyneu');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'places.geojson', field: 'geometry' });
		expect(problems[0]!.message).toMatch(/look swapped.*\[55\.19, 45\.32\] lies in KAZ/);
	});

	it('reports a point outside its country', () => {
		const raw = loadFixture();
		// A point in Tashkent claimed for Kazakhstan.
		feature(raw, 'mines', 'mine-fixture').geometry.coordinates = [69.24, 41.3];
		const problems = check(raw);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'mines.geojson',
			feature: 'mine-fixture',
			field: 'geometry'
		});
		expect(problems[0]!.message).toMatch(/km outside KAZ \(it is inside UZB\)/);
	});

	it('allows a port a few km offshore but not a port far out at sea', () => {
		const raw = loadFixture();
		feature(raw, 'places', 'aktau-port').geometry.coordinates = [51.12, 43.6];
		raw.segments.features[0].geometry.coordinates[2] = [51.12, 43.6];
		raw.segments.features[1].geometry.coordinates[0] = [51.12, 43.6];
		// The port point is allowed; only the rail line now running out to it over water is not.
		expect(check(raw)).toEqual([
			expect.objectContaining({
				feature: 'seg-beyneu-aktau-port',
				message: expect.stringMatching(/^runs over water for \d/)
			})
		]);
		feature(raw, 'places', 'aktau-port').geometry.coordinates = [50.5, 43.0];
		const problems = check(raw).filter((p) => p.field === 'geometry');
		expect(problems[0]).toMatchObject({ file: 'places.geojson', feature: 'aktau-port' });
		expect(problems[0]!.message).toMatch(/sea or outside/);
	});

	it('reports a duplicate id across files', () => {
		const raw = loadFixture();
		feature(raw, 'mines', 'mine-fixture').properties.id = 'plant-fixture';
		expect(check(raw)).toContainEqual({
			file: 'mines.geojson',
			feature: 'plant-fixture',
			field: 'id',
			message: 'duplicate id (also in plants.geojson)'
		});
	});

	it('reports a sea leg crossing land', () => {
		const raw = loadFixture();
		// Straight from Aktau to Alat cuts across the Absheron peninsula.
		feature(raw, 'segments', 'seg-aktau-port-alat-port').geometry.coordinates = [
			[51.15, 43.62],
			[49.9, 40.6],
			[49.42, 39.95]
		];
		const problems = check(raw);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'corridor-segments.geojson',
			feature: 'seg-aktau-port-alat-port',
			field: 'geometry'
		});
		expect(problems[0]!.message).toMatch(/sea leg crosses land \(AZE\)/);
	});

	it("reports segment ends that don't meet their nodes", () => {
		const raw = loadFixture();
		feature(raw, 'segments', 'seg-beyneu-aktau-port').geometry.coordinates[2] = [51.4, 43.7];
		const problems = check(raw);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'corridor-segments.geojson',
			feature: 'seg-beyneu-aktau-port',
			field: 'toNode'
		});
		expect(problems[0]!.message).toMatch(/does not meet node "aktau-port".*km apart/);
	});

	it('reports an unknown node, corridor and related id', () => {
		const raw = loadFixture();
		feature(raw, 'segments', 'seg-beyneu-aktau-port').properties.fromNode = 'nowhere';
		feature(raw, 'segments', 'seg-beyneu-aktau-port').properties.corridors = ['silk-road'];
		feature(raw, 'projects', 'uzb-fixture').properties.relatedIds = ['plant-missing'];
		const fields = check(raw).map((p) => `${p.feature}.${p.field}`);
		expect(fields.sort()).toEqual([
			'seg-beyneu-aktau-port.corridors',
			'seg-beyneu-aktau-port.fromNode',
			'uzb-fixture.relatedIds'
		]);
	});

	it('reports negative amounts, implausible years and a stored USD figure', () => {
		const raw = loadFixture();
		const p = feature(raw, 'projects', 'uzb-fixture').properties;
		p.financing[0].amount = -5;
		p.yearAgreed = 1850;
		const fields = check(raw).map((x) => x.field);
		expect(fields).toEqual(expect.arrayContaining(['financing.0.amount', 'yearAgreed']));
		// USD is computed by fx.ts; a stored figure (the old format) is refused with the reason.
		const raw2 = loadFixture();
		feature(raw2, 'projects', 'uzb-fixture').properties.financing[0].usd = 100;
		expect(check(raw2)).toEqual([
			expect.objectContaining({
				file: 'projects.geojson',
				feature: 'uzb-fixture',
				field: 'financing.0.usd',
				message: expect.stringContaining('fx.ts converts')
			})
		]);
		const raw3 = loadFixture();
		feature(raw3, 'projects', 'uzb-fixture').properties.financing[0].scope = 'total-project';
		expect(check(raw3)[0]).toMatchObject({
			field: 'financing.0.scope',
			message: expect.stringContaining('projectCost')
		});
	});

	it("fails where Japan's share exceeds the project cost, both converted", () => {
		const raw = loadFixture();
		const p = feature(raw, 'projects', 'uzb-fixture').properties;
		// ¥40bn in 2015 (121.04 yen per US$) is about US$330 m, above a US$300 m cost.
		p.financing = [
			{ ...p.financing[0], amount: 40e9, currency: 'JPY', date: '2015-06' },
			{ ...p.financing[0] }
		];
		p.projectCost = { amount: 800e6, currency: 'USD', date: '2015', note: null };
		expect(check(raw)).toEqual([]);
		p.projectCost.amount = 600e6;
		expect(check(raw)).toEqual([
			{
				file: 'projects.geojson',
				feature: 'uzb-fixture',
				field: 'financing',
				message: expect.stringMatching(
					/Japan's share \(US\$723\.5 m.*exceeds the project cost \(US\$600\.0 m\)/
				)
			}
		]);
	});

	it('fails on an amount the exchange-rate table cannot convert, and warns on an undated one', () => {
		const raw = loadFixture();
		const p = feature(raw, 'projects', 'uzb-fixture').properties;
		p.financing[0] = { ...p.financing[0], currency: 'KZT', amount: 4e9 };
		p.projectCost = { amount: 1e9, currency: 'JPY', date: '1980', note: null };
		expect(check(raw)).toEqual([
			expect.objectContaining({
				feature: 'uzb-fixture',
				field: 'financing.0.currency',
				message: 'no KZT rates in the exchange-rate table (fx.ts)'
			}),
			expect.objectContaining({
				field: 'projectCost.currency',
				message: 'no JPY rate for 1980 in the exchange-rate table (fx.ts)'
			})
		]);
		const raw2 = loadFixture();
		Object.assign(feature(raw2, 'projects', 'uzb-fixture').properties.financing[0], {
			currency: 'JPY',
			date: null
		});
		const { problems, warnings } = checkGeodataWithWarnings(raw2, countries);
		expect(problems).toEqual([]);
		expect(warnings).toContainEqual(
			expect.objectContaining({ feature: 'uzb-fixture', field: 'financing.0.date' })
		);
	});

	it('reports a missing file', () => {
		const raw = loadFixture() as Partial<Raw>;
		delete raw.mines;
		expect(checkGeodata(raw, countries)).toEqual([
			{
				file: 'mines.geojson',
				feature: '-',
				field: '(file)',
				message: 'file is missing or not valid JSON'
			}
		]);
	});
});

describe('published lengths, water and alignments', () => {
	const withPublished = (km: number, exemption: string | null = null) => {
		const raw = loadFixture();
		const props = feature(raw, 'segments', 'seg-beyneu-aktau-port').properties;
		props.publishedKm = km;
		props.publishedKmSource = { ...props.sources[0] };
		props.lengthCheckExemption = exemption;
		return raw;
	};
	// The fixture's rail segment is drawn about 400 km long.
	const drawnKm = () =>
		Number(
			/drawn ([\d.]+) km/.exec(
				checkGeodataWithWarnings(withPublished(1), countries).problems[0]!.message
			)![1]
		);

	it('passes a drawn length within 5% of the published one, silently', () => {
		const result = checkGeodataWithWarnings(withPublished(drawnKm() * 1.04), countries);
		expect(result).toEqual({ problems: [], warnings: [] });
	});

	it('warns past 5% and fails past 10%, naming the segment', () => {
		const warned = checkGeodataWithWarnings(withPublished(drawnKm() * 1.07), countries);
		expect(warned.problems).toEqual([]);
		expect(warned.warnings).toEqual([
			expect.objectContaining({
				feature: 'seg-beyneu-aktau-port',
				field: 'publishedKm',
				message: expect.stringMatching(/% shorter than the published/)
			})
		]);
		const failed = checkGeodataWithWarnings(withPublished(drawnKm() * 0.85), countries);
		expect(failed.problems).toEqual([
			expect.objectContaining({
				feature: 'seg-beyneu-aktau-port',
				field: 'publishedKm',
				message: expect.stringMatching(/18% longer than the published/)
			})
		]);
	});

	it('turns a failure into a warning only with a stated exemption', () => {
		const result = checkGeodataWithWarnings(
			withPublished(drawnKm() * 2, 'planned line'),
			countries
		);
		expect(result.problems).toEqual([]);
		expect(result.warnings[0]!.message).toMatch(/exempt: planned line/);
	});

	it('wants a source with a published length', () => {
		const raw = withPublished(400);
		feature(raw, 'segments', 'seg-beyneu-aktau-port').properties.publishedKmSource = null;
		expect(check(raw)).toContainEqual(
			expect.objectContaining({ field: 'publishedKmSource', feature: 'seg-beyneu-aktau-port' })
		);
	});

	it('fails a rail line over water, naming the km, unless it is a tunnel or bridge', () => {
		const raw = loadFixture();
		// Straight across the Caspian from Aktau towards Baku.
		const seg = feature(raw, 'segments', 'seg-beyneu-aktau-port');
		seg.geometry.coordinates = [
			[55.19, 45.32],
			[51.15, 43.62],
			[50.0, 43.0],
			[51.15, 43.62]
		];
		const problems = check(raw);
		expect(problems).toEqual([
			expect.objectContaining({
				feature: 'seg-beyneu-aktau-port',
				field: 'geometry',
				message: expect.stringMatching(/^runs over water for [\d.]+ km from km \d/)
			})
		]);
		seg.properties.crossing = 'bridge';
		expect(check(raw)).toEqual([]);
	});

	it('measures stretches over water along a line', () => {
		const runs = waterRuns(
			[
				[51.3, 43.7],
				[50.3, 43.7]
			],
			countries
		);
		expect(runs).toHaveLength(1);
		expect(runs[0]!.fromKm).toBeLessThan(20);
		expect(runs[0]!.km).toBeGreaterThan(50);
	});

	it('counts Baikonur as Kazakhstan', () => {
		expect(countries.containing([63.32, 45.62])).toEqual(['KAZ']);
	});

	it('lays an alignment over its segment and checks it like the segment', () => {
		const raw = loadFixture();
		const line = [
			[55.19, 45.32],
			[54.0, 44.9],
			[53.2, 44.1],
			[51.15, 43.62]
		];
		raw.alignments.features = [
			{
				type: 'Feature',
				geometry: { type: 'LineString', coordinates: line },
				properties: { segment: 'seg-beyneu-aktau-port', alignment: 'track', method: 'test' }
			}
		];
		expect(check(raw)).toEqual([]);
		line[3] = [51.5, 43.9];
		expect(check(raw)).toContainEqual(
			expect.objectContaining({ feature: 'seg-beyneu-aktau-port', field: 'toNode' })
		);
	});

	it('wants alignment set only by the alignments file', () => {
		const raw = loadFixture();
		feature(raw, 'segments', 'seg-beyneu-aktau-port').properties.alignment = 'track';
		expect(check(raw)).toEqual([
			expect.objectContaining({ feature: 'seg-beyneu-aktau-port', field: 'alignment' })
		]);
	});

	it('reports an alignment for an unknown segment, or without the line it claims', () => {
		const raw = loadFixture();
		raw.alignments.features = [
			{
				type: 'Feature',
				geometry: null,
				properties: { segment: 'seg-nowhere', alignment: 'track', method: 'test' }
			}
		];
		const problems = check(raw).map((p) => `${p.file} ${p.feature} ${p.field}: ${p.message}`);
		expect(problems).toEqual([
			'corridor-alignments.geojson seg-nowhere segment: segment "seg-nowhere" is not in corridor-segments.geojson',
			'corridor-alignments.geojson seg-nowhere geometry: a track alignment needs a line'
		]);
	});
});

describe('runDataCheck (npm run data:check)', () => {
	// Each test breaks its own copy of the fixture folder.
	const dirs: string[] = [];
	const brokenCopy = () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
		dirs.push(dir);
		cpSync(FIXTURE, dir, { recursive: true });
		return dir;
	};
	afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

	it('prints the file counts for a valid folder', () => {
		const result = runDataCheck(FIXTURE);
		expect(result.problems).toEqual([]);
		expect(result.lines).toEqual([
			`data:check: ${FIXTURE}/ is valid (corridors.json: 1, corridor-segments.geojson: 2, places.geojson: 3, plants.geojson: 1, mines.geojson: 1, projects.geojson: 1, corridor-alignments.geojson: 0)`
		]);
	});

	it('prints file, feature and field for each problem and fails', () => {
		const dir = brokenCopy();
		const projects = JSON.parse(readFileSync(join(dir, 'projects.geojson'), 'utf8'));
		projects.features[0].properties.sources = [];
		writeFileSync(join(dir, 'projects.geojson'), JSON.stringify(projects));
		const result = runDataCheck(dir);
		expect(result.problems.length).toBeGreaterThan(0);
		expect(result.lines).toEqual([
			'projects.geojson: feature uzb-fixture: sources: at least one source is required',
			`data:check: 1 problem(s) in ${dir}/`
		]);
	});

	it('says why a file cannot be read', () => {
		const dir = brokenCopy();
		writeFileSync(join(dir, 'mines.geojson'), '{bad');
		const result = runDataCheck(dir);
		expect(result.problems).toHaveLength(1);
		expect(result.lines[0]).toMatch(
			/^mines\.geojson: feature -: \(file\): cannot be read as JSON \(.+\)$/
		);
		expect(result.lines.slice(1)).toEqual([
			'mines.geojson: feature -: (file): file is missing or not valid JSON',
			`data:check: 1 problem(s) in ${dir}/`
		]);
	});
});

describe('record rules: sources, text, status and place (record format v2)', () => {
	const withWarnings = (raw: Raw) => checkGeodataWithWarnings(raw, countries);
	const source = (url: string, publisher = 'Some Publisher') => ({
		publisher,
		title: 'A page',
		date: '2025-01',
		url
	});
	const onlyFixture = (problems: Problem[], feature: string) =>
		problems.filter((p) => p.feature === feature);

	it.each([
		['https://perceptiode.com/Актау_(порт)', /mirror or copy \(perceptiode\.com\)/],
		['https://wikimili.com/en/Khorgos', /mirror or copy \(wikimili\.com\)/],
		['https://www.liquisearch.com/alashankou_railway_station', /mirror or copy/],
		['https://arc.ask3.ru/arc/aa/fc/71/x__translat.html', /mirror or copy/],
		['https://kiwix.example.org/wikipedia_en_all_maxi_2018-10/A/Kadamjai.html', /mirror or copy/],
		[
			'https://github.com/someone/repo/blob/abc/cities15000.txt',
			/GitHub.*https:\/\/www\.geonames\.org\/<id>/
		],
		['https://vb.kg./doc/273066.html', /malformed host "vb\.kg\.": drop the trailing dot/],
		['https://mfa.gov.kg:443/en/news/1', /malformed host "mfa\.gov\.kg:443": leave out the port/],
		['https://www.jica.go.jp/', /bare homepage/],
		['https://www.jica.go.jp', /bare homepage/],
		['https://timesca.com/tag/japan', /tag or category page/],
		['https://example.org/category/energy/', /tag or category page/]
	])('fails a source at %s, naming file, feature and field', (url, message) => {
		const raw = loadFixture();
		feature(raw, 'mines', 'mine-fixture').properties.sources.push(source(url));
		const problems = check(raw);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'mines.geojson',
			feature: 'mine-fixture',
			field: 'sources.1.url'
		});
		expect(problems[0]!.message).toMatch(message);
	});

	it("accepts a publisher's own dataset repository on GitHub", () => {
		const raw = loadFixture();
		feature(raw, 'mines', 'mine-fixture').properties.sources.push(
			source(
				'https://github.com/wri/global-power-plant-database/blob/13b6a3b/raw_source_files/WRI/Kazakhstan.csv'
			)
		);
		expect(check(raw)).toEqual([]);
	});

	it('accepts an article with a query but no path, and Wikipedia and GeoNames themselves', () => {
		const raw = loadFixture();
		feature(raw, 'mines', 'mine-fixture').properties.sources.push(
			source('https://mtd.gov.kg/?p=34666'),
			source('https://en.wikipedia.org/wiki/Kadamjai'),
			source('https://www.geonames.org/1526384', 'GeoNames (CC BY 4.0)'),
			source('https://www.gtreview.com/news/no-category/uzbek-railway-agreement-signed-with-jbic/')
		);
		expect(check(raw)).toEqual([]);
	});

	it('warns, without failing, on a report copied to a document host', () => {
		const raw = loadFixture();
		feature(raw, 'projects', 'uzb-fixture').properties.sources.push(
			source('https://docslib.org/doc/7736483/report')
		);
		const { problems, warnings } = withWarnings(raw);
		expect(problems).toEqual([]);
		expect(warnings).toContainEqual(
			expect.objectContaining({ feature: 'uzb-fixture', field: 'sources.1.url' })
		);
	});

	it.each([
		['https://menafn.com/1110066311/Japan-Kazakhstan-sign', 'menafn.com'],
		['https://reliefweb.int/report/kyrgyzstan/undp-japan', 'reliefweb.int'],
		['https://www.finanznachrichten.de/nachrichten-2025-11/67.htm', 'www.finanznachrichten.de'],
		['https://worldpowerplants.com/uzbekistan/navoi', 'worldpowerplants.com']
	])('warns, without failing, on a re-post at %s', (url, host) => {
		const raw = loadFixture();
		feature(raw, 'projects', 'uzb-fixture').properties.sources.push(source(url));
		const { problems, warnings } = withWarnings(raw);
		expect(problems).toEqual([]);
		expect(warnings).toContainEqual({
			file: 'projects.geojson',
			feature: 'uzb-fixture',
			field: 'sources.1.url',
			message: `a re-post on ${host}: cite the original publisher's page where one is found`
		});
	});

	it.each([
		['financing', 'Exchange of notes signed 2 March (year not captured).', 'not captured'],
		['projectCost', 'Cost from the retrieved text of the release.', 'retrieved text']
	])("fails working notes in a project's %s note", (field, text, phrase) => {
		const raw = loadFixture();
		const p = feature(raw, 'projects', 'uzb-fixture').properties;
		if (field === 'financing') p.financing[0].note = text;
		else p.projectCost = { amount: 1_000_000_000, currency: 'USD', date: '2024', note: text };
		expect(check(raw)).toEqual([
			{
				file: 'projects.geojson',
				feature: 'uzb-fixture',
				field: field === 'financing' ? 'financing.0.note' : 'projectCost.note',
				message: `working note "${phrase}" shown to readers: rewrite it for readers`
			}
		]);
	});

	it.each([
		['notes', 'Seeds mention Kyrgyz hydropower only in general terms.', 'Seeds mention'],
		['notes', 'The date of the loan is not known (yearAgreed left empty).', 'yearAgreed'],
		['notes', 'No search results confirm the handover.', 'search results'],
		['notes', 'Commissioned before 1991 (yearCommissioned null).', 'yearCommissioned'],
		['notes', 'This file draws one plausible main-line path.', 'This file draws'],
		['locationNote', 'Pavlodar city centre (GeoNames, via research notes).', 'research notes'],
		['description', "The seed article's claim was not verified.", 'seed article']
	])('fails working notes in %s ("%s")', (field, text, phrase) => {
		const raw = loadFixture();
		feature(raw, 'plants', 'plant-fixture').properties[field] = text;
		expect(check(raw)).toEqual([
			{
				file: 'plants.geojson',
				feature: 'plant-fixture',
				field,
				message: `working note "${phrase}" shown to readers: rewrite it for readers`
			}
		]);
	});

	it.each([
		[
			'segments',
			'seg-beyneu-aktau-port',
			'notes',
			'Same id as in the Northern Corridor file: merge as one feature carrying both corridors.',
			'Same id as'
		],
		[
			'segments',
			'seg-aktau-port-alat-port',
			'notes',
			'Ferry across the Caspian. Drawn length 511 km.',
			'Drawn length 511 km'
		],
		[
			'segments',
			'seg-beyneu-aktau-port',
			'locationNote',
			'Station positions; `npm run alignments` redraws the line.',
			'npm run'
		],
		[
			'segments',
			'seg-beyneu-aktau-port',
			'lengthCheckExemption',
			'The Middle Corridor file draws it short.',
			'Middle Corridor file'
		],
		[
			'places',
			'beyneu',
			'notes',
			'Shared node with the Northern Corridor file.',
			'Northern Corridor file'
		],
		[
			'places',
			'aktau-port',
			'locationNote',
			'Placed at the port point used by the atlas record aktau (GeoNames).',
			'atlas record'
		],
		['places', 'alat-port', 'description', 'Ferry terminal; verify against OSM.', 'verify against'],
		[
			'places',
			'alat-port',
			'notes',
			'Placed from general knowledge (no source).',
			'from general knowledge'
		]
	] as const)('fails working notes in %s: %s %s ("%s")', (key, id, field, text, phrase) => {
		const raw = loadFixture();
		feature(raw, key, id).properties[field] = text;
		const file = key === 'segments' ? 'corridor-segments.geojson' : 'places.geojson';
		expect(check(raw)).toContainEqual({
			file,
			feature: id,
			field,
			message: `working note "${phrase}" shown to readers: rewrite it for readers`
		});
	});

	it('accepts reader-facing notes about a drawn line and a merged company', () => {
		const raw = loadFixture();
		feature(raw, 'segments', 'seg-beyneu-aktau-port').properties.notes =
			'Curves between stations are not traced, so the drawn length is short of the published 404 km.';
		feature(raw, 'places', 'beyneu').properties.notes =
			'Operated by the railway company formed by a merger in 1997.';
		expect(check(raw)).toEqual([]);
	});

	it('fails working notes in a source publisher', () => {
		const raw = loadFixture();
		feature(raw, 'projects', 'uzb-fixture').properties.sources[0].publisher =
			'GeoNames, via research notes';
		expect(check(raw)).toEqual([
			{
				file: 'projects.geojson',
				feature: 'uzb-fixture',
				field: 'sources.0.publisher',
				message: 'working note "research notes" shown to readers'
			}
		]);
	});

	it('accepts every status of the v2 vocabulary and refuses others', () => {
		const raw = loadFixture();
		for (const s of ['financing-arranged', 'suspended', 'unknown', 'completed']) {
			feature(raw, 'mines', 'mine-fixture').properties.status = s;
			expect(check(raw)).toEqual([]);
		}
		feature(raw, 'mines', 'mine-fixture').properties.status = 'built';
		expect(check(raw)).toEqual([
			expect.objectContaining({ file: 'mines.geojson', feature: 'mine-fixture', field: 'status' })
		]);
	});

	it("fails a status source that is not one of the record's sources", () => {
		const raw = loadFixture();
		feature(raw, 'plants', 'plant-fixture').properties.statusSource = 'https://example.org/other';
		expect(check(raw)).toEqual([
			{
				file: 'plants.geojson',
				feature: 'plant-fixture',
				field: 'statusSource',
				message: "must be the URL of one of the record's sources"
			}
		]);
	});

	it('wants statusAsOf and statusSource together, and not after lastChecked', () => {
		const raw = loadFixture();
		feature(raw, 'places', 'beyneu').properties.statusSource = null;
		feature(raw, 'places', 'aktau-port').properties.statusAsOf = '2027-01';
		const problems = check(raw);
		expect(problems).toEqual([
			expect.objectContaining({ feature: 'aktau-port', field: 'statusAsOf' }),
			expect.objectContaining({ feature: 'beyneu', field: 'statusSource' })
		]);
	});

	it('warns on "under construction" older than three years before lastChecked, not before', () => {
		const raw = loadFixture();
		const seg = raw.segments.features[0].properties;
		seg.status = 'under-construction';
		seg.statusAsOf = '2024-01';
		seg.lastChecked = '2026-11-30';
		expect(withWarnings(raw).warnings.filter((w) => w.field === 'statusAsOf')).toEqual([]);
		seg.statusAsOf = '2013';
		seg.sources[0].date = '2013';
		const { problems, warnings } = withWarnings(raw);
		expect(problems).toEqual([]);
		expect(warnings).toContainEqual({
			file: 'corridor-segments.geojson',
			feature: seg.id,
			field: 'statusAsOf',
			message:
				'"under construction" as of 2013, more than 3 years before lastChecked: find a newer source'
		});
	});

	it('fails a project more than 5 km from the plant it is about, naming both', () => {
		const raw = loadFixture();
		// uzb-fixture is linked to plant-fixture; move the project ~9 km east.
		feature(raw, 'projects', 'uzb-fixture').geometry.coordinates = [69.2, 40.23];
		expect(check(raw)).toEqual([
			{
				file: 'projects.geojson',
				feature: 'uzb-fixture',
				field: 'geometry',
				message: expect.stringMatching(/^8\.5 km from "plant-fixture" \(plants\.geojson\)/)
			}
		]);
		// Within 5 km passes.
		feature(raw, 'projects', 'uzb-fixture').geometry.coordinates = [69.13, 40.23];
		expect(check(raw)).toEqual([]);
	});

	it('follows links from either side, and exempts a facility placed at a city', () => {
		const raw = loadFixture();
		feature(raw, 'projects', 'uzb-fixture').properties.relatedIds = [];
		feature(raw, 'plants', 'plant-fixture').properties.projectIds = ['uzb-fixture'];
		feature(raw, 'projects', 'uzb-fixture').geometry.coordinates = [69.2, 40.23];
		expect(onlyFixture(check(raw), 'uzb-fixture')).toHaveLength(1);
		feature(raw, 'plants', 'plant-fixture').properties.locationPrecision = 'city';
		expect(check(raw)).toEqual([]);
	});

	it('reports distinct unlinked sites at identical coordinates, unless placed at a city', () => {
		const raw = loadFixture();
		feature(raw, 'mines', 'mine-fixture').geometry.coordinates = [69.1, 40.23];
		feature(raw, 'mines', 'mine-fixture').properties.country = 'UZB';
		const { problems, warnings } = withWarnings(raw);
		expect(problems).toEqual([]);
		const shared = warnings.filter((w) => /same coordinates/.test(w.message));
		// The plant and its project share a place by design; the mine shares it with both.
		const pairs = shared.map((w) => [w.feature, w.message.match(/as "([^"]+)"/)![1]!].sort());
		expect(pairs.sort()).toEqual([
			['mine-fixture', 'plant-fixture'],
			['mine-fixture', 'uzb-fixture']
		]);
		feature(raw, 'mines', 'mine-fixture').properties.locationPrecision = 'city';
		expect(withWarnings(raw).warnings.filter((w) => /same coordinates/.test(w.message))).toEqual(
			[]
		);
	});
});
