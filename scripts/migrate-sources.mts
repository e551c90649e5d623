/**
 * Source hygiene for record format v2 (issue #12 item 6, issue #14 item 13), re-runnable:
 *
 * - a Wikipedia mirror or offline copy is replaced by the Wikipedia article it copies (the article
 *   title and language are read from the mirror's URL);
 * - a GitHub copy of GeoNames cities15000 is replaced by GeoNames itself (CC BY 4.0) for a place,
 *   and dropped from a corridor segment (its ends are cited through their places);
 * - other copies (document scrapers, copies of the countries-states-cities database, tag pages)
 *   are replaced where the original was found, else dropped when the record keeps a good source;
 * - malformed hosts (a trailing dot, ":443") are mended;
 * - working notes in description, notes and locationNote are rewritten for readers.
 *
 * Usage: npx tsx scripts/migrate-sources.mts && npx prettier --write geodata/
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sourceUrlProblem, sourceUrlWarning, workingNote } from '../src/lib/data/record-rules.ts';

type Source = { publisher: string; title: string; date: string | null; url: string };
type Props = Record<string, unknown> & { id: string; sources: Source[] };
type Feature = { properties: Props };

const FILES = ['corridor-segments', 'places', 'plants', 'mines', 'projects'];
const ISO2: Record<string, string> = {
	KAZ: 'KZ',
	KGZ: 'KG',
	TJK: 'TJ',
	TKM: 'TM',
	UZB: 'UZ',
	AZE: 'AZ',
	GEO: 'GE',
	TUR: 'TR',
	RUS: 'RU',
	CHN: 'CN',
	IRN: 'IR',
	BLR: 'BY',
	POL: 'PL',
	DEU: 'DE',
	BGR: 'BG',
	ARM: 'AM'
};
const LANG_NAMES: Record<string, string> = {
	en: 'English',
	ru: 'Russian',
	de: 'German',
	fr: 'French',
	it: 'Italian',
	pl: 'Polish'
};

/** [pattern on the mirror URL (decoded), Wikipedia language, title capture group]. */
const WIKI_MIRRORS: [RegExp, string][] = [
	[/^https?:\/\/a\.osmarks\.net\/content\/wikipedia_en_[^/]+\/A\/([^?#]+)$/, 'en'],
	[/^https?:\/\/wiki-gateway\.eudic\.net\/wikipedia_en\/(.+)\.html$/, 'en'],
	[/^https?:\/\/perceptio[a-z]{2}\.com\/(.+)$/, 'ru'],
	[/^https?:\/\/de[a-z]{2}\.abcdef\.wiki\/wiki\/(.+)$/, 'de'],
	[/^https?:\/\/nl\.abcdef\.wiki\/wiki\/(.+)$/, 'en'],
	[/^https?:\/\/wikimili\.com\/en\/(.+)$/, 'en'],
	[/^https?:\/\/[^/]+\.ipfs\.dweb\.link\/wiki\/(.+)\.html$/, 'en'],
	[/^https?:\/\/wikipedia\.jakami\.de\/content\/wikipedia_de_[^/]+\/A\/(.+)$/, 'de'],
	[/^https?:\/\/nzt\.eth\.link\/wiki\/(.+)\.html$/, 'en'],
	[/^https?:\/\/wikiwand\.com\/en\/(?:articles\/)?(.+)$/, 'en'],
	[/^https?:\/\/kampuspedia\.com\/it\/(.+)$/, 'it'],
	[/^https?:\/\/pinocchiopedia\.com\/wiki\/(.+)$/, 'en'],
	[/^https?:\/\/friendlywiki\.com\/article\/index\.php\?title=(.+)$/, 'en'],
	[/^https?:\/\/it\.knowledgr\.com\/\d+\/(.+)$/, 'it'],
	[/^https?:\/\/piglix\.com\/piglix\/(.+)$/, 'en'],
	[/^https?:\/\/no\.frwiki\.wiki\/wiki\/(.+)$/, 'fr'],
	[/^https?:\/\/unsorted\.wikisort\.ru\/page\/(.+)$/, 'ru'],
	[/^https?:\/\/wikiland\.org\/fr\/(.+)$/, 'fr'],
	[/^https?:\/\/de\.wiki\.li\/(.+)$/, 'de'],
	[/^https?:\/\/franco\.wiki\/fr\/(.+)\.html$/, 'fr'],
	[/^https?:\/\/kiwix\.[^/]+\/wikipedia_fr_[^/]+\/A\/(.+)$/, 'fr'],
	[/^https?:\/\/kiwix\.[^/]+\/wikipedia_en_[^/]+\/A\/(.+?)(?:\.html)?$/, 'en'],
	[/^https?:\/\/de\.zxc\.wiki\/wiki\/(.+)$/, 'de'],
	[/^https?:\/\/de\.wikial\.top\/wiki\/(.+)$/, 'en'],
	[/^https?:\/\/defzone\.net\/wiki\/de\/(.+)$/, 'de'],
	[/^https?:\/\/review\.clateway\.com\/wiki\/view_html\.php\?q=(.+)$/, 'en']
];

/** Copies whose original was identified by hand: mirror URL → the original. */
const ORIGINALS: Record<string, Source> = {
	'https://liquisearch.com/eastern_express/route': {
		publisher: 'Wikipedia',
		title: 'Eastern Express',
		date: null,
		url: 'https://en.wikipedia.org/wiki/Eastern_Express'
	},
	'https://www.liquisearch.com/alashankou_railway_station': {
		publisher: 'Wikipedia',
		title: 'Alashankou railway station',
		date: null,
		url: 'https://en.wikipedia.org/wiki/Alashankou_railway_station'
	},
	'https://de.wiki7.org/wiki/%D0%9A%D1%83%D0%BD%D0%B3%D1%80%D0%B0%D0%B4': {
		publisher: 'Wikipedia (Russian)',
		title: 'Кунград',
		date: null,
		url: 'https://ru.wikipedia.org/wiki/%D0%9A%D1%83%D0%BD%D0%B3%D1%80%D0%B0%D0%B4'
	},
	'https://arc.ask3.ru/arc/aa/fc/71/fc58689345ae4482e850510745530d71__translat.html': {
		publisher: 'Wikipedia',
		title: 'Baku–Tbilisi–Kars railway',
		date: null,
		url: 'https://en.wikipedia.org/wiki/Baku%E2%80%93Tbilisi%E2%80%93Kars_railway'
	}
};

/** Sources a record gains (by id) where its only source was a copy: found by hand. */
const ADDED: Record<string, Source[]> = {
	smolensk: [
		{
			publisher: 'Wikipedia',
			title: 'Smolensk',
			date: null,
			url: 'https://en.wikipedia.org/wiki/Smolensk'
		}
	],
	'seg-arys-kyzylorda': [
		{
			publisher: 'Wikipedia',
			title: 'Trans-Aral Railway',
			date: null,
			url: 'https://en.wikipedia.org/wiki/Trans-Aral_Railway'
		}
	],
	'seg-saksaulskaya-shalkar': [
		{
			publisher: 'Wikipedia',
			title: 'Trans-Aral Railway',
			date: null,
			url: 'https://en.wikipedia.org/wiki/Trans-Aral_Railway'
		}
	],
	'tkm-ashgabat-metro-study': [
		{
			publisher: 'thecentral.asia',
			title: 'Ashgabat may see a metro by 2035 (report citing The Times of Central Asia)',
			date: null,
			url: 'https://thecentral.asia/tm/1782'
		}
	]
};

function wikiOriginal(s: Source): Source | null {
	let decoded: string;
	try {
		decoded = decodeURI(s.url);
	} catch {
		decoded = s.url;
	}
	const hand = ORIGINALS[s.url];
	if (hand) return hand;
	// A copy of a Russian Wikipedia revision diff: the same diff on Wikipedia itself.
	const diff = /^https?:\/\/talk\.dob\.jp\/ruwiki\/w\/index\.php\?(diff=\d+&oldid=\d+)/.exec(s.url);
	if (diff)
		return {
			publisher: 'Wikipedia (Russian)',
			title: s.title,
			date: s.date,
			url: `https://ru.wikipedia.org/w/index.php?${diff[1]}`
		};
	for (const [re, lang] of WIKI_MIRRORS) {
		const m = re.exec(decoded);
		if (!m) continue;
		const title = decodeURIComponent(m[1]!.replace(/%(?![0-9A-F]{2})/gi, '%25'))
			.replace(/ /g, '_')
			.replace(/\.html$/, '');
		const shown = title.replace(/_/g, ' ');
		return {
			publisher: lang === 'en' ? 'Wikipedia' : `Wikipedia (${LANG_NAMES[lang] ?? lang})`,
			title: shown,
			date: null,
			url: `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title).replace(/%2C/g, ',').replace(/%28/g, '(').replace(/%29/g, ')')}`
		};
	}
	return null;
}

/** Hosts to mend in place: trailing dots, explicit ports, mobile Wikipedia hosts. */
function mendUrl(url: string): string {
	return url
		.replace(/^(https?:\/\/[^/?#]*?)\.(?=[/?#]|$)/, '$1')
		.replace(/^(https?:\/\/[^/?#]*?):(443|80)(?=[/?#]|$)/, '$1')
		.replace(/^https?:\/\/([a-z-]+)\.m\.wikipedia\.org\//, 'https://$1.wikipedia.org/');
}

function geonames(p: Props): Source | null {
	const iso3 = (p.country as string | undefined) ?? (p.countries as string[] | undefined)?.[0];
	const iso2 = iso3 ? ISO2[iso3] : undefined;
	if (!iso2) return null;
	const name = String(p.name)
		.replace(/^Port of /i, '')
		.replace(/\s*\(.*\)$/, '')
		.replace(/\s+(port|station)$/i, '');
	return {
		publisher: 'GeoNames (CC BY 4.0)',
		title: `GeoNames gazetteer: ${name}`,
		date: null,
		url: `https://www.geonames.org/search.html?q=${encodeURIComponent(name)}&country=${iso2}`
	};
}

export const report = {
	replaced: [] as string[],
	dropped: [] as string[],
	unfixed: [] as string[]
};

function fixSources(p: Props, file: string) {
	const out: Source[] = [];
	const pending: Source[] = [];
	for (const a of ADDED[p.id] ?? [])
		if (!p.sources.some((s) => s.url === a.url)) {
			report.replaced.push(`${p.id}: added ${a.url}`);
			out.push(a);
		}
	for (const s0 of p.sources) {
		const s = { ...s0, url: mendUrl(s0.url) };
		if (s.url !== s0.url) report.replaced.push(`${p.id}: ${s0.url} → ${s.url}`);
		if (!sourceUrlProblem(s.url) && !sourceUrlWarning(s.url)) {
			out.push(s);
			continue;
		}
		const orig = wikiOriginal(s);
		if (orig) {
			report.replaced.push(`${p.id}: ${s.url} → ${orig.url}`);
			out.push(orig);
			continue;
		}
		if (/cities15000/.test(s.url) && file === 'places') {
			const g = geonames(p);
			if (g) {
				report.replaced.push(`${p.id}: ${s.url} → ${g.url}`);
				out.push(g);
				continue;
			}
		}
		pending.push(s);
	}
	// Keep one copy of each URL.
	const seen = new Set<string>();
	const good = out.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
	for (const s of pending) {
		if (good.length > 0) report.dropped.push(`${p.id}: ${s.url}`);
		else {
			report.unfixed.push(`${p.id}: ${s.url}`);
			good.push(s);
			const say =
				"The publisher's own copy of this report was not found; the source is a third-party copy.";
			if (sourceUrlWarning(s.url) && !String(p.notes ?? '').includes(say))
				p.notes = p.notes ? `${p.notes} ${say}` : say;
		}
	}
	// statusSource must follow a replaced URL.
	if (typeof p.statusSource === 'string' && !good.some((s) => s.url === p.statusSource))
		p.statusSource = null;
	p.sources = good;
}

/** Working notes rewritten for readers: [exact text, replacement]. */
const TEXT: [string | RegExp, string][] = [
	[
		/This file draws one plausible main-line path/g,
		'The line is drawn along one plausible main-line path'
	],
	[/ ?\(GeoNames, via research notes\)/g, ' (GeoNames coordinates)'],
	[/, GeoNames via research notes\)/g, ', GeoNames coordinates)'],
	[/ ?\(GeoNames via research notes\)/g, ' (GeoNames coordinates)'],
	[/\(GeoNames coordinates from the research notes\)/g, '(GeoNames coordinates)'],
	[/\(French Wikipedia, via research notes\)/g, '(French Wikipedia coordinates)'],
	[/ \(via research notes\)/g, ''],
	['capacityMw is the ~1,700 MW stated', 'The capacity given is the ~1,700 MW stated'],
	[' JICA financing of Navoi-2 appears in the research notes but was not re-verified here.', ''],
	[
		'actual commissioning dates were not found, so yearCommissioned is null.',
		'actual commissioning dates were not found, so no commissioning year is given.'
	],
	[
		'Not an electricity plant, so capacityMw is null.',
		'Not an electricity plant: no capacity in MW.'
	],
	['Not an electricity plant (capacityMw null).', 'Not an electricity plant: no capacity in MW.'],
	['capacityMw is the new 432 MW unit block', 'The capacity given is the new 432 MW unit block'],
	[' Seeds mention Kyrgyz hydropower only in general terms.', ''],
	[
		'Commissioned before 1991 (yearCommissioned null).',
		'Commissioned before 1991; the year is not given.'
	],
	[
		'Built 1974–1981 (yearCommissioned null, pre-1991).',
		'Built 1974–1981; no single commissioning year is given.'
	],
	['capacityMw 360 is the design capacity', 'The 360 MW given is the design capacity'],
	[
		" This is the Tajik 'project for introduction of clean energy' named in the research notes.",
		''
	],
	[
		"The seed's 2023–24 US$42.5m grant package including 'solar energy' is not tied to a site.",
		"Japan's 2023–24 grants to Tajikistan (about US$42.5m) include solar energy but are not tied to a site."
	],
	['capacityMw is the planned 3,600 MW', 'The capacity given is the planned 3,600 MW'],
	[/yearCommissioned = first/g, 'The commissioning year is that of the first'],
	['capacityMw 1,758 is', 'The 1,758 MW given is'],
	[
		"Plant's original commissioning year (Soviet era) not in schema range; yearCommissioned left null.",
		"The plant's original commissioning year (Soviet era) is not given."
	],
	[
		'Commissioned 1972–1979 (yearCommissioned null, pre-1991).',
		'Commissioned 1972–1979; no single commissioning year is given.'
	],
	[' (research notes give Kazatomprom 51%)', ''],
	[
		"The 95% Energy Asia stake is from the research notes' quote of investkz.",
		'The 95% Energy Asia stake is as reported by investkz.'
	],
	[/ ?\(research notes mention earlier 8\.33% share in the 2000s per press reports\)/g, ''],
	[/ ?The research notes also cite a Yomiuri report[^.]*\./g, ''],
	[
		'Aktau port node used in the research notes (approximate).',
		'Placed at the Aktau port node (approximate).'
	],
	[/ ?Research notes mention December 2025 talks[^.]*\./g, ''],
	[
		'Research notes flagged the Toktogul point as unverified; treat the position as approximate to tens of km.',
		'The point near Toktogul is unverified: treat the position as approximate to tens of km.'
	],
	[
		'from an airport dataset cited in the research notes (dataset not identified)',
		'(the dataset they come from was not identified)'
	],
	[
		'Manas airport coordinates from an airport dataset cited in the research notes.',
		'Manas airport coordinates; the dataset they come from was not identified.'
	],
	[
		'Dushanbe airport point from a POI dataset cited in the research notes (dataset not identified).',
		'Dushanbe airport point; the dataset it comes from was not identified.'
	],
	['; the research notes cite Trend for launches in 2016 and 2017', ''],
	[', taken from the research notes.', '.'],
	[
		"The brief lists both 'moyynty' and 'mointy': same place, this file uses 'moyynty'",
		"Also spelled Mointy (Моинты); the atlas uses the id 'moyynty'"
	],
	[
		"The brief's id list has a separate 'beyuk-kesik' node; it is not created because no coordinate for Böyük Kəsik was found",
		'The Böyük Kəsik border station has no node of its own because no coordinate for it was found'
	],
	[
		"The brief lists Kars among border crossings; it is a junction about 76 km by rail from the Georgian border, so kind is 'junction'",
		'Kars is a junction about 76 km by rail from the Georgian border, not a border crossing'
	],
	[
		"The brief suggested status 'planned'; sources found report construction restarted under the government project with first ship expected around 2029, so 'under-construction' is used - check.",
		'Sources report construction restarted under the government project, with the first ship expected around 2029.'
	],
	[
		'an fbc.de item (https://fbc.de/?p=378756, headline not captured) mentions about US$5 million',
		'one unverified report mentions about US$5 million'
	],
	['exact signing date not captured.', 'exact signing date not found.'],
	[
		'(a world-energy.org item mentions two plants and about $28m for phase 1; not cited because its headline was not captured)',
		'(an unverified report mentions two plants and about $28m for phase 1)'
	],
	[
		'Trend (en.trend.az/casia/kyrgyzstan/3995710.html, 21 Jan 2025) reports the MoU signing; not cited as a source because its headline was not captured.',
		'A Trend report of 21 January 2025 describes the MoU signing.'
	],
	[
		'; the research-notes point for Panj town was unverified.',
		'; no verified coordinate for Panj town was found.'
	],
	['news.tj (2017, headline not captured) says 2008.', 'a 2017 news.tj report says 2008.'],
	["Research-note record said '400 MW, location/status not verified'; sources", 'Sources'],
	[' The Caspian Barrel item was not re-read directly for this check (research-note quote).', ''],
	['Wikipedia mirror reports 240 MW installed', 'Wikipedia reports 240 MW installed'],
	['from the Russian Wikipedia article (mirror)', 'from the Russian Wikipedia article'],
	[' (the research notes cite Interfax for USD 447 million and 223 km)', ''],
	[
		'(derived in the research notes from The Times of Central Asia)',
		'(derived from The Times of Central Asia)'
	],
	['(capacityMw null)', '(no capacity in MW)'],
	[" The IDSA seed's Itochu/Kawasaki gas-to-gasoline plant refers to this project.", ''],
	[', per seed articles)', ')'],
	[
		"The seed article's claim that ITOCHU and Kawasaki will also bring methane-emission-reduction technology was not separately verified",
		'Reports that ITOCHU and Kawasaki will also bring methane-emission-reduction technology were not verified'
	]
];

function rewriteText(p: Props) {
	for (const field of ['description', 'notes', 'locationNote']) {
		let v = p[field];
		if (typeof v !== 'string') continue;
		for (const [from, to] of TEXT) v = (v as string).replaceAll(from, to);
		v = (v as string).replace(/ {2,}/g, ' ').replace(/\s+\./g, '.').trim();
		p[field] = v === '' ? null : v;
		const left = workingNote(v as string);
		if (left) report.unfixed.push(`${p.id}: ${field} still has "${left}"`);
	}
	// "Manas airport coordinates (the dataset …)" reads oddly after the first replacement.
	if (typeof p.locationNote === 'string')
		p.locationNote = p.locationNote.replace('coordinates (the dataset', 'coordinates (the dataset');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const name of FILES) {
		const path = `geodata/${name}.geojson`;
		const json = JSON.parse(readFileSync(path, 'utf8')) as { features: Feature[] };
		for (const f of json.features) {
			fixSources(f.properties, name);
			rewriteText(f.properties);
		}
		writeFileSync(path, JSON.stringify(json, null, 1));
	}
	console.log(`replaced ${report.replaced.length}:\n  ${report.replaced.join('\n  ')}`);
	console.log(`dropped ${report.dropped.length}:\n  ${report.dropped.join('\n  ')}`);
	console.log(`not fixed ${report.unfixed.length}:\n  ${report.unfixed.join('\n  ')}`);
}
