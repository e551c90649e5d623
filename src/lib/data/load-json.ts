/**
 * Fetching one JSON file and checking it with a schema, and the problems a load reports. Apart
 * from the geodata's schemas (load.ts), so that the main thread can load the routing network
 * without bundling them: the geodata is checked in a worker (load-off-thread.ts).
 */
import { z } from './zod';

export interface LoadProblem {
	file: string;
	/** The record left out (its id, or its position), when only that record was invalid. */
	record?: string;
	/** 'unreadable': the file could not be fetched or read; 'invalid': it failed its schema. */
	kind: 'unreadable' | 'invalid';
	/** The technical detail, never translated: "HTTP 404", or the schema's issues by field. */
	detail: string;
	/** Issues left out of `detail`. */
	moreIssues?: number;
	/** What the app can't do without the file, beyond showing it ('routing': no comparison or routing). */
	effect?: 'routing';
	/** The whole problem in English, for logs and the command line. The UI words it per language. */
	message: string;
}

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

/** A problem with the file as a whole, its English message included. */
export function fileProblem(
	file: string,
	kind: LoadProblem['kind'],
	found: { detail: string; moreIssues?: number }
): LoadProblem {
	const more = found.moreIssues ? ` (+${found.moreIssues} more)` : '';
	const message =
		kind === 'unreadable' ? `could not be loaded (${found.detail})` : found.detail + more;
	return { file, kind, ...found, message };
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
