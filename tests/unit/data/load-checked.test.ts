import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkedFiles } from '../../../src/lib/server/checked-geodata';
import { GEODATA_FILE_NAMES } from '../../../scripts/vite-checked-geodata';
import { loadChecked } from '../../../src/lib/data/load-checked';
import { loadGeodata } from '../../../src/lib/data/load';
import { loadGeodataOffThread } from '../../../src/lib/data/load-off-thread';
import { GEODATA_FILES, type GeodataKey } from '../../../src/lib/data/schemas';

const KEYS = Object.keys(GEODATA_FILES) as GeodataKey[];
const built = checkedFiles('geodata');
const served = new Map(built.map((f) => [f.key, f]));
const urls = Object.fromEntries(KEYS.map((key) => [key, `built:${key}`])) as Record<
	GeodataKey,
	string
>;
const sha256 = Object.fromEntries(built.map((f) => [f.key, f.sha256]));
/** Serves each file as the build emits it; `change` alters what one key's URL returns. */
const fetchBuilt =
	(change: Partial<Record<GeodataKey, string | number>> = {}): typeof fetch =>
	async (input) => {
		const key = String(input).slice('built:'.length) as GeodataKey;
		const altered = change[key];
		if (typeof altered === 'number') return new Response('gone', { status: altered });
		return new Response(altered ?? served.get(key)!.text);
	};
const rawFetch: typeof fetch = async (input) =>
	new Response(
		readFileSync(join('geodata', GEODATA_FILES[String(input).slice(4) as GeodataKey].file))
	);

afterEach(() => vi.unstubAllGlobals());

describe('the geodata as the build serves it (checked-geodata.ts)', () => {
	it("names the schemas' files for the plugin", () => {
		expect(GEODATA_FILE_NAMES).toEqual(
			Object.fromEntries(KEYS.map((key) => [key, GEODATA_FILES[key].file]))
		);
	});

	it("gives every file that passes as the schema's output, with the digest of those bytes", () => {
		expect(built.map((f) => f.key).sort()).toEqual([...KEYS].sort());
		for (const file of built) {
			expect(createHash('sha256').update(file.text).digest('hex')).toBe(file.sha256);
			// Checking the served text again changes nothing: it is what the check gives.
			expect(GEODATA_FILES[file.key].schema.parse(JSON.parse(file.text))).toEqual(
				JSON.parse(file.text)
			);
		}
	});
});

describe('loadChecked (files whose bytes the build checked, used as they are)', () => {
	it('gives exactly what checking the original files gives', async () => {
		const fromRaw = await loadGeodata(
			Object.fromEntries(KEYS.map((key) => [key, `raw:${key}`])),
			rawFetch
		);
		expect(fromRaw.problems).toEqual([]);
		expect(await loadChecked(urls, sha256, fetchBuilt())).toEqual(fromRaw);
	});

	it('gives up, for the schemas to check, on a changed byte, an HTTP error or a missing digest', async () => {
		const projects = served.get('projects')!.text;
		expect(await loadChecked(urls, sha256, fetchBuilt({ projects: `${projects} ` }))).toBeNull();
		expect(await loadChecked(urls, sha256, fetchBuilt({ mines: 404 }))).toBeNull();
		expect(await loadChecked(urls, { ...sha256, places: undefined }, fetchBuilt())).toBeNull();
	});

	it('gives up where there is no Web Crypto (a page not served securely)', async () => {
		vi.stubGlobal('crypto', {});
		expect(await loadChecked(urls, sha256, fetchBuilt())).toBeNull();
	});

	it('hands a changed file to the schemas, which report what is wrong with it', async () => {
		const bad = JSON.parse(served.get('projects')!.text);
		bad.features[0].properties.sources[0].url = 'not a url';
		const result = await loadGeodataOffThread(urls, {
			sha256,
			spawn: () => null,
			fetchFn: fetchBuilt({ projects: JSON.stringify(bad) })
		});
		expect(result.problems).toEqual([
			expect.objectContaining({
				file: 'projects.geojson',
				record: bad.features[0].properties.id,
				kind: 'invalid'
			})
		]);
		expect(result.data.projects!.features.length).toBe(bad.features.length - 1);
	});
});
