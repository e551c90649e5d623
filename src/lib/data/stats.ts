/** Totals and breakdowns of a set of records, for the statistics panel. Pure. */
import type { AtlasRecord } from './records';
import { REGIONAL, splitList } from './facets';

export interface Bucket {
	key: string;
	count: number;
	/** Sum of sourced financing, USD millions. */
	usdM: number;
}

export interface Summary {
	count: number;
	usdM: number;
	/** Records with a sourced USD amount. */
	withAmount: number;
	byCountry: Bucket[];
	bySector: Bucket[];
	/** Records per representative year, every year from the first to the last present. */
	byYear: Bucket[];
}

function add(map: Map<string, Bucket>, key: string, usdM: number | null) {
	const b = map.get(key) ?? { key, count: 0, usdM: 0 };
	b.count++;
	b.usdM += usdM ?? 0;
	map.set(key, b);
}

const sorted = (m: Map<string, Bucket>) =>
	[...m.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

export function summarize(records: AtlasRecord[]): Summary {
	const byCountry = new Map<string, Bucket>();
	const bySector = new Map<string, Bucket>();
	const byYear = new Map<string, Bucket>();
	let usdM = 0;
	let withAmount = 0;
	for (const r of records) {
		const f = r.facets;
		if (!f) continue;
		if (f.f_usdM !== null) {
			usdM += f.f_usdM;
			withAmount++;
		}
		// A cross-border record counts once, under "regional", so country bars add up.
		const countries = splitList(f.f_countries);
		add(byCountry, countries.includes(REGIONAL) ? REGIONAL : (countries[0] ?? '?'), f.f_usdM);
		if (f.f_sector) add(bySector, f.f_sector, f.f_usdM);
		if (f.f_year !== null) add(byYear, String(f.f_year), f.f_usdM);
	}
	const years = [...byYear.keys()].map(Number);
	const timeline: Bucket[] = [];
	if (years.length) {
		for (let y = Math.min(...years); y <= Math.max(...years); y++)
			timeline.push(byYear.get(String(y)) ?? { key: String(y), count: 0, usdM: 0 });
	}
	return {
		count: records.filter((r) => r.facets).length,
		usdM: Math.round(usdM * 10) / 10,
		withAmount,
		byCountry: sorted(byCountry),
		bySector: sorted(bySector),
		byYear: timeline
	};
}
