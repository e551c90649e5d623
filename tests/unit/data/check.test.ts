/**
 * The data check against broken fixtures: each kind of problem is reported naming the file, the
 * feature and the field.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { CountryIndex, checkGeodata, type Problem } from '../../../src/lib/data/check';
import { CHECK_SCALE, countriesFromTopology } from '../../../src/lib/data/natural-earth';
import { GEODATA_FILES, type GeodataKey } from '../../../src/lib/data/schemas';

const FIXTURE = 'tests/fixtures/geodata-valid';
type Raw = Record<GeodataKey, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function loadFixture(): Raw {
	const raw = {} as Raw;
	for (const [key, { file }] of Object.entries(GEODATA_FILES))
		raw[key as GeodataKey] = JSON.parse(readFileSync(join(FIXTURE, file), 'utf8'));
	return raw;
}

let countries: CountryIndex;
beforeAll(() => {
	const require = createRequire(import.meta.url);
	const topology = JSON.parse(
		readFileSync(require.resolve(`world-atlas/countries-${CHECK_SCALE}.json`), 'utf8')
	) as Topology;
	countries = new CountryIndex(countriesFromTopology(topology));
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
		// [40.23, 69.1] lies in the Arctic north of Russia; swapped it lies in Uzbekistan.
		expect(problems).toHaveLength(1);
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
		expect(check(raw)).toEqual([]);
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

	it('reports negative amounts, implausible years and a USD figure that does not match its rate', () => {
		const raw = loadFixture();
		const p = feature(raw, 'projects', 'uzb-fixture').properties;
		p.financing[0].amount = -5;
		p.yearAgreed = 1850;
		const fields = check(raw).map((x) => x.field);
		expect(fields).toEqual(expect.arrayContaining(['financing.0.amount', 'yearAgreed']));
		const raw2 = loadFixture();
		feature(raw2, 'projects', 'uzb-fixture').properties.financing[0].usd = 100;
		expect(check(raw2)[0]).toMatchObject({ field: 'financing.0.usd' });
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

describe('npm run data:check', () => {
	it('prints file, feature and field for each problem and exits non-zero', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
		cpSync(FIXTURE, dir, { recursive: true });
		const projects = JSON.parse(readFileSync(join(dir, 'projects.geojson'), 'utf8'));
		projects.features[0].properties.sources = [];
		writeFileSync(join(dir, 'projects.geojson'), JSON.stringify(projects));
		let output = '';
		let status = 0;
		try {
			execFileSync('node_modules/.bin/tsx', ['scripts/data-check.ts', dir], {
				encoding: 'utf8',
				stdio: 'pipe'
			});
		} catch (error) {
			const e = error as { status: number; stderr: string };
			status = e.status;
			output = e.stderr;
		}
		expect(status).toBe(1);
		expect(output).toContain(
			'projects.geojson: feature uzb-fixture: sources: at least one source is required'
		);
	});

	it('passes on the real geodata', () => {
		const out = execFileSync('node_modules/.bin/tsx', ['scripts/data-check.ts'], {
			encoding: 'utf8'
		});
		expect(out).toMatch(/is valid/);
	});
});
