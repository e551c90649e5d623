/**
 * The data check: schema validation plus the quality checks that need geography (points inside
 * their country, sea legs over water, corridor segments that meet) and cross-file references.
 * Pure: it receives parsed JSON and country polygons, and returns problems; it never throws.
 */
import { distance } from '@turf/distance';
import { length } from '@turf/length';
import { lineSliceAlong } from '@turf/line-slice-along';
import type { Position } from 'geojson';
import { CountryIndex } from './country-index';
export { CountryIndex };
import { applyAlignments } from './alignments';
import { checkRecordRules } from './record-rules';
import { GEODATA_FILES, type GeodataKey } from './schemas';
import type { Geodata } from './load';
import { toUsd, whyNoUsd, type Money } from './fx';
import { japanFinancing, projectCostUsd } from './money';

export interface Problem {
	file: string;
	/** The feature's id, or its index when it has no usable id, or "-" for file-level problems. */
	feature: string;
	field: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	return `${p.file}: feature ${p.feature}: ${p.field}: ${p.message}`;
}

/** How far outside its claimed country a point may lie (km): 1:10m borders are approximate. */
export const COUNTRY_TOLERANCE_KM = 3;
/** Ports, border crossings and other coastal or frontier sites sit on the edge of the polygon. */
export const EDGE_TOLERANCE_KM = 15;
/** The first and last km of a sea leg run through the port itself, on land. */
export const SEA_LEG_PORT_KM = 8;
/** Plants, mines and projects: sites near a border or a coast. */
export const SITE_TOLERANCE_KM = 5;
/** How far from the claimed country's coast an offshore site may lie (km). */
export const OFFSHORE_TOLERANCE_KM = 150;
/** How close a segment's end must be to its node's point (km). */
export const NODE_MATCH_KM = 0.5;
/** A drawn segment this far off its published length fails the check (share of it)... */
export const LENGTH_FAIL_SHARE = 0.1;
/** ...and this far off gets a warning. */
export const LENGTH_WARN_SHARE = 0.05;
/** A rail or road segment may run over water (sea or a large lake) for no more than this (km). */
export const WATER_MAX_KM = 1;
/**
 * Japan's share may exceed the project cost by this share before the check fails: amounts converted
 * from different years' rates can cross by a little when the share is the whole cost.
 */
export const SHARE_TOLERANCE = 0.01;
/** Step along a line when looking for water (km). */
export const WATER_STEP_KM = 0.5;

type RawFeature = {
	properties?: Record<string, unknown>;
	geometry?: { type?: string; coordinates?: unknown };
};

function featureLabel(raw: unknown, index: number): string {
	const id = (raw as RawFeature | undefined)?.properties?.id;
	return typeof id === 'string' && id ? id : `#${index}`;
}

/** Zod issues → problems naming the feature and the field. */
function schemaProblems(
	key: GeodataKey,
	json: unknown
): { data?: Geodata[GeodataKey]; problems: Problem[] } {
	const file = GEODATA_FILES[key].file;
	const result = GEODATA_FILES[key].schema.safeParse(json);
	if (result.success) return { data: result.data as Geodata[GeodataKey], problems: [] };
	const problems = result.error.issues.map((issue): Problem => {
		const path = issue.path.map(String);
		let feature = '-';
		let rest = path;
		if ((path[0] === 'features' || path[0] === 'corridors') && path[1] !== undefined) {
			const i = Number(path[1]);
			const items = (json as Record<string, unknown[]>)[path[0]];
			feature = featureLabel(items?.[i], i);
			rest = path.slice(2);
			if (rest[0] === 'properties') rest = rest.slice(1);
		}
		return { file, feature, field: rest.join('.') || '(record)', message: issue.message };
	});
	return { problems };
}

const files = (k: GeodataKey) => GEODATA_FILES[k].file;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Checks every geodata file. `raw` holds the parsed JSON of each file (undefined: missing file).
 */
export function checkGeodata(
	raw: Partial<Record<GeodataKey, unknown>>,
	countries: CountryIndex
): Problem[] {
	return checkGeodataWithWarnings(raw, countries).problems;
}

/**
 * The whole check: `problems` fail it; `warnings` (a drawn length more than 5% off the published
 * one, or an exempted difference) are printed but do not.
 */
export function checkGeodataWithWarnings(
	raw: Partial<Record<GeodataKey, unknown>>,
	countries: CountryIndex
): { problems: Problem[]; warnings: Problem[] } {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const data: Partial<Geodata> = {};
	for (const key of Object.keys(GEODATA_FILES) as GeodataKey[]) {
		if (raw[key] === undefined) {
			problems.push({
				file: files(key),
				feature: '-',
				field: '(file)',
				message: 'file is missing or not valid JSON'
			});
			continue;
		}
		const result = schemaProblems(key, raw[key]);
		problems.push(...result.problems);
		if (result.data) (data as Record<string, unknown>)[key] = result.data;
	}

	// Ids are unique across every file, since links and the URL name records by id alone.
	const seen = new Map<string, string>();
	const record = (file: string, id: string) => {
		const first = seen.get(id);
		if (first)
			problems.push({ file, feature: id, field: 'id', message: `duplicate id (also in ${first})` });
		else seen.set(id, file);
	};
	for (const c of data.corridors?.corridors ?? []) record(files('corridors'), c.id);
	for (const key of ['segments', 'places', 'plants', 'mines', 'projects'] as const) {
		for (const f of data[key]?.features ?? []) record(files(key), f.properties.id);
	}

	// Points lie inside the country they claim (or near its edge for ports and crossings).
	const checkPoint = (
		file: string,
		id: string,
		pos: Position,
		claimed: string[],
		toleranceKm: number,
		field = 'geometry',
		offshore = false
	) => {
		const nearest = Math.min(...claimed.map((c) => countries.distanceKm(pos, c)));
		if (nearest <= toleranceKm) return;
		if (offshore && nearest <= OFFSHORE_TOLERANCE_KM && countries.containing(pos).length === 0)
			return;
		const swapped = [pos[1]!, pos[0]!];
		const swappedFits = claimed.some((c) => countries.distanceKm(swapped, c) <= toleranceKm);
		const inside = countries.containing(pos);
		const where = inside.length
			? `inside ${inside.join('/')}`
			: 'in no country (sea or outside the region)';
		problems.push({
			file,
			feature: id,
			field,
			message: swappedFits
				? `coordinates look swapped: [${pos.join(', ')}] is ${where}, but [${swapped.join(', ')}] lies in ${claimed.join('/')}; GeoJSON order is [longitude, latitude]`
				: `point [${pos.join(', ')}] is ${nearest === Infinity ? 'not near' : `${round(nearest)} km outside`} ${claimed.join('/')} (it is ${where})`
		});
	};
	for (const f of data.places?.features ?? []) {
		const edge = ['seaport', 'border-crossing'].includes(f.properties.kind);
		checkPoint(
			files('places'),
			f.properties.id,
			f.geometry.coordinates,
			[f.properties.country],
			edge ? EDGE_TOLERANCE_KM : COUNTRY_TOLERANCE_KM,
			'geometry',
			f.properties.offshore
		);
	}
	for (const key of ['plants', 'mines'] as const) {
		for (const f of data[key]?.features ?? []) {
			checkPoint(
				files(key),
				f.properties.id,
				f.geometry.coordinates,
				[f.properties.country],
				SITE_TOLERANCE_KM,
				'geometry',
				f.properties.offshore
			);
		}
	}
	for (const f of data.projects?.features ?? []) {
		const positions =
			f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
		positions.forEach((pos, i) =>
			checkPoint(
				files('projects'),
				f.properties.id,
				pos,
				f.properties.countries,
				SITE_TOLERANCE_KM,
				positions.length > 1 ? `geometry.coordinates.${i}` : 'geometry',
				f.properties.offshore
			)
		);
	}

	// Alignments: each names a known rail segment; a line for track and stations, none for waypoints.
	const alignFile = files('alignments');
	const segmentById = new Map((data.segments?.features ?? []).map((f) => [f.properties.id, f]));
	const alignedIds = new Set<string>();
	for (const a of data.alignments?.features ?? []) {
		const id = a.properties.segment;
		const problem = (message: string) =>
			problems.push({ file: alignFile, feature: id, field: 'segment', message });
		if (alignedIds.has(id)) problem('more than one alignment for this segment');
		alignedIds.add(id);
		const seg = segmentById.get(id);
		if (data.segments && !seg) problem(`segment "${id}" is not in ${files('segments')}`);
		else if (seg && seg.properties.mode === 'sea') problem('a sea leg has no track alignment');
		if ((a.properties.alignment === 'waypoints') !== (a.geometry === null))
			problems.push({
				file: alignFile,
				feature: id,
				field: 'geometry',
				message:
					a.properties.alignment === 'waypoints'
						? "a waypoints entry keeps the segment's own line: geometry must be null"
						: `a ${a.properties.alignment} alignment needs a line`
			});
	}
	// `alignment` comes from the alignments file only, never from the CC BY records.
	const rawSegments = (raw.segments as { features?: RawFeature[] } | undefined)?.features ?? [];
	rawSegments.forEach((f, i) => {
		if (f?.properties && 'alignment' in f.properties)
			problems.push({
				file: files('segments'),
				feature: featureLabel(f, i),
				field: 'alignment',
				message: `set by ${alignFile} when the data is loaded; leave it out here`
			});
	});
	// The checks below see each segment as drawn: with its alignment's line where it has one.
	if (data.segments) data.segments = applyAlignments(data.segments, data.alignments);

	// Corridor segments: known corridors, known end nodes, ends that meet the nodes, sea legs at sea.
	const corridorIds = new Set((data.corridors?.corridors ?? []).map((c) => c.id));
	const nodes = new Map((data.places?.features ?? []).map((f) => [f.properties.id, f]));
	const segFile = files('segments');
	for (const f of data.segments?.features ?? []) {
		const p = f.properties;
		for (const c of p.corridors) {
			if (data.corridors && !corridorIds.has(c))
				problems.push({
					file: segFile,
					feature: p.id,
					field: 'corridors',
					message: `unknown corridor "${c}" (not in corridors.json)`
				});
		}
		const coords = f.geometry.coordinates;
		const ends: [field: 'fromNode' | 'toNode', Position][] = [
			['fromNode', coords[0]!],
			['toNode', coords[coords.length - 1]!]
		];
		for (const [field, end] of ends) {
			const node = nodes.get(p[field]);
			if (!node) {
				if (data.places)
					problems.push({
						file: segFile,
						feature: p.id,
						field,
						message: `node "${p[field]}" is not in places.geojson`
					});
				continue;
			}
			const gap = distance(end, node.geometry.coordinates, { units: 'kilometers' });
			if (gap > NODE_MATCH_KM)
				problems.push({
					file: segFile,
					feature: p.id,
					field,
					message: `segment ${field === 'fromNode' ? 'start' : 'end'} [${end.join(', ')}] does not meet node "${p[field]}" at [${node.geometry.coordinates.join(', ')}] (${round(gap)} km apart)`
				});
		}
		const drawnKm = length(f, { units: 'kilometers' });
		if (p.publishedKm !== null) {
			if (p.publishedKmSource === null)
				problems.push({
					file: segFile,
					feature: p.id,
					field: 'publishedKmSource',
					message: 'a published length needs its source'
				});
			const share = (drawnKm - p.publishedKm) / p.publishedKm;
			const message = `drawn ${round(drawnKm)} km is ${Math.abs(Math.round(share * 100))}% ${share < 0 ? 'shorter' : 'longer'} than the published ${p.publishedKm} km`;
			const entry = { file: segFile, feature: p.id, field: 'publishedKm', message };
			if (Math.abs(share) > LENGTH_FAIL_SHARE) {
				if (p.lengthCheckExemption)
					warnings.push({ ...entry, message: `${message} (exempt: ${p.lengthCheckExemption})` });
				else problems.push(entry);
			} else if (Math.abs(share) > LENGTH_WARN_SHARE) warnings.push(entry);
		} else if (p.publishedKmSource !== null)
			problems.push({
				file: segFile,
				feature: p.id,
				field: 'publishedKmSource',
				message: 'a source without a published length (publishedKm is null)'
			});
		if (p.mode !== 'sea' && p.crossing === null) {
			for (const run of waterRuns(coords, countries))
				if (run.km > WATER_MAX_KM)
					problems.push({
						file: segFile,
						feature: p.id,
						field: 'geometry',
						message: `runs over water for ${round(run.km)} km from km ${round(run.fromKm)} (a tunnel or bridge is recorded as "crossing")`
					});
		}
		if (p.mode === 'sea') {
			const total = drawnKm;
			if (total > 2 * SEA_LEG_PORT_KM + 1) {
				const open = lineSliceAlong(f, SEA_LEG_PORT_KM, total - SEA_LEG_PORT_KM, {
					units: 'kilometers'
				});
				const touched = countries.lineTouchesLand(open);
				if (touched.length)
					problems.push({
						file: segFile,
						feature: p.id,
						field: 'geometry',
						message: `sea leg crosses land (${[...new Set(touched)].join(', ')}) away from its ports`
					});
			}
		}
	}

	// References between records resolve.
	const allIds = new Set(seen.keys());
	const checkRefs = (file: string, id: string, field: string, refs: string[]) => {
		for (const ref of refs)
			if (!allIds.has(ref))
				problems.push({ file, feature: id, field, message: `refers to unknown id "${ref}"` });
	};
	for (const f of data.projects?.features ?? [])
		checkRefs(files('projects'), f.properties.id, 'relatedIds', f.properties.relatedIds);
	for (const key of ['places', 'plants', 'mines'] as const)
		for (const f of data[key]?.features ?? [])
			checkRefs(files(key), f.properties.id, 'projectIds', f.properties.projectIds);

	// Sources, reader-facing text, status dates, one facility one place (record-rules.ts).
	const rules = checkRecordRules(data, {
		segments: files('segments'),
		places: files('places'),
		plants: files('plants'),
		mines: files('mines'),
		projects: files('projects')
	});
	problems.push(...rules.problems);
	warnings.push(...rules.warnings);

	// Money: Japan's share within the project's cost; every amount converts by the one table.
	for (const f of data.projects?.features ?? []) {
		const p = f.properties;
		const entry = (field: string, message: string) => ({
			file: files('projects'),
			feature: p.id,
			field,
			message
		});
		const moneyItems: [string, Money][] = [
			...p.financing.map((m, i): [string, Money] => [`financing.${i}`, m]),
			...(p.projectCost ? [['projectCost', p.projectCost] as [string, Money]] : [])
		];
		for (const [field, m] of moneyItems) {
			if (toUsd(m) !== null) continue;
			// An undated amount can't be converted; the record then has no USD figure for it.
			if (m.date === null) warnings.push(entry(`${field}.date`, whyNoUsd(m)));
			else problems.push(entry(`${field}.currency`, whyNoUsd(m)));
		}
		const share = japanFinancing(p).usd;
		const cost = projectCostUsd(p);
		if (share !== null && cost !== null && share > cost.usd * (1 + SHARE_TOLERANCE))
			problems.push(
				entry(
					'financing',
					`Japan's share (US$${(share / 1e6).toFixed(1)} m at annual average rates) exceeds the project cost (US$${(cost.usd / 1e6).toFixed(1)} m)`
				)
			);
	}

	return { problems, warnings };
}

/**
 * Stretches of a line over water (in no country: the sea, and lakes the country polygons leave
 * out), as km along the line where each starts and its length. Stepped every WATER_STEP_KM.
 */
export function waterRuns(
	coords: Position[],
	countries: CountryIndex,
	stepKm = WATER_STEP_KM
): { fromKm: number; km: number }[] {
	const runs: { fromKm: number; km: number }[] = [];
	let along = 0;
	let open: { fromKm: number; km: number } | null = null;
	for (let i = 1; i < coords.length; i++) {
		const a = coords[i - 1]!;
		const b = coords[i]!;
		const d = distance(a, b, { units: 'kilometers' });
		const pieces = Math.max(1, Math.ceil(d / stepKm));
		for (let k = 0; k < pieces; k++) {
			const t = (k + 0.5) / pieces;
			const mid = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
			const wet = countries.containing(mid).length === 0;
			const pieceKm = d / pieces;
			if (wet) {
				if (!open) open = { fromKm: along, km: 0 };
				open.km += pieceKm;
			} else if (open) {
				runs.push(open);
				open = null;
			}
			along += pieceKm;
		}
	}
	if (open) runs.push(open);
	return runs;
}
