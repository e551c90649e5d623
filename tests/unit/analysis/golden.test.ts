/**
 * Golden files: the network and the country breakdowns built from the hand-made geodata in
 * tests/fixtures/golden/in/ must equal the JSON in tests/fixtures/golden/out/.
 * `REGEN=1 npx vitest run --project unit` rewrites out/ instead; review the diff before committing.
 *
 * in/countries.geojson has square countries: GEO, AZE, open sea, then KAZ with RUS to its north.
 * The segments cross the AZE–GEO and KAZ–RUS borders and the sea between AZE and KAZ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { breakdownLine } from '../../../src/lib/analysis/breakdown';
import { buildNetwork } from '../../../src/lib/analysis/build-network';
import { CountryIndex } from '../../../src/lib/data/country-index';
import type { CountryCollection } from '../../../src/lib/data/natural-earth';
import { readRequiredGeodata } from '../../../src/lib/server/geodata';

const IN = 'tests/fixtures/golden/in';
const OUT = 'tests/fixtures/golden/out';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const countries = new CountryIndex(readJson(join(IN, 'countries.geojson')) as CountryCollection);

/** Pretty JSON with numbers rounded to 5 decimals (about 1 m), so float noise does not churn it. */
const goldenText = (value: unknown) =>
	JSON.stringify(
		value,
		(_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e5) / 1e5 : v),
		'\t'
	) + '\n';

function expectGolden(file: string, value: unknown) {
	const path = join(OUT, file);
	const text = goldenText(value);
	if (process.env.REGEN) writeFileSync(path, text);
	expect(JSON.parse(text)).toEqual(readJson(path));
}

describe('golden files', () => {
	it('buildNetwork', () => {
		const { segments, places } = readRequiredGeodata(['segments', 'places'], IN);
		expectGolden('network.json', buildNetwork(segments, places, countries));
	});

	it('breakdownLine', () => {
		const lines = readJson(join(IN, 'lines.geojson')) as FeatureCollection<
			LineString,
			{ id: string }
		>;
		expectGolden(
			'breakdown.json',
			Object.fromEntries(
				lines.features.map((f) => [
					f.properties.id,
					breakdownLine(f.geometry.coordinates, countries)
				])
			)
		);
	});
});
