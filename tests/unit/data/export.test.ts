import { describe, expect, it } from 'vitest';
import { toCSV, toGeoJSON } from '../../../src/lib/data/export';
import { indexRecords } from '../../../src/lib/data/records';
import { readRequiredGeodata } from '../../../src/lib/server/geodata';

const { projects, plants } = readRequiredGeodata(
	['projects', 'plants'],
	'tests/fixtures/geodata-valid'
);

describe('export', () => {
	const index = indexRecords({ projects, plants });

	it('writes GeoJSON with every field and the sources', () => {
		const out = JSON.parse(
			toGeoJSON(index.all, { filter: '?country=UZB&v=1', exportedAt: '2026-11-30T12:00:00Z' })
		);
		expect(out.metadata).toMatchObject({
			licence: 'CC BY 4.0',
			attribution: expect.stringContaining('Corridor Atlas contributors'),
			filter: '?country=UZB&v=1',
			exportedAt: '2026-11-30T12:00:00Z',
			count: 2
		});
		expect(out.features).toHaveLength(2);
		expect(out.features[1].properties).toMatchObject({ layer: 'projects', id: 'uzb-fixture' });
		expect(out.features[1].properties.sources[0].url).toBe('https://example.org/fixture');
	});

	it('writes one CSV row per record with its sources', () => {
		const csv = toCSV(index.all);
		expect(csv.startsWith('\uFEFFid,layer,')).toBe(true);
		const lines = csv.trim().split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/^id,layer,name,countries,status/);
		expect(lines[2]).toContain(
			'uzb-fixture,projects,Fixture project,UZB,operational,2025-01,https://example.org/fixture,power'
		);
		expect(lines[2]).toContain('https://example.org/fixture');
	});

	it("keeps Japan's financing and the project cost in separate, labelled columns", () => {
		const r = structuredClone(index.all[1]!);
		if (r.layer !== 'projects') throw new Error('fixture order changed');
		r.props.financing = [
			{ ...r.props.financing[0]!, amount: 11_915e6, currency: 'JPY', date: '2015-10' }
		];
		r.props.projectCost = { amount: 2e9, currency: 'JPY', date: '2015', note: 'all lenders' };
		r.facets = indexRecords({
			projects: {
				type: 'FeatureCollection',
				features: [{ type: 'Feature', geometry: r.geometry as never, properties: r.props }]
			}
		}).all[0]!.facets;
		const [head, row] = toCSV([r]).replace('\uFEFF', '').trim().split('\r\n');
		expect(head).toContain(
			'japan_financing_usd_millions,japan_financing_provisional,financing,project_cost,project_cost_currency,project_cost_date,project_cost_usd_millions,project_cost_note'
		);
		// ¥11.915bn at the 2015 average (121.04) is US$98.44 m; the ¥2bn cost is US$16.52 m and
		// stays in its own columns, out of Japan's figure.
		expect(row).toContain(
			',98.44,,"JBIC: 11915000000 JPY (loan, 2015-10) = US$98.44 m at 2015 rate",2000000000,JPY,2015,16.52,all lenders,'
		);
	});

	it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
		const r = structuredClone(index.all[1]!);
		r.name = '=HYPERLINK("http://evil","x"), y';
		const line = toCSV([r]).split('\r\n')[1]!;
		expect(line).toContain(`"'=HYPERLINK(""http://evil"",""x""), y"`);
	});

	it('defuses a formula hidden behind a zero-width space, a BOM or blanks', () => {
		for (const name of ['\u200B=1+1', '\uFEFF+1', ' \u200D@SUM(A1)', '\u2060-2']) {
			const r = structuredClone(index.all[1]!);
			r.name = name;
			const cells = toCSV([r]).split('\r\n')[1]!;
			expect(cells).toContain(`,'${name},`);
		}
	});
});
