/**
 * The geodata files as the build serves them once checked (scripts/vite-checked-geodata.ts): each
 * file that passes its schema whole, as the schema's output (defaults filled in), with its SHA-256.
 * The page loads a file whose bytes match that digest as it is, on the main thread: the build
 * already checked exactly those bytes, so the load worker and the schemas' code are not fetched.
 * A file with any problem, or one that differs from what the build checked (replaced on the
 * server, say), goes through the worker's check as before.
 */
import { createHash } from 'node:crypto';
import { parseGeodata } from '../data/load';
import { GEODATA_FILES, type GeodataKey } from '../data/schemas';
import { readGeodataRaw } from './geodata';

export interface CheckedFile {
	key: GeodataKey;
	file: string;
	/** The schema's output as JSON: what the page loads. */
	text: string;
	sha256: string;
}

/** The files of `dir` that pass their schemas with no record left out, as the page gets them. */
export function checkedFiles(dir: string): CheckedFile[] {
	const files: CheckedFile[] = [];
	const { raw } = readGeodataRaw(dir);
	for (const [key, json] of Object.entries(raw) as [GeodataKey, unknown][]) {
		const parsed = parseGeodata(key, json);
		if (!parsed.ok || parsed.dropped.length) continue;
		const text = JSON.stringify(parsed.value);
		const file = GEODATA_FILES[key].file;
		files.push({ key, file, text, sha256: createHash('sha256').update(text).digest('hex') });
	}
	return files;
}
