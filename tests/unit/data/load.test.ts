/** Loading geodata: one invalid record is left out and named; the rest of its layer loads. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGeodata, parseGeodata } from '../../../src/lib/data/load';
import { safeHref } from '../../../src/lib/data/format';

const projects = () =>
	JSON.parse(readFileSync('tests/fixtures/geodata-valid/projects.geojson', 'utf8'));

describe('parseGeodata', () => {
	it('keeps the valid records and names each invalid one with its field', () => {
		const file = projects();
		const good = file.features[0];
		const bad = structuredClone(good);
		bad.properties.id = 'uzb-bad';
		bad.properties.sources[0].url = 'javascript:alert(1)';
		const nameless = structuredClone(good);
		nameless.properties.id = 'uzb-nameless';
		delete nameless.properties.name;
		file.features.push(bad, nameless);
		const result = parseGeodata('projects', file);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.features.map((f) => f.properties.id)).toEqual([good.properties.id]);
		expect(result.dropped).toEqual([
			{
				file: 'projects.geojson',
				record: 'uzb-bad',
				kind: 'invalid',
				detail: 'sources.0.url: must be an http(s) URL',
				message: 'sources.0.url: must be an http(s) URL'
			},
			{
				file: 'projects.geojson',
				record: 'uzb-nameless',
				kind: 'invalid',
				detail: expect.stringMatching(/^name: /),
				message: expect.stringMatching(/^name: /)
			}
		]);
	});

	it('fails the file when its frame is wrong or no record is valid', () => {
		expect(parseGeodata('projects', { type: 'Nope', features: [] }).ok).toBe(false);
		expect(parseGeodata('projects', '<html>').ok).toBe(false);
		const file = projects();
		file.features[0].properties.status = 'bogus';
		expect(parseGeodata('projects', file).ok).toBe(false);
	});

	it('names a record without an id by its position', () => {
		const file = projects();
		const copy = structuredClone(file.features[0]);
		copy.properties.id = 42;
		file.features.push(copy);
		const result = parseGeodata('projects', file);
		expect(result.ok && result.dropped[0]?.record).toBe('#2');
	});
});

describe('loadGeodata', () => {
	it('reports files that fail to load and records that fail to validate, sorted by file', async () => {
		const file = projects();
		const bad = structuredClone(file.features[0]);
		bad.properties.id = 'uzb-bad';
		bad.properties.countries = ['XXX'];
		file.features.push(bad);
		const fetchFn: typeof fetch = async (url) =>
			String(url) === 'projects'
				? new Response(JSON.stringify(file))
				: new Response('gone', { status: 404 });
		const { data, problems } = await loadGeodata({ projects: 'projects', mines: 'mines' }, fetchFn);
		expect(data.projects?.features).toHaveLength(1);
		expect(data.mines).toBeUndefined();
		expect(problems).toEqual([
			{
				file: 'mines.geojson',
				kind: 'unreadable',
				detail: 'HTTP 404',
				message: 'could not be loaded (HTTP 404)'
			},
			{
				file: 'projects.geojson',
				record: 'uzb-bad',
				kind: 'invalid',
				detail: expect.stringMatching(/^countries\.0: unknown ISO/),
				message: expect.stringMatching(/^countries\.0: unknown ISO/)
			}
		]);
	});
});

describe('safeHref', () => {
	it('allows only absolute http(s) URLs', () => {
		expect(safeHref('https://www.jica.go.jp/english/news/')).toBe(
			'https://www.jica.go.jp/english/news/'
		);
		expect(safeHref(' http://example.org/a b ')).toBe('http://example.org/a%20b');
		for (const bad of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			' javascript:alert(1)',
			'java\tscript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:x',
			'/relative/path',
			'//evil.example/x',
			'',
			null,
			42
		])
			expect(safeHref(bad)).toBeNull();
	});
});
