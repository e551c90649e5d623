/**
 * Fetching one JSON file and checking it with a schema, the problems it reports. Apart
 * from the geodata's schemas (load.ts), so that the main thread can load the routing network
 * without bundling them: the geodata is checked in a worker (load-off-thread.ts).
 */
import { z } from './zod';
import { fileProblem, type LoadProblem } from './problem';

export type { LoadProblem } from './problem';

/** The first few zod issues as "features.3.properties.country: unknown code", and how many more. */
export function issueDetail(
	error: z.core.$ZodError,
	max = 3
): { detail: string; moreIssues?: number } {
	const detail = error.issues
		.slice(0, max)
		.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
		.join('; ');
	return error.issues.length > max ? { detail, moreIssues: error.issues.length - max } : { detail };
}

/** Fetches one JSON file and validates it with `schema`. Never throws. */
export async function loadJson<T>(
	file: string,
	url: string,
	schema: z.ZodMiniType<T>,
	fetchFn: typeof fetch = fetch
): Promise<{ ok: true; value: T } | { ok: false; problem: LoadProblem }> {
	try {
		const response = await fetchFn(url);
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const parsed = schema.safeParse(await response.json());
		if (parsed.success) return { ok: true, value: parsed.data };
		return { ok: false, problem: fileProblem(file, 'invalid', issueDetail(parsed.error)) };
	} catch (error) {
		return {
			ok: false,
			problem: fileProblem(file, 'unreadable', { detail: (error as Error).message })
		};
	}
}
