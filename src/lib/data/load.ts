/**
 * Loads the geodata files and validates each with its zod schema. An invalid record is left out
 * and reported by id and field, the rest of its file still loads; a file that can't be read is
 * reported and left out, and the others still load, so the map keeps working.
 */
import { z } from './zod';
import { withAlignments } from './alignments';
import { GEODATA_FILES, type GeodataKey } from './schemas';
import { issueDetail, loadJson } from './load-json';
import { fileProblem, type LoadProblem } from './problem';

export type { LoadProblem } from './problem';

export type Geodata = {
	[K in GeodataKey]: z.infer<(typeof GEODATA_FILES)[K]['schema']>;
};

export interface LoadResult {
	data: Partial<Geodata>;
	problems: LoadProblem[];
}

/** The list of records in each file: features, or corridors. */
const RECORD_LIST: Record<GeodataKey, 'features' | 'corridors'> = {
	corridors: 'corridors',
	segments: 'features',
	places: 'features',
	plants: 'features',
	mines: 'features',
	projects: 'features',
	alignments: 'features'
};

/** A one-record file's issues as "sources.0.url: must be an http(s) URL", fields only. */
function recordIssues(error: z.core.$ZodError): string {
	return error.issues
		.slice(0, 2)
		.map((i) => {
			const path = i.path.slice(2).filter((p) => p !== 'properties');
			return `${path.join('.') || '(record)'}: ${i.message}`;
		})
		.join('; ');
}

function recordLabel(item: unknown, index: number): string {
	const p = item as { id?: unknown; properties?: { id?: unknown } } | null;
	const id = p?.properties?.id ?? p?.id;
	return typeof id === 'string' && id ? id.slice(0, 80) : `#${index + 1}`;
}

/**
 * Validates one geodata file's JSON with its schema. When the file as a whole fails, each record
 * is validated on its own: the valid ones are kept and each invalid one is reported, so one bad
 * record does not hide its whole layer. Fails only when the file's frame is wrong or no record is
 * valid.
 */
export function parseGeodata<K extends GeodataKey>(
	key: K,
	json: unknown
): { ok: true; value: Geodata[K]; dropped: LoadProblem[] } | { ok: false; problem: LoadProblem } {
	const { file, schema } = GEODATA_FILES[key];
	const whole = schema.safeParse(json);
	if (whole.success) return { ok: true, value: whole.data as Geodata[K], dropped: [] };
	const list = RECORD_LIST[key];
	const items = (json as Record<string, unknown> | null)?.[list];
	const invalid = () =>
		({ ok: false, problem: fileProblem(file, 'invalid', issueDetail(whole.error)) }) as const;
	if (!Array.isArray(items)) return invalid();
	const kept: unknown[] = [];
	const dropped: LoadProblem[] = [];
	items.forEach((item, i) => {
		// A file of this one record: the frame and the record are checked as the whole file is.
		const one = schema.safeParse({ ...(json as object), [list]: [item] });
		if (one.success) kept.push((one.data as Record<string, unknown[]>)[list]![0]);
		else {
			const detail = recordIssues(one.error);
			dropped.push({
				file,
				record: recordLabel(item, i),
				kind: 'invalid',
				detail,
				message: detail
			});
		}
	});
	if (kept.length === 0) return invalid();
	const value = schema.parse({ ...(json as object), [list]: kept }) as Geodata[K];
	return { ok: true, value, dropped };
}

/** Fetches and validates every file named in `urls`. Never throws. */
export async function loadGeodata(
	urls: Partial<Record<GeodataKey, string>>,
	fetchFn: typeof fetch = fetch
): Promise<LoadResult> {
	const data: Partial<Geodata> = {};
	const problems: LoadProblem[] = [];
	await Promise.all(
		(Object.entries(urls) as [GeodataKey, string][]).map(async ([key, url]) => {
			const { file } = GEODATA_FILES[key];
			const loaded = await loadJson(file, url, jsonSchema, fetchFn);
			if (!loaded.ok) return problems.push(loaded.problem);
			const parsed = parseGeodata(key, loaded.value);
			if (parsed.ok) {
				(data as Record<string, unknown>)[key] = parsed.value;
				problems.push(...parsed.dropped);
			} else problems.push(parsed.problem);
		})
	);
	problems.sort((a, b) => a.file.localeCompare(b.file));
	return { data: withAlignments(data), problems };
}

/** Any JSON: records are validated one by one afterwards. */
const jsonSchema = z.unknown();
