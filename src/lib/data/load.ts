/**
 * Loads the geodata files and validates each with its zod schema. A file that fails to load or
 * validate is reported and left out; the others still load, so the map keeps working.
 */
import type { z } from 'zod';
import { withAlignments } from './alignments';
import { GEODATA_FILES, type GeodataKey } from './schemas';

export type Geodata = {
	[K in GeodataKey]: z.infer<(typeof GEODATA_FILES)[K]['schema']>;
};

export interface LoadProblem {
	file: string;
	message: string;
}

export interface LoadResult {
	data: Partial<Geodata>;
	problems: LoadProblem[];
}

/** Formats the first few zod issues as "features.3.properties.country: unknown code". */
export function describeIssues(error: z.ZodError, max = 3): string {
	const parts = error.issues
		.slice(0, max)
		.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
	const more = error.issues.length > max ? ` (+${error.issues.length - max} more)` : '';
	return parts.join('; ') + more;
}

/** Validates one geodata file's JSON with its schema. */
export function parseGeodata<K extends GeodataKey>(
	key: K,
	json: unknown
): { ok: true; value: Geodata[K] } | { ok: false; message: string } {
	const result = GEODATA_FILES[key].schema.safeParse(json);
	if (result.success) return { ok: true, value: result.data as Geodata[K] };
	return { ok: false, message: describeIssues(result.error) };
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
			const { file, schema } = GEODATA_FILES[key];
			const result = await loadJson(file, url, schema as z.ZodType<unknown>, fetchFn);
			if (result.ok) (data as Record<string, unknown>)[key] = result.value;
			else problems.push(result.problem);
		})
	);
	problems.sort((a, b) => a.file.localeCompare(b.file));
	return { data: withAlignments(data), problems };
}

/** Fetches one JSON file and validates it with `schema`. Never throws. */
export async function loadJson<T>(
	file: string,
	url: string,
	schema: z.ZodType<T>,
	fetchFn: typeof fetch = fetch
): Promise<{ ok: true; value: T } | { ok: false; problem: LoadProblem }> {
	try {
		const response = await fetchFn(url);
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const parsed = schema.safeParse(await response.json());
		if (parsed.success) return { ok: true, value: parsed.data };
		return { ok: false, problem: { file, message: describeIssues(parsed.error) } };
	} catch (error) {
		return {
			ok: false,
			problem: { file, message: `could not be loaded (${(error as Error).message})` }
		};
	}
}
