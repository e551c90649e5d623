/**
 * Reads the geodata files and the Natural Earth countries from disk: the one reader for Node code
 * (scripts, prerendered pages, tests). Relative imports without `$lib` or file extensions, so both
 * Vite and tsx load it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { withAlignments } from '../data/alignments';
import { CountryIndex } from '../data/country-index';
import { parseGeodata, type Geodata, type LoadProblem, type LoadResult } from '../data/load';
import { CHECK_SCALE, countriesFromTopology } from '../data/natural-earth';
import { GEODATA_FILES, type GeodataKey } from '../data/schemas';

export const GEODATA_FOLDER = 'geodata';

const GEODATA_KEYS = Object.keys(GEODATA_FILES) as GeodataKey[];

export interface RawGeodata {
	/** Parsed JSON of each readable file; unreadable files are left out. */
	raw: Partial<Record<GeodataKey, unknown>>;
	/** One per file that is missing or not valid JSON, in GEODATA_FILES order. */
	problems: LoadProblem[];
}

/** The JSON of every geodata file in `folder`, unvalidated. Never throws. */
export function readGeodataRaw(folder = GEODATA_FOLDER): RawGeodata {
	const raw: RawGeodata['raw'] = {};
	const problems: LoadProblem[] = [];
	for (const key of GEODATA_KEYS) {
		const file = GEODATA_FILES[key].file;
		try {
			raw[key] = JSON.parse(readFileSync(join(folder, file), 'utf8'));
		} catch (error) {
			const detail = (error as Error).message;
			problems.push({
				file,
				kind: 'unreadable',
				detail,
				message: `cannot be read as JSON (${detail})`
			});
		}
	}
	return { raw, problems };
}

/**
 * Every geodata file in `folder`, validated with its schema. A file that cannot be read or fails
 * validation is reported and left out, as in the app. Never throws.
 */
export function readGeodata(folder = GEODATA_FOLDER): LoadResult {
	const { raw, problems } = readGeodataRaw(folder);
	const data: Partial<Geodata> = {};
	for (const key of GEODATA_KEYS) {
		if (raw[key] === undefined) continue;
		const parsed = parseGeodata(key, raw[key]);
		if (parsed.ok) (data as Record<string, unknown>)[key] = parsed.value;
		else problems.push(parsed.problem);
	}
	return { data: withAlignments(data), problems };
}

/** The files in `keys`, validated; throws naming the file when one is unreadable or invalid. */
export function readRequiredGeodata<K extends GeodataKey>(
	keys: readonly K[],
	folder = GEODATA_FOLDER
): Pick<Geodata, K> {
	const { data, problems } = readGeodata(folder);
	for (const key of keys) {
		if (data[key]) continue;
		const file = GEODATA_FILES[key].file;
		const problem = problems.find((p) => p.file === file);
		throw new Error(`${join(folder, file)}: ${problem?.message ?? 'not loaded'}`);
	}
	return data as Pick<Geodata, K>;
}

let countryIndex: CountryIndex | undefined;

/**
 * Natural Earth countries at CHECK_SCALE, indexed. Built once per process: parsing and clipping
 * the 1:10m topology takes about a second.
 */
export function loadCountryIndex(): CountryIndex {
	if (!countryIndex) {
		const require = createRequire(import.meta.url);
		const path = require.resolve(`world-atlas/countries-${CHECK_SCALE}.json`);
		const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
		countryIndex = new CountryIndex(countriesFromTopology(topology));
	}
	return countryIndex;
}
