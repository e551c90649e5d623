/**
 * corridor-alignments.geojson is reproducible from the repository alone: rebuilding it from
 * geodata/ and the vendored OpenStreetMap subset in geodata/osm/ gives the committed file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignmentsFromVendored } from '../../../src/lib/server/osm';

describe('corridor-alignments.geojson', () => {
	it('is what npm run alignments makes from the vendored inputs', () => {
		const committed = JSON.parse(readFileSync('geodata/corridor-alignments.geojson', 'utf8'));
		expect(alignmentsFromVendored()).toEqual(committed);
	}, 120_000);

	it('credits OpenStreetMap under the ODbL', () => {
		const committed = JSON.parse(readFileSync('geodata/corridor-alignments.geojson', 'utf8'));
		expect(committed.attribution).toBe('© OpenStreetMap contributors');
		expect(committed.license).toMatch(/ODbL/);
	});
});
