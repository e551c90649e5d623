/**
 * A link may name records, corridors or route ends that are not in the data (a typo, an old
 * link, a record since renamed). The URL codec can only check their form; once the data is in,
 * this drops the unknown ones and says which, in the same words as the codec's notices.
 */
import type { IgnoredParam } from './url-codec';
import type { ViewState } from './view';

/** What the loaded data knows; `undefined` where that part did not load (nothing is dropped). */
export interface KnownIds {
	record?: (id: string) => boolean;
	corridor?: (id: string) => boolean;
	node?: (id: string) => boolean;
}

export function dropUnknownIds(
	state: ViewState,
	known: KnownIds
): { state: ViewState; ignored: IgnoredParam[] } {
	// A copy of the parts changed here (the state may be a reactive proxy, which can't be cloned).
	const next: ViewState = { ...state, compare: [...state.compare] };
	const ignored: IgnoredParam[] = [];
	const { record, corridor, node } = known;
	if (record && next.selected && !record(next.selected)) {
		ignored.push({
			param: 'sel',
			reason: `Selected record: “${next.selected}” is not a record in the atlas; nothing is selected`
		});
		next.selected = null;
		if (next.panel === 'detail') next.panel = null;
	}
	if (corridor && next.compare.length > 0) {
		const unknown = next.compare.filter((id) => !corridor(id));
		if (unknown.length > 0) {
			next.compare = next.compare.filter(corridor);
			const kept = next.compare.length
				? `kept ${next.compare.join(', ')}`
				: 'the default corridors are compared';
			const names = unknown.map((id) => `“${id}”`).join(', ');
			const verb = unknown.length === 1 ? 'is not a known corridor' : 'are not known corridors';
			ignored.push({ param: 'compare', reason: `Compared corridors: ${names} ${verb}; ${kept}` });
		}
	}
	if (node && next.route) {
		for (const end of ['from', 'to'] as const) {
			const id = next.route[end];
			if (!node(id)) {
				const label = end === 'from' ? 'Route start' : 'Route destination';
				ignored.push({
					param: end,
					reason: `${label}: “${id}” is not a place on the transport network; no route is shown`
				});
			}
		}
		if (ignored.some((i) => i.param === 'from' || i.param === 'to')) next.route = null;
	}
	return { state: next, ignored };
}
