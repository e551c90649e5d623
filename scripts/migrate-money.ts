/**
 * One-off migration of geodata/projects.geojson to the money format v2 (issue #12):
 * - `financing[]` keeps Japanese money only, in its original currency, with the date it refers to
 *   and no stored USD (`usd`, `usdRate`, `usdRateDate` are dropped; fx.ts converts);
 * - a `scope: total-project` figure becomes `projectCost` (its financier named in the note);
 * - the defects named in the issue are fixed from the records' own sources (see FIXES).
 * Entries already in the new format are left alone, so the script can run again after a merge.
 *
 *   npx tsx scripts/migrate-money.ts [file]
 */
import { readFileSync, writeFileSync } from 'node:fs';

type Raw = Record<string, unknown>;
const file = process.argv[2] ?? 'geodata/projects.geojson';
const data = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: Raw }[] };

/** Working notes about the old hand conversion, which no longer happens. */
function cleanNote(note: unknown): string | null {
	if (typeof note !== 'string') return null;
	const s = note
		.replace(/\s*Converted at an approximate annual average rate \([^)]*\)\./g, '')
		.replace(/^approximate annual average rate \(\d{4}\)(; )?/, '')
		.replace('rate date not determinable, so USD left null', 'not dated, so not converted')
		.trim();
	return s ? s[0]!.toUpperCase() + s.slice(1) : null;
}

/** Per record: entry index → corrected fields, with the source that supports each. */
const DATE_FIXES: Record<string, Record<number, string>> = {
	// "phase 1 (2015 loan agreement)" and "phase 2 (December 2019)" in the entries' own notes.
	'uzb-electric-power-sector-capacity-development': { 0: '2015', 1: '2019-12' },
	// The description: "JICA ODA loan of ¥128.246 billion (signed December 2019)" (Kikai News).
	'uzb-navoi-3-ccgt': { 0: '2019-12' },
	// The description: "under a USD 749.43 million contract (2016)".
	'uzb-turakurgan-tpp': { 1: '2016' }
};

const NOTE_FIXES: Record<string, Record<number, string>> = {
	'reg-cajad-tokyo-initiative': {
		0: "Policy target for business projects over five years, not committed finance; the sources give about $19 billion. Left out of Japan's totals."
	}
};

let moved = 0;
let changed = 0;
for (const { properties: p } of data.features) {
	const id = p.id as string;
	const financing = (p.financing as Raw[] | undefined) ?? [];
	if (!financing.some((f) => 'usd' in f || f.scope === 'total-project') && 'projectCost' in p)
		continue;
	changed++;
	const kept: Raw[] = [];
	let cost: Raw | null = (p.projectCost as Raw | null | undefined) ?? null;
	financing.forEach((f, i) => {
		const date =
			DATE_FIXES[id]?.[i] ?? (f.date as string | undefined) ?? (f.usdRateDate as string | null);
		const note = NOTE_FIXES[id]?.[i] ?? cleanNote(f.note);
		if (f.scope === 'total-project') {
			moved++;
			// The UNDP project's whole cost was Japan's grant ("Japan-funded", $10.6 million).
			if (id === 'tjk-undp-disaster-risk-reduction-2016')
				kept.push({
					financier: 'Government of Japan',
					instrument: 'grant',
					amount: f.amount,
					currency: f.currency,
					date,
					scope: 'japanese-share',
					note: 'Amount stated in USD by the source: the whole project, funded by Japan.'
				});
			// Navoi-3: the $768m UzDaily figure is below the JICA loan alone, so it is not the cost.
			if (id === 'uzb-navoi-3-ccgt') return;
			cost ??= {
				amount: f.amount,
				currency: f.currency,
				date,
				note: `${f.financier}: ${note ?? 'project total'}`
			};
			return;
		}
		kept.push({
			financier: f.financier,
			instrument: f.instrument,
			amount: f.amount,
			currency: f.currency,
			date: date ?? null,
			scope: f.scope ?? 'japanese-share',
			note
		});
	});
	// Rebuild the properties so projectCost sits right after financing.
	const out: Raw = {};
	for (const [k, v] of Object.entries(p)) {
		if (k === 'projectCost') continue;
		out[k] = k === 'financing' ? kept : v;
		if (k === 'financing') out.projectCost = cost;
	}
	if (!('financing' in p)) out.projectCost = cost;
	if (
		financing.some((f) => f.scope !== 'target') &&
		!kept.some((f) => f.scope === 'japanese-share')
	) {
		const notes = (out.notes as string | null) ?? '';
		if (!/Japan's share not disclosed/.test(notes))
			out.notes = `${notes ? `${notes} ` : ''}Japan's share not disclosed.`;
	}
	if (id === 'uzb-navoi-3-ccgt') {
		out.notes = `${out.notes as string} UzDaily gives USD 768 million as the project's cost, less than the JICA loan alone (¥128.246 billion, about US$1.18 billion at the 2019 average rate), so it is not recorded as the project cost.`;
	}
	for (const k of Object.keys(p)) delete p[k];
	Object.assign(p, out);
}

writeFileSync(file, JSON.stringify(data, null, 1));
console.log(`${file}: ${changed} record(s) migrated, ${moved} whole-project figure(s) moved out`);
