/**
 * The filtered records as GeoJSON and CSV, with their sources. Pure: returns text.
 * CSV cells that a spreadsheet would run as a formula are prefixed with a quote.
 */
import type { AtlasRecord } from './records';
import { splitList } from './facets';
import { japanFinancing, projectCostUsd, toMillions, type EntryUsd } from './money';
import { FX_SOURCES } from './fx';

/** Who made the data and under which licence: carried by every export. */
export const EXPORT_LICENCE = {
	licence: 'CC BY 4.0',
	attribution: 'Corridor Atlas contributors, from the public sources each record cites',
	licenceUrl: 'https://creativecommons.org/licenses/by/4.0/'
};

/**
 * The records as a GeoJSON FeatureCollection. A top-level `metadata` member (allowed by RFC 7946
 * as a foreign member) says what the file is: licence, attribution, when it was exported and the
 * view (query string) whose filter produced it.
 */
export function toGeoJSON(
	records: AtlasRecord[],
	view: { filter: string; exportedAt: string; title?: string } = { filter: '', exportedAt: '' }
): string {
	return JSON.stringify(
		{
			type: 'FeatureCollection',
			metadata: {
				title: view.title ?? 'Corridor Atlas: filtered records',
				...EXPORT_LICENCE,
				exportedAt: view.exportedAt,
				filter: view.filter,
				count: records.length,
				money:
					"japanFinancingUsdM is Japan's financing only (never the project cost, never targets), converted from each entry's original currency at the annual average rate of its year",
				exchangeRates: Object.values(FX_SOURCES)
			},
			features: records.map((r) => ({
				type: 'Feature',
				geometry: r.geometry,
				properties: {
					layer: r.layer,
					...r.props,
					...(r.layer === 'projects'
						? {
								japanFinancingUsdM: r.facets?.f_usdM ?? null,
								projectCostUsdM: ((c) => (c ? toMillions(c.usd) : null))(projectCostUsd(r.props))
							}
						: {})
				}
			}))
		},
		null,
		1
	);
}

/** One financing entry as CSV text: original amount, date, and the USD it converts to. */
function entryText(e: EntryUsd): string {
	const f = e.entry;
	const usd = e.conversion
		? ` = US$${toMillions(e.conversion.usd)} m${f.currency === 'USD' ? '' : ` at ${e.conversion.rateYear} rate${e.conversion.provisional ? ', provisional' : ''}`}`
		: '';
	const extra = f.scope === 'target' ? ', target' : e.notCounted ? ', not in total' : '';
	return `${f.financier}: ${f.amount} ${f.currency} (${f.instrument}, ${f.date ?? 'undated'}${extra})${usd}`;
}

const COLUMNS = [
	'id',
	'layer',
	'name',
	'countries',
	'status',
	'status_as_of',
	'status_source',
	'sector',
	'priority_area',
	'japanese_participants',
	'other_participants',
	'year',
	'japan_financing_usd_millions',
	'japan_financing_provisional',
	'financing',
	'project_cost',
	'project_cost_currency',
	'project_cost_date',
	'project_cost_usd_millions',
	'project_cost_note',
	'longitude',
	'latitude',
	'location_precision',
	'location_note',
	'description',
	'sources',
	'last_checked',
	'mode',
	'corridors'
] as const;

function cell(value: unknown): string {
	let s = value === null || value === undefined ? '' : String(value);
	// Formula injection: =, +, -, @, tab and CR at the start make spreadsheets evaluate the cell,
	// also behind spaces or invisible characters (zero-width space, joiners, marks, BOM).
	if (/^[\s\u200B-\u200F\u2060-\u2064\uFEFF]*[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCSV(records: AtlasRecord[]): string {
	const rows = records.map((r) => {
		const p = r.props as Record<string, unknown> & AtlasRecord['props'];
		const anchor = r.geometry.type === 'Point' ? r.geometry.coordinates : null;
		const money = r.layer === 'projects' ? japanFinancing(r.props) : null;
		const cost = r.layer === 'projects' ? r.props.projectCost : null;
		const costUsd = r.layer === 'projects' ? projectCostUsd(r.props) : null;
		const values: Record<(typeof COLUMNS)[number], unknown> = {
			id: r.id,
			layer: r.layer,
			name: r.name,
			countries: r.facets
				? splitList(r.facets.f_countries).join('; ')
				: ((p.country as string | undefined) ?? ''),
			status: p.status,
			status_as_of: p.statusAsOf ?? '',
			status_source: p.statusSource ?? '',
			sector: r.facets?.f_sector ?? '',
			priority_area: r.facets?.f_priority ?? '',
			japanese_participants: ((p.japaneseParticipants as string[] | undefined) ?? []).join('; '),
			other_participants: ((p.otherParticipants as string[] | undefined) ?? []).join('; '),
			year: r.facets?.f_year ?? '',
			japan_financing_usd_millions: r.facets?.f_usdM ?? '',
			japan_financing_provisional: money?.provisional ? 'yes' : '',
			financing: (money?.entries ?? []).map(entryText).join('; '),
			project_cost: cost?.amount ?? '',
			project_cost_currency: cost?.currency ?? '',
			project_cost_date: cost?.date ?? '',
			project_cost_usd_millions: costUsd ? toMillions(costUsd.usd) : '',
			project_cost_note: cost?.note ?? '',
			longitude: anchor?.[0] ?? '',
			latitude: anchor?.[1] ?? '',
			location_precision: p.locationPrecision,
			location_note: p.locationNote ?? '',
			description: (p.description as string | null | undefined) ?? '',
			sources: p.sources
				.map((s) => `${s.publisher}, "${s.title}", ${s.date ?? 'undated'}, ${s.url}`)
				.join(' | '),
			last_checked: p.lastChecked,
			mode: r.layer === 'corridors' ? r.props.mode : '',
			corridors: r.layer === 'corridors' ? r.props.corridors.join('; ') : ''
		};
		return COLUMNS.map((c) => cell(values[c])).join(',');
	});
	// The byte-order mark makes Excel read the file as UTF-8 ("Kapıkule", "Türkiye").
	return '\uFEFF' + [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
