/**
 * The problems a load reports. Free of zod, so that the main thread can report a file it could
 * not load without bundling the schemas' code.
 */
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
