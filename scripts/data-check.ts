/**
 * Validates every geodata file: `npm run data:check [-- <folder>]` (default: geodata/).
 * Prints one line per problem (file, feature id, field, what is wrong) and exits 1 on any problem.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { CountryIndex, checkGeodata, formatProblem } from '../src/lib/data/check.ts';
import { CHECK_SCALE, countriesFromTopology } from '../src/lib/data/natural-earth.ts';
import { GEODATA_FILES, type GeodataKey } from '../src/lib/data/schemas.ts';

const folder = process.argv[2] ?? 'geodata';
const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve(`world-atlas/countries-${CHECK_SCALE}.json`), 'utf8')
) as Topology;
const countries = new CountryIndex(countriesFromTopology(topology));

const raw: Partial<Record<GeodataKey, unknown>> = {};
const counts: string[] = [];
for (const [key, { file }] of Object.entries(GEODATA_FILES) as [GeodataKey, { file: string }][]) {
	try {
		raw[key] = JSON.parse(readFileSync(join(folder, file), 'utf8'));
		const items = raw[key] as { features?: unknown[]; corridors?: unknown[] };
		counts.push(`${file}: ${(items.features ?? items.corridors ?? []).length}`);
	} catch (error) {
		console.error(
			`${file}: feature -: (file): cannot be read as JSON (${(error as Error).message})`
		);
	}
}

const problems = checkGeodata(raw, countries);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
	console.error(`data:check: ${problems.length} problem(s) in ${folder}/`);
	process.exit(1);
}
console.log(`data:check: ${folder}/ is valid (${counts.join(', ')})`);
