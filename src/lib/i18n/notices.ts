/**
 * The link notices in the active language. English keeps the codec's own wording (`reason`); other
 * languages are worded here from the notice's data (what kind, which parameter, which values).
 */
import type { IgnoredParam } from '$lib/state/url-codec';
import { activeLocale, m } from './index';

type Param = { label: () => string; fallback: () => string };
const PARAMS: Record<string, Param> = {
	v: { label: m.param_v_label, fallback: m.param_v_fallback },
	map: { label: m.param_map_label, fallback: m.param_map_fallback },
	layers: { label: m.param_layers_label, fallback: m.param_layers_fallback },
	country: { label: m.param_country_label, fallback: m.param_country_fallback },
	sector: { label: m.param_sector_label, fallback: m.param_sector_fallback },
	priority: { label: m.param_priority_label, fallback: m.param_priority_fallback },
	status: { label: m.param_status_label, fallback: m.param_status_fallback },
	fin: { label: m.param_fin_label, fallback: m.param_fin_fallback },
	year: { label: m.param_year_label, fallback: m.param_year_fallback },
	amount: { label: m.param_amount_label, fallback: m.param_amount_fallback },
	known: { label: m.param_known_label, fallback: m.param_known_fallback },
	q: { label: m.param_q_label, fallback: m.param_q_fallback },
	sel: { label: m.param_sel_label, fallback: m.param_sel_fallback },
	compare: { label: m.param_compare_label, fallback: m.param_compare_fallback },
	dest: { label: m.param_dest_label, fallback: m.param_dest_fallback },
	from: { label: m.param_from_label, fallback: m.param_from_fallback },
	to: { label: m.param_to_label, fallback: m.param_to_fallback },
	avoid: { label: m.param_avoid_label, fallback: m.param_avoid_fallback },
	by: { label: m.param_by_label, fallback: m.param_by_fallback },
	panel: { label: m.param_panel_label, fallback: m.param_panel_fallback },
	sort: { label: m.param_sort_label, fallback: m.param_sort_fallback },
	inview: { label: m.param_inview_label, fallback: m.param_inview_fallback },
	embed: { label: m.param_embed_label, fallback: m.param_embed_fallback }
};

export function ignoredReason(item: IgnoredParam): string {
	if (activeLocale() === 'en') return item.reason;
	const spec = PARAMS[item.param];
	const label = spec?.label() ?? item.param;
	const fallback = spec?.fallback() ?? '';
	const value = item.value ?? '';
	switch (item.kind) {
		case 'unreadable':
			return m.notice_unreadable();
		case 'too-many':
			return m.notice_too_many();
		case 'unknown-param':
			return m.notice_unknown_param({ name: value });
		case 'repeated':
			return m.notice_repeated({ label });
		case 'bad-value':
			return m.notice_bad_value({ label, value, fallback });
		case 'unknown-items': {
			const items = (item.unknown ?? []).map((u) => `“${u}”`).join(', ');
			const kept = item.kept ?? [];
			const rest = kept.length ? m.notice_kept({ items: kept.join(', ') }) : fallback;
			return m.notice_unknown_items({ label, items, rest });
		}
		case 'half-route':
			return m.notice_half_route({ label: m.route_heading(), fallback });
		case 'unknown-id':
			return m.notice_unknown_id({ label, value, fallback });
		default:
			return item.reason;
	}
}
