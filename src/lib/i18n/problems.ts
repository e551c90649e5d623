/**
 * Load problems in the active language: the sentence around a problem is translated, its
 * technical detail (the HTTP status, the schema's field and message) is shown as it is.
 */
import type { LoadProblem } from '$lib/data/load';
import { m } from './index';

/** What went wrong with a file or record: "could not be loaded (HTTP 404)". */
export function problemText(p: LoadProblem): string {
	const what =
		p.kind === 'unreadable'
			? m.problem_unreadable({ detail: p.detail })
			: p.detail + (p.moreIssues ? m.problem_more_issues({ count: p.moreIssues }) : '');
	return p.effect === 'routing' ? m.problem_routing_unavailable({ reason: what }) : what;
}
