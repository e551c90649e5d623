/**
 * Rules on what a record says, beyond its schema (record format v2, issue #12 and #14):
 *
 * - sources: no mirrors or copies (Wikipedia mirrors, document scrapers, GitHub copies of
 *   gazetteers), no malformed hosts (a trailing dot, an explicit port), no bare homepages or
 *   tag/category pages;
 * - no working notes in text shown to readers;
 * - `statusSource` is one of the record's sources and comes with `statusAsOf`; an "under
 *   construction" status whose newest source is older than three years is a warning;
 * - one facility, one place: a project lies within 5 km of the plant, mine or place it is linked
 *   to (fails), unless that facility is itself placed only at a city, region or country, or the
 *   project is a country-wide programme placed at the capital; and
 *   distinct unlinked sites do not share identical coordinates unless placed at a city, region or
 *   country (a warning).
 *
 * Pure: it receives validated data and returns problems.
 */
import { distance } from '@turf/distance';
import type { Position } from 'geojson';
import { STALE_CONSTRUCTION_YEARS, type LocationPrecision, type Status } from './vocab';
import type { Source } from './schemas';
import type { Geodata } from './load';

export interface RuleProblem {
	file: string;
	feature: string;
	field: string;
	message: string;
}

/** A project and its plant, mine or place further apart than this (km) fails the check. */
export const FACILITY_MAX_KM = 5;
/** Precisions that place a record at a city, region or country centre: exempt from both rules. */
const COARSE: readonly LocationPrecision[] = ['city', 'region', 'country'];

/**
 * Hosts that copy other publishers' pages (Wikipedia mirrors, offline Wikipedia copies, document
 * scrapers). Matched against the host and its parent domains.
 */
export const MIRROR_HOSTS: readonly string[] = [
	'wikimili.com',
	'liquisearch.com',
	'ask3.ru',
	'wikiwand.com',
	'wiki-gateway.eudic.net',
	'osmarks.net',
	'wikisum.wiki',
	'dweb.link',
	'eth.link',
	'wikipedia.jakami.de',
	'wikial.top',
	'abcdef.wiki',
	'friendlywiki.com',
	'kampuspedia.com',
	'pinocchiopedia.com',
	'knowledgr.com',
	'piglix.com',
	'frwiki.wiki',
	'wikisort.ru',
	'wiki7.org',
	'wikiland.org',
	'wiki.li',
	'franco.wiki',
	'zxc.wiki',
	'defzone.net',
	'talk.dob.jp',
	'clateway.com',
	'asiantelephones.com'
];
/**
 * Hosts that re-publish other publishers' documents (reports, evaluations). A warning, not a
 * failure: where the publisher's own copy could not be found, the record says so in `notes`.
 */
export const DOCUMENT_COPY_HOSTS: readonly string[] = [
	'docslib.org',
	'fdocuments.us',
	'fdocuments.in',
	'vdocument.in',
	'vdocuments.net',
	'pdfcoffee.com',
	'docest.com'
];
/**
 * News wires, aggregators and sites that re-post other publishers' articles or datasets (press
 * releases on MENAFN or Finanznachrichten, UN agencies' releases on ReliefWeb, a copy of the WRI
 * Global Power Plant Database). A warning, not a failure: each is a reminder to replace the copy
 * with the original publisher's page once that page is found.
 */
export const REPOST_HOSTS: readonly string[] = [
	'menafn.com',
	'finanznachrichten.de',
	'reliefweb.int',
	'merkur.lu',
	'datazoo.jp',
	'secheresse.info',
	'nepalnewsgazette.com',
	'pakistanpoint.com',
	'al-bayader.com',
	'deaftoday.com',
	'jicaalumni.kz',
	'worldpowerplants.com'
];
/** Host patterns of mirror families: perceptiode.com, perceptiofr.com…, any kiwix server. */
const MIRROR_PATTERNS: readonly RegExp[] = [/(^|\.)perceptio[a-z]{2}\.com$/, /kiwix/];

/** Phrases of working notes that must not reach readers. */
export const WORKING_NOTE_PATTERNS: readonly RegExp[] = [
	/\bresearch[- ]notes?\b/i,
	/\bnot captured\b/i,
	/\bfor this check\b/i,
	/\bseeds? (?:articles? |files? |notes? )?mentions?\b/i,
	/\bseed(?:'s| articles?)\b/i,
	/\byearCommissioned\b|\bcapacityMw\b|\bprojectIds\b|\brelatedIds\b/,
	/\byear(?:Agreed|Started|Completed)\b|\bstatus(?:AsOf|Source)\b|\blastChecked\b/,
	// The compiler's searching, not a fact about the record.
	/\bretrieved (?:text|sources?|pages?)\b|\bsearch results\b/i,
	/\bthis file draws\b/i,
	/\bthe brief(?:'s)?\b/i,
	// Notes left from merging the corridor files, and pointers into the data files themselves.
	/\bsame id as\b/i,
	/\bmerge as one feature\b|\b(?:for|after) the merge\b|\bthe merge may\b/i,
	/\b(?:Northern|Middle|Southern)(?:\/\w+)?(?: Corridor)? file\b/i,
	/\.geojson\b/,
	/\bnpm run\b/,
	/\batlas (?:place |project )?records?\b/i,
	/\bsee (?:the )?(?:place|project) records?\b/i,
	/\bthe schema\b/i,
	// A drawn length written into a note goes stale when the line is redrawn: the segment's
	// detail shows the measured one.
	/\bdrawn length [\d,.]+ ?km\b/i,
	// Reminders to the compiler.
	/\bverify against\b/i,
	/\bfrom general knowledge\b/i
];

/** A warning for a source hosted by a document re-publisher or a re-posting site, or null. */
export function sourceUrlWarning(url: string): string | null {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return null;
	}
	const onHost = (h: string) => host === h || host.endsWith(`.${h}`);
	if (DOCUMENT_COPY_HOSTS.some(onHost))
		return `a copy of a document on ${host}: cite the publisher's own copy where one exists`;
	if (REPOST_HOSTS.some(onHost))
		return `a re-post on ${host}: cite the original publisher's page where one is found`;
	return null;
}

/**
 * Publishers that release their datasets on GitHub themselves: their repository is the original,
 * not a copy (the World Resources Institute's Global Power Plant Database).
 */
const PUBLISHER_REPOSITORIES = ['/wri/'];
function publishersOwnRepository(u: URL): boolean {
	return (
		u.hostname === 'github.com' && PUBLISHER_REPOSITORIES.some((p) => u.pathname.startsWith(p))
	);
}

/** Why a source URL is not acceptable, or null when it is. */
export function sourceUrlProblem(url: string): string | null {
	const authority = /^https?:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
	const hostPort = authority.replace(/^.*@/, '');
	if (/:\d+$/.test(hostPort)) return `malformed host "${hostPort}": leave out the port`;
	if (hostPort.endsWith('.')) return `malformed host "${hostPort}": drop the trailing dot`;
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return 'not a URL';
	}
	const host = u.hostname.toLowerCase();
	const onHost = (h: string) => host === h || host.endsWith(`.${h}`);
	const mirror = MIRROR_HOSTS.find(onHost) ?? (MIRROR_PATTERNS.some((r) => r.test(host)) && host);
	if (mirror) return `mirror or copy (${host}): cite the original publisher`;
	if ((onHost('github.com') || onHost('githubusercontent.com')) && !publishersOwnRepository(u))
		return `a copy of a dataset on GitHub (${host}): cite the original (GeoNames: https://www.geonames.org/<id>)`;
	if ((u.pathname === '' || u.pathname === '/') && u.search === '')
		return 'a bare homepage: cite the page that says it';
	if (/\/(tag|tags|category|categories)\//i.test(u.pathname))
		return 'a tag or category page: cite the article itself';
	if (/\/page\/\d+\/?$/i.test(u.pathname)) return 'a listing page: cite the article itself';
	return null;
}

/** The first working-note phrase in a text, or null. */
export function workingNote(text: string | null | undefined): string | null {
	if (!text) return null;
	for (const re of WORKING_NOTE_PATTERNS) {
		const m = re.exec(text);
		if (m) return m[0];
	}
	return null;
}

/** Years between two partial dates (YYYY, YYYY-MM, YYYY-MM-DD), missing parts as the start. */
export function yearsBetween(from: string, to: string): number {
	const t = (d: string) => {
		const [y, m = '01', day = '01'] = d.split('-');
		return Date.UTC(Number(y), Number(m) - 1, Number(day));
	};
	return (t(to) - t(from)) / (365.25 * 24 * 3600 * 1000);
}

interface AnyRecord {
	id: string;
	status: Status;
	statusAsOf: string | null;
	statusSource: string | null;
	sources: Source[];
	lastChecked: string;
	locationPrecision: LocationPrecision;
	description?: string | null;
	notes: string | null;
	locationNote: string | null;
}

const TEXT_FIELDS = [
	'description',
	'notes',
	'locationNote',
	'capacity',
	'output',
	'lengthCheckExemption'
] as const;

export function checkRecordRules(
	data: Partial<Geodata>,
	files: Record<'segments' | 'places' | 'plants' | 'mines' | 'projects', string>
): { problems: RuleProblem[]; warnings: RuleProblem[] } {
	const problems: RuleProblem[] = [];
	const warnings: RuleProblem[] = [];
	const keys = ['segments', 'places', 'plants', 'mines', 'projects'] as const;

	for (const key of keys) {
		const file = files[key];
		for (const f of data[key]?.features ?? []) {
			const p = f.properties as AnyRecord & Record<string, unknown>;
			const push = (field: string, message: string) =>
				problems.push({ file, feature: p.id, field, message });

			p.sources.forEach((s, i) => {
				const why = sourceUrlProblem(s.url);
				if (why) push(`sources.${i}.url`, why);
				const warn = sourceUrlWarning(s.url);
				if (warn) warnings.push({ file, feature: p.id, field: `sources.${i}.url`, message: warn });
				for (const part of ['publisher', 'title'] as const) {
					const note = workingNote(s[part]);
					if (note) push(`sources.${i}.${part}`, `working note "${note}" shown to readers`);
				}
			});
			// Text readers see: the record's own fields, and a project's money notes (its detail and
			// the CSV export show them too).
			const readerTexts: [string, unknown][] = [
				...TEXT_FIELDS.map((field) => [field, p[field]] as [string, unknown]),
				...((p.financing as { note?: unknown }[] | undefined) ?? []).map(
					(e, i) => [`financing.${i}.note`, e.note] as [string, unknown]
				),
				['projectCost.note', (p.projectCost as { note?: unknown } | null | undefined)?.note]
			];
			for (const [field, value] of readerTexts) {
				const note = typeof value === 'string' ? workingNote(value) : null;
				if (note) push(field, `working note "${note}" shown to readers: rewrite it for readers`);
			}

			if ((p.statusSource === null) !== (p.statusAsOf === null))
				push(
					p.statusSource === null ? 'statusSource' : 'statusAsOf',
					'statusAsOf and statusSource come together (both set or both null)'
				);
			if (p.statusSource !== null && !p.sources.some((s) => s.url === p.statusSource))
				push('statusSource', "must be the URL of one of the record's sources");
			if (p.statusAsOf !== null && yearsBetween(p.statusAsOf, p.lastChecked) < 0)
				push('statusAsOf', `after lastChecked (${p.lastChecked})`);
			if (p.status === 'under-construction') {
				const age = p.statusAsOf === null ? null : yearsBetween(p.statusAsOf, p.lastChecked);
				if (age === null || age > STALE_CONSTRUCTION_YEARS)
					warnings.push({
						file,
						feature: p.id,
						field: 'statusAsOf',
						message:
							age === null
								? '"under construction" with no dated source'
								: `"under construction" as of ${p.statusAsOf}, more than ${STALE_CONSTRUCTION_YEARS} years before lastChecked: find a newer source`
					});
			}
		}
	}

	// One facility, one place.
	type Site = {
		key: (typeof keys)[number];
		id: string;
		pos: Position;
		coarse: boolean;
		precision: LocationPrecision;
	};
	const sites = new Map<string, Site>();
	for (const key of ['places', 'plants', 'mines', 'projects'] as const)
		for (const f of data[key]?.features ?? []) {
			if (f.geometry.type !== 'Point') continue;
			sites.set(f.properties.id, {
				key,
				id: f.properties.id,
				pos: f.geometry.coordinates,
				coarse: COARSE.includes(f.properties.locationPrecision),
				precision: f.properties.locationPrecision
			});
		}
	const links = new Set<string>();
	const link = (project: string, other: string) => {
		links.add(`${project}|${other}`);
		links.add(`${other}|${project}`);
	};
	const linked = new Map<string, Set<string>>();
	const addLink = (project: string, other: string) => {
		link(project, other);
		linked.set(project, (linked.get(project) ?? new Set()).add(other));
		linked.set(other, (linked.get(other) ?? new Set()).add(project));
	};
	for (const f of data.projects?.features ?? [])
		for (const r of f.properties.relatedIds) addLink(f.properties.id, r);
	for (const key of ['places', 'plants', 'mines'] as const)
		for (const f of data[key]?.features ?? [])
			for (const r of f.properties.projectIds) addLink(r, f.properties.id);
	// Records linked to the same record (two projects at one plant, a plant and its extension under
	// one project) may share its place.
	for (const others of linked.values())
		for (const a of others) for (const b of others) if (a !== b) links.add(`${a}|${b}`);
	const checked = new Set<string>();
	for (const pair of links) {
		const [a, b] = pair.split('|') as [string, string];
		const sa = sites.get(a);
		const sb = sites.get(b);
		if (!sa || !sb || sa.key !== 'projects' || sb.key === 'projects') continue;
		if (checked.has(pair)) continue;
		checked.add(pair);
		// A facility itself placed only at a city or region cannot hold its project to 5 km, and a
		// country-wide programme that names a facility among others is placed at the capital.
		if (sb.coarse || sa.precision === 'country') continue;
		const km = distance(sa.pos, sb.pos, { units: 'kilometers' });
		if (km > FACILITY_MAX_KM)
			problems.push({
				file: files.projects,
				feature: sa.id,
				field: 'geometry',
				message: `${Math.round(km * 10) / 10} km from "${sb.id}" (${files[sb.key]}), the facility it is about: one facility, one place (use the sourced position for both, or say city/region precision)`
			});
	}
	const byPos = new Map<string, Site[]>();
	for (const s of sites.values()) {
		if (s.coarse) continue;
		const k = s.pos.join(',');
		byPos.set(k, [...(byPos.get(k) ?? []), s]);
	}
	for (const group of byPos.values())
		for (let i = 0; i < group.length; i++)
			for (let j = i + 1; j < group.length; j++) {
				const a = group[i]!;
				const b = group[j]!;
				if (links.has(`${a.id}|${b.id}`)) continue;
				warnings.push({
					file: files[a.key],
					feature: a.id,
					field: 'geometry',
					message: `same coordinates [${a.pos.join(', ')}] as "${b.id}" (${files[b.key]}), with neither placed at a city, region or country: distinct sites, or one record?`
				});
			}
	return { problems, warnings };
}
