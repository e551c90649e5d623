/**
 * Why there is no route, in the active language. English keeps the router's own sentence
 * (`reason`, also what the CLI prints); other languages are worded here from the failure's code,
 * its ends and the constraints that ruled every route out.
 */
import type { RouteFailure } from '$lib/analysis/network';
import { activeLocale, intlTag, m } from './index';

export function routeFailureText(
	failure: RouteFailure,
	corridorName: (id: string) => string = (id) => id
): string {
	if (activeLocale() === 'en') return failure.reason;
	switch (failure.code) {
		case 'unknown-origin':
			return m.route_fail_unknown_origin({ id: failure.id });
		case 'unknown-destination':
			return m.route_fail_unknown_destination({ id: failure.id });
		case 'same-place':
			return m.route_fail_same_place();
		case 'no-main-route':
			return m.route_fail_no_main_route();
		case 'no-route': {
			const rules: string[] = [];
			if (failure.avoid.includes('RUS')) rules.push(m.route_rule_avoid_rus());
			if (failure.avoid.includes('IRN')) rules.push(m.route_rule_avoid_irn());
			if (failure.avoid.includes('sea')) rules.push(m.route_rule_no_sea());
			if (failure.corridors.length)
				rules.push(
					m.route_rule_corridors({ corridors: failure.corridors.map(corridorName).join(', ') })
				);
			const ends = { from: failure.from, to: failure.to };
			if (rules.length === 0) return m.route_fail_no_route(ends);
			const list = new Intl.ListFormat(intlTag(), { type: 'conjunction' }).format(rules);
			return m.route_fail_no_route_under({ ...ends, rules: list });
		}
	}
}
