/**
 * Vite plugin: the geodata files (the top-level geodata/ folder) as hashed assets, exported by
 * `virtual:checked-geodata` with the SHA-256 of each file the build checked
 * (src/lib/server/checked-geodata.ts), so that the page can load those without checking them
 * again. A file with problems is emitted as it is, for the page's check to find and report them.
 * In `vite dev` the files are served as they are and all are checked in the page's worker.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const MODULE = 'virtual:checked-geodata';
const RESOLVED = `\0${MODULE}`;

/** The files by key, as in src/lib/data/schemas.ts GEODATA_FILES (checked by a unit test). */
export const GEODATA_FILE_NAMES = {
	corridors: 'corridors.json',
	segments: 'corridor-segments.geojson',
	places: 'places.geojson',
	plants: 'plants.geojson',
	mines: 'mines.geojson',
	projects: 'projects.geojson',
	alignments: 'corridor-alignments.geojson'
} as const;
type Key = keyof typeof GEODATA_FILE_NAMES;

/** The checked files, from a child process: the schemas are TypeScript modules of the app. */
function checkedFiles(dir: string): Map<string, { text: string; sha256: string }> {
	const tsx = createRequire(import.meta.url).resolve('tsx/cli');
	const out = execFileSync(process.execPath, [tsx, 'scripts/checked-geodata.ts', dir], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024
	});
	const files = JSON.parse(out) as { key: string; text: string; sha256: string }[];
	return new Map(files.map((f) => [f.key, f]));
}

export function checkedGeodata(dir = 'geodata'): Plugin {
	let building = false;
	const keys = Object.keys(GEODATA_FILE_NAMES) as Key[];
	return {
		name: 'checked-geodata',
		configResolved(config) {
			building = config.command === 'build';
		},
		resolveId(id) {
			return id === MODULE ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return;
			if (!building) {
				const imports = keys.map(
					(key, i) =>
						`import url${i} from ${JSON.stringify(`${resolve(dir, GEODATA_FILE_NAMES[key])}?url`)};`
				);
				const entries = keys.map((key, i) => `${JSON.stringify(key)}: { url: url${i} }`);
				return `${imports.join('\n')}\nexport const GEODATA_ASSETS = {${entries.join(', ')}};\n`;
			}
			const checked = checkedFiles(dir);
			const entries = keys.map((key) => {
				const path = join(dir, GEODATA_FILE_NAMES[key]);
				this.addWatchFile(path);
				const file = checked.get(key);
				const source = file ? file.text : readFileSync(path);
				const ref = this.emitFile({ type: 'asset', name: GEODATA_FILE_NAMES[key], source });
				const sha256 = file ? `, sha256: ${JSON.stringify(file.sha256)}` : '';
				return `${JSON.stringify(key)}: { url: import.meta.ROLLUP_FILE_URL_${ref}${sha256} }`;
			});
			return `export const GEODATA_ASSETS = {${entries.join(',\n')}};\n`;
		}
	};
}
