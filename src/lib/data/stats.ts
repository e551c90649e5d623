/**
 * Totals and breakdowns of a set of records, for the statistics panel. Pure.
 *
 * Money is Japan's financing only (facets.f_usdM, from money/japanFinancing): never the project
 * cost, never an announced target. Targets are summed apart, for display beside the total.
 */
import type { AtlasRecord } from './records';
import { REGIONAL, splitList } from './facets';
import { toUsd } from './fx';
import { CENTRAL_ASIA } from './vocab';

export interface Bucket {
	key: string;
	count: number;
	/** Sum of Japan's financing, USD millions. */
	usdM: number;
	/**
	 * Countries only: cross-border records that include this country, counted under "regional"
	 * here but under this country too in the filter's counts.
	 */
	alsoRegional?: number;
}

export interface Summary {
	count: number;
	/** Japan's financing over the records, USD millions (targets and project costs left out). */
	usdM: number;
	/** Records with a sourced Japanese figure in USD. */
	withAmount: number;
	/** Projects among the records, and those of them with no sourced Japanese figure in USD. */
	projects: number;
	projectsWithoutAmount: number;
	/** Records whose figure uses the latest annual rate for a later year (provisional). */
	provisional: number;
	/** Announced targets (not committed finance), apart from the total. */
	targets: { count: number; usdM: number; provisional: boolean };
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

const round1 = (n: number) => Math.round(n * 10) / 10;

export function summarize(records: AtlasRecord[]): Summary {
	const byCountry = new Map<string, Bucket>();
	const bySector = new Map<string, Bucket>();
	const byYear = new Map<string, Bucket>();
	const alsoRegional = new Map<string, number>();
	let usdM = 0;
	let withAmount = 0;
	let projects = 0;
	let projectsWithoutAmount = 0;
	let provisional = 0;
	const targets = { count: 0, usdM: 0, provisional: false };
	for (const r of records) {
		const f = r.facets;
		if (!f) continue;
		if (f.f_usdM !== null) {
			usdM += f.f_usdM;
			withAmount++;
			if (f.f_usdProvisional) provisional++;
		}
		if (r.layer === 'projects') {
			projects++;
			if (f.f_usdM === null) projectsWithoutAmount++;
			for (const t of r.props.financing.filter((e) => e.scope === 'target')) {
				const c = toUsd(t);
				targets.count++;
				targets.usdM += c ? c.usd / 1e6 : 0;
				targets.provisional ||= c?.provisional ?? false;
			}
		}
		// A cross-border record counts once, under "regional", so country bars add up.
		const countries = splitList(f.f_countries);
		const regional = countries.includes(REGIONAL);
		add(byCountry, regional ? REGIONAL : (countries[0] ?? '?'), f.f_usdM);
		if (regional)
			for (const c of countries)
				if (c !== REGIONAL) alsoRegional.set(c, (alsoRegional.get(c) ?? 0) + 1);
		if (f.f_sector) add(bySector, f.f_sector, f.f_usdM);
		if (f.f_year !== null) add(byYear, String(f.f_year), f.f_usdM);
	}
	for (const [c, n] of alsoRegional) {
		// A neighbour that only appears in cross-border records (Afghanistan on a Termez line, say)
		// gets no empty bar of its own; the five Central Asian countries always show their share.
		const own = byCountry.get(c);
		if (!own && !(CENTRAL_ASIA as readonly string[]).includes(c)) continue;
		const b = own ?? { key: c, count: 0, usdM: 0 };
		byCountry.set(c, { ...b, alsoRegional: n });
	}
	const timeline = fillYears(byYear);
	return {
		count: records.filter((r) => r.facets).length,
		usdM: round1(usdM),
		withAmount,
		projects,
		projectsWithoutAmount,
		provisional,
		targets: { ...targets, usdM: round1(targets.usdM) },
		byCountry: sorted(byCountry),
		bySector: sorted(bySector),
		byYear: timeline
	};
}

/** Every year from the first to the last bucket, with empty years as zero buckets. */
function fillYears(byYear: Map<string, Bucket>): Bucket[] {
	const years = [...byYear.keys()].map(Number);
	const timeline: Bucket[] = [];
	if (years.length) {
		for (let y = Math.min(...years); y <= Math.max(...years); y++)
			timeline.push(byYear.get(String(y)) ?? { key: String(y), count: 0, usdM: 0 });
	}
	return timeline;
}

/** Records per year, every year from the first to the last (for the timeline). */
export function yearTimeline(records: AtlasRecord[]): Bucket[] {
	const byYear = new Map<string, Bucket>();
	for (const r of records)
		if (r.facets && r.facets.f_year !== null) add(byYear, String(r.facets.f_year), r.facets.f_usdM);
	return fillYears(byYear);
}

/** Axis ticks for a timeline from `first` to `last`: round years, about six of them. */
export function timelineTicks(first: number, last: number): number[] {
	const span = last - first;
	const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= 6) ?? 100;
	const ticks: number[] = [];
	for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
	return ticks;
}
