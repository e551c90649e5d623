/**
 * Record format v2, status and place (issue #12 items 3 and 4), re-runnable after
 * migrate-sources.mts:
 *
 * 1. Every record without `statusAsOf` gets the date of its newest dated source and that source's
 *    URL as `statusSource` (a first approximation; records reviewed by hand are listed in REVIEWED
 *    and carry lastChecked 2026-11-30).
 * 2. REVIEWED: statuses checked against their sources and a search for newer ones (late 2026).
 * 3. PLACES: one facility, one place: a project about a plant or mine takes that record's sourced
 *    position, precision and location note.
 *
 * Usage: npx tsx scripts/migrate-status.mts
 */
import { readFileSync, writeFileSync } from 'node:fs';

type Source = { publisher: string; title: string; date: string | null; url: string };
type Props = Record<string, unknown> & {
	id: string;
	status: string;
	sources: Source[];
	statusAsOf?: string | null;
	statusSource?: string | null;
	notes: string | null;
	lastChecked: string;
};
type Feature = { geometry: { type: string; coordinates: unknown }; properties: Props };

const TODAY = '2026-11-30';
const FILES = ['corridor-segments', 'places', 'plants', 'mines', 'projects'] as const;

interface Review {
	status: string;
	/** URL among the record's sources (after `add`), or null with a null date. */
	source: string | null;
	/** Overrides the source's own date (where the page has none but its text dates the fact). */
	asOf?: string | null;
	add?: Source[];
	/** [old text, new text] pairs applied to `notes`; a string replaces `notes` outright. */
	notes?: [string, string][] | string;
}

const SYRDARYA_NOTE =
	'As of November 2026 no source was found confirming commercial operation (planned for 2026), so the status stays under construction as of the latest source.';
const POWERMAG =
	'https://www.powermag.com/mitsubishi-turbine-will-power-new-gas-fired-plant-in-uzbekistan/';
const NAVOI3 =
	'https://menafn.com/1107847542/Mitsubishi-Power-Receives-Order-For-State-Of-The-Art-JAC-Series-GTCC-Power-Plant-For-Uzbekistan-Navoi-3-Power-Plant-Project';
const GALLIUM =
	'https://qazinform.com/news/mitsubishi-to-begin-importing-rare-metal-gallium-from-kazakhstan-0c917d';
const KURSIV_SAMARKAND =
	'https://uz.kursiv.media/en/2025-10-30/sumitomo-signs-financing-for-uzbekistans-largest-solar-and-battery-project';
const SPUTNIK_TALIMARJAN: Source = {
	publisher: 'Sputnik Uzbekistan',
	title: 'На Талимарджанской ТЭС реализуется проект стоимостью $771,8 млн',
	date: '2023-07-24',
	url: 'https://uz.sputniknews.ru/20230724/talimardjanskaya-tes-stroitelstvo-parogazovaya-ustanovka-37128409.html'
};

export const REVIEWED: Record<string, Review> = {
	'plant-syrdarya-2': {
		status: 'under-construction',
		source: POWERMAG,
		notes: [
			[
				'actual commercial operation not confirmed in sources found, so status left as under construction.',
				SYRDARYA_NOTE
			]
		]
	},
	'uzb-syrdarya-2-ccgt': {
		status: 'under-construction',
		source: POWERMAG,
		notes: [
			[
				'but no confirmation of commissioning was found.',
				'but ' + SYRDARYA_NOTE.charAt(0).toLowerCase() + SYRDARYA_NOTE.slice(1)
			]
		]
	},
	'uzb-navoi-3-ccgt': {
		status: 'under-construction',
		source: NAVOI3,
		notes: [
			[
				'Commissioning in Q3 2026 was scheduled; not confirmed as of this check.',
				'Commissioning was scheduled for 2026; as of November 2026 no source was found confirming it.'
			]
		]
	},
	'plant-navoi': {
		status: 'operational',
		source: NAVOI3
	},
	'mine-pavlodar-gallium': {
		status: 'under-construction',
		source: GALLIUM,
		notes: [
			[
				'production scheduled from Q3 2026 — start not confirmed in sources found.',
				'production was scheduled from Q3 2026; as of November 2026 no source was found confirming the start.'
			]
		]
	},
	'kaz-pavlodar-gallium-offtake': {
		status: 'under-construction',
		source: GALLIUM,
		notes: [
			[
				'no source found confirming start-up, so status kept as under-construction.',
				'as of November 2026 no source was found confirming start-up, so the status stays under construction.'
			]
		]
	},
	'plant-talimarjan': {
		status: 'operational',
		source:
			'https://itbusinessnet.com/2023/02/mitsubishi-power-receives-order-from-uzbekistan-for-two-m701f-gas-turbines-and-two-steam-turbines/'
	},
	'uzb-talimarjan-tpp-extension': {
		status: 'completed',
		source: 'https://www.uzbekembassy.in/generating-technologies-and-investments/'
	},
	'uzb-talimarjan-new-ccgt': {
		status: 'under-construction',
		source: SPUTNIK_TALIMARJAN.url,
		add: [SPUTNIK_TALIMARJAN],
		notes:
			'Sputnik Uzbekistan (July 2023, citing the Ministry of Energy) reports contracts with Intecsa and Mitsubishi Corporation for two combined-cycle units totalling 1,065 MW, to be built by the end of 2025. As of November 2026 no source was found confirming their completion. Owner and financing are not given. Whether this expansion is linked to the Mubadala IPP agreement for Talimarjan was not verified.'
	},
	'kgz-kok-art-bridge': {
		status: 'unknown',
		source: 'https://knews.kg/2013/07/12/na-dengi-yaponii-postroyat-most-cherez-reku-kok-art',
		notes:
			'The latest source found describes the construction-start ceremony (16 May, year not stated, after the July 2013 agreement). No source found on the completion or handover of the bridge as of November 2026, so the status is unknown.'
	},
	'plant-samarkand-solar': {
		status: 'financing-arranged',
		source: KURSIV_SAMARKAND,
		notes: [
			[
				"Construction status not confirmed in sources found, so status is 'planned'.",
				'Financing is signed; no cited source confirms that construction has started, so the status is financing arranged.'
			]
		]
	},
	'uzb-samarkand-solar-bess': {
		status: 'financing-arranged',
		source: KURSIV_SAMARKAND,
		notes: [
			[
				"Status 'under-construction' is based on the October 2025 EPC contract and financial close; an Egyptian outlet also reported a groundbreaking.",
				'Financial close and the EPC contract were signed in October 2025; no cited source confirms that construction has started, so the status is financing arranged (a groundbreaking was reported only by a source not cited here).'
			]
		]
	},
	'plant-dushanbe-clean-energy-solar': {
		status: 'unknown',
		source: 'https://www.crownagents.com/blog-post/japan-solar-2009-tajikistan-handover/',
		notes: [
			[
				'First two systems handed over in 2012 (Crown Agents), the third in June 2019.',
				'First two systems handed over in 2012 (Crown Agents), the third in June 2019; no source confirms that the systems still operate, so the status is unknown.'
			]
		]
	},
	'mine-sareco-stepnogorsk': {
		status: 'unknown',
		source:
			'https://www.indmin.com/Article/3391363/Sumitomo-confirms-test-production-of-Kazakh-rare-earths.html',
		notes: [
			[
				"Status 'completed' = plant built; current operation not confirmed:",
				'The plant was built, but no source confirms that it operates:'
			]
		]
	},
	'anaklia-port': {
		status: 'under-construction',
		source: 'https://dredgewire.com/georgia-cuts-funding-for-anaklia-deep-sea-port-in-2026-budget',
		add: [
			{
				publisher: 'Dredgewire',
				title: 'Georgia cuts funding for Anaklia deep-sea port in 2026 budget',
				date: '2025-12-03',
				url: 'https://dredgewire.com/georgia-cuts-funding-for-anaklia-deep-sea-port-in-2026-budget'
			}
		],
		notes: [
			[
				'Sources report construction restarted under the government project, with the first ship expected around 2029.',
				'Sources report construction restarted under the government project, with the first ship expected around 2029; in December 2025 the 2026 budget still funded breakwater and dredging works due by May 2027 (Dredgewire).'
			]
		]
	},
	'plant-rogun': {
		status: 'under-construction',
		source:
			'https://menafn.com/1107672847/Tajikistan-Reveals-Timeline-For-Commissioning-Third-Unit-Of-Rogun-HPP',
		add: [
			{
				publisher: 'MENAFN / Trend',
				title: 'Tajikistan Reveals Timeline For Commissioning Third Unit Of Rogun HPP',
				date: '2023-12-31',
				url: 'https://menafn.com/1107672847/Tajikistan-Reveals-Timeline-For-Commissioning-Third-Unit-Of-Rogun-HPP'
			}
		]
	},
	'mine-kutessay-ii': {
		status: 'planned',
		source:
			'https://24.kg/english/347865_Natural_Resources_Ministry_identifies_promising_rare_earth_mineral_deposits/',
		add: [
			{
				publisher: '24.kg',
				title: 'Chinese company to mine rare earth metals in Kyrgyzstan',
				date: '2025-01-21',
				url: 'https://24.kg/english/317461_Chinese_company_to_mine_rare_earth_metals_in_Kyrgyzstan/'
			},
			{
				publisher: '24.kg',
				title: 'Natural Resources Ministry identifies promising rare earth mineral deposits',
				date: '2025-10-21',
				url: 'https://24.kg/english/347865_Natural_Resources_Ministry_identifies_promising_rare_earth_mineral_deposits/'
			}
		],
		notes: [
			[
				'Current status uncertain: sources found are from 2009–2013; no restart confirmed.',
				"No restart of production has been confirmed. In January 2025 Kyrgyzstan's natural resources minister said negotiations with a Chinese company to mine the Kutessay deposit were complete, and in October 2025 the Geological Survey listed Kutessay II among its most promising rare-earth investment projects (24.kg)."
			]
		]
	},
	'mine-kyzemshek-jogmec': {
		status: 'unknown',
		source:
			'http://www.kmza.biz/news/2015/11/na-territorii-kazahstana-namechaetsya-sovmestnyy-proekt.html',
		notes: [
			[
				'Outcome of the exploration not found;',
				'Fieldwork was planned from spring 2016; as of November 2026 no source was found on whether it took place or what it found, so the status is unknown;'
			]
		]
	},
	'kaz-jogmec-kazgeology-ree-exploration': {
		status: 'unknown',
		source: 'https://azh.kz/en/news/view/7302',
		notes:
			'Fieldwork was planned from spring 2016; as of November 2026 no source was found on whether it took place or what it found, so the status is unknown.'
	},
	'mine-kadamjay': {
		status: 'unknown',
		source: null,
		notes: [
			[
				"Status 'completed' = facility exists; current operation not confirmed",
				'The facility exists, but no source confirms that it operates'
			]
		]
	}
};

/**
 * One facility, one place: [project id, facility id whose position it takes, URL of the facility's
 * source for that position (copied to the project, which then cites it too)].
 */
export const PLACES: [string, string, string | null][] = [
	[
		'uzb-talimarjan-tpp-extension',
		'plant-talimarjan',
		'https://ru.wikipedia.org/wiki/%D0%A2%D0%B0%D0%BB%D0%B8%D0%BC%D0%B0%D1%80%D0%B4%D0%B6%D0%B0%D0%BD'
	],
	[
		'uzb-talimarjan-new-ccgt',
		'plant-talimarjan',
		'https://ru.wikipedia.org/wiki/%D0%A2%D0%B0%D0%BB%D0%B8%D0%BC%D0%B0%D1%80%D0%B4%D0%B6%D0%B0%D0%BD'
	],
	[
		'uzb-kungrad-wind-bess',
		'plant-kungrad-wind',
		'https://ru.wikipedia.org/wiki/%D0%9A%D1%83%D0%BD%D0%B3%D1%80%D0%B0%D0%B4'
	],
	['kaz-jogmec-kazgeology-ree-exploration', 'mine-kyzemshek-jogmec', null],
	[
		'kaz-pavlodar-gallium-offtake',
		'mine-pavlodar-gallium',
		'https://sr.wikipedia.org/sr-el/%D0%9F%D0%B0%D0%B2%D0%BB%D0%BE%D0%B4%D0%B0%D1%80'
	]
];
/** Facilities that take their project's better-sourced position: [facility, project, source]. */
export const PLACES_FROM_PROJECT: [string, string, string | null][] = [
	[
		'plant-ovadan-depe-gtg',
		'tkm-ovadan-depe-gtg-1',
		'https://timesca.com/turkmenistan-to-launch-first-natural-gas-to-gasoline-plant-in-december-2018/'
	],
	[
		'plant-ovadan-depe-gtg-2',
		'tkm-gtg-2',
		'https://timesca.com/turkmenistan-to-launch-first-natural-gas-to-gasoline-plant-in-december-2018/'
	]
];
/** Location notes that named a mirror. */
const LOCATION_NOTES: Record<string, [string, string]> = {
	'plant-kungrad-wind': ['(German Wikipedia mirror coordinates)', '(Russian Wikipedia coordinates)']
};

function newestDated(sources: Source[]): Source | null {
	let best: Source | null = null;
	for (const s of sources) if (s.date && (!best || s.date > best.date!)) best = s;
	return best;
}

function applyNotes(p: Props, notes: Review['notes']) {
	if (notes === undefined) return;
	if (typeof notes === 'string') {
		p.notes = notes;
		return;
	}
	for (const [from, to] of notes) {
		if (!p.notes?.includes(from)) throw new Error(`${p.id}: notes do not contain "${from}"`);
		p.notes = p.notes.replace(from, to);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const all = new Map<string, Feature>();
	const files = new Map<string, { features: Feature[] }>();
	for (const name of FILES) {
		const json = JSON.parse(readFileSync(`geodata/${name}.geojson`, 'utf8')) as {
			features: Feature[];
		};
		files.set(name, json);
		for (const f of json.features) all.set(f.properties.id, f);
	}
	const changed: string[] = [];
	for (const f of all.values()) {
		const p = f.properties;
		const review = REVIEWED[p.id];
		if (review) {
			for (const a of review.add ?? [])
				if (!p.sources.some((s) => s.url === a.url)) p.sources.push(a);
			const src = review.source ? p.sources.find((s) => s.url === review.source) : null;
			if (review.source && !src) throw new Error(`${p.id}: ${review.source} is not a source`);
			if (p.status !== review.status) changed.push(`${p.id}: ${p.status} → ${review.status}`);
			p.status = review.status;
			p.statusSource = src ? src.url : null;
			p.statusAsOf = review.asOf !== undefined ? review.asOf : (src?.date ?? null);
			if (p.statusSource && !p.statusAsOf)
				throw new Error(`${p.id}: the status source has no date`);
			applyNotes(p, review.notes);
			p.lastChecked = TODAY;
		} else if (p.statusAsOf === undefined || p.statusAsOf === null) {
			const s = newestDated(p.sources);
			p.statusAsOf = s?.date ?? null;
			p.statusSource = s?.url ?? null;
		}
		const ln = LOCATION_NOTES[p.id];
		if (ln && typeof p.locationNote === 'string') p.locationNote = p.locationNote.replace(...ln);
	}
	const place = (to: string, from: string, sourceUrl: string | null) => {
		const t = all.get(to)!;
		const s = all.get(from)!;
		t.geometry = JSON.parse(JSON.stringify(s.geometry));
		t.properties.locationPrecision = s.properties.locationPrecision;
		t.properties.locationNote = s.properties.locationNote;
		if (sourceUrl && !t.properties.sources.some((x) => x.url === sourceUrl)) {
			const src =
				s.properties.sources.find((x) => x.url === sourceUrl) ??
				[...all.values()].flatMap((f) => f.properties.sources).find((x) => x.url === sourceUrl);
			if (!src) throw new Error(`${to}: location source ${sourceUrl} not found`);
			t.properties.sources.push({ ...src });
		}
	};
	for (const [facility, project, src] of PLACES_FROM_PROJECT) place(facility, project, src);
	for (const [project, facility, src] of PLACES) place(project, facility, src);
	// Key order: statusAsOf and statusSource right after status.
	for (const f of all.values()) {
		const p = f.properties;
		const entries = Object.entries(p).filter(([k]) => k !== 'statusAsOf' && k !== 'statusSource');
		const out: Record<string, unknown> = {};
		for (const [k, v] of entries) {
			out[k] = v;
			if (k === 'status') {
				out.statusAsOf = p.statusAsOf ?? null;
				out.statusSource = p.statusSource ?? null;
			}
		}
		f.properties = out as Props;
	}
	for (const [name, json] of files)
		writeFileSync(`geodata/${name}.geojson`, JSON.stringify(json, null, 1));
	console.log(`status changed ${changed.length}:\n  ${changed.join('\n  ')}`);
}
