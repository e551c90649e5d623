/**
 * Counts of records by layer (projects, plants, mines) and country, as the Markdown table pasted
 * into geodata/README.md ("What is in it"). tests/unit/data/coverage.test.ts checks that the
 * README's table equals what this computes, so re-run it after adding or removing records:
 *
 *   npx tsx scripts/coverage-table.mts [geodata-dir]
 *
 * A record counts under a country when that is the only Central Asian country it names (a
 * Kazakh project that also covers Afghanistan counts for Kazakhstan); a record naming several
 * Central Asian countries, or none, counts as "regional/other".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const COLUMNS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'regional/other'] as const;
export const LAYERS = ['projects', 'plants', 'mines'] as const;
export type Layer = (typeof LAYERS)[number];
type Column = (typeof COLUMNS)[number];
type Counts = Record<Layer, Record<Column, number>>;

const CENTRAL_ASIA = new Set<string>(COLUMNS.slice(0, 5));

interface Props {
	country?: string;
	countries?: string[];
}

/** The column a record counts under. */
export function columnOf(props: Props): Column {
	const named = props.countries ?? (props.country ? [props.country] : []);
	const inRegion = [...new Set(named.filter((c) => CENTRAL_ASIA.has(c)))];
	return inRegion.length === 1 ? (inRegion[0] as Column) : 'regional/other';
}

/** Counts per layer and column, read from the geodata directory. */
export function coverageCounts(dir = 'geodata'): Counts {
	const counts = {} as Counts;
	for (const layer of LAYERS) {
		const file = JSON.parse(readFileSync(join(dir, `${layer}.geojson`), 'utf8')) as {
			features: { properties: Props }[];
		};
		const row = Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Column, number>;
		for (const feature of file.features) row[columnOf(feature.properties)] += 1;
		counts[layer] = row;
	}
	return counts;
}

/** The counts as a Markdown table, padded the way Prettier formats it. */
export function coverageTable(dir = 'geodata'): string {
	const counts = coverageCounts(dir);
	const total = (row: Record<Column, number>) => COLUMNS.reduce((sum, c) => sum + row[c], 0);
	const header = ['layer', ...COLUMNS, 'total'];
	const rows: string[][] = LAYERS.map((layer) => [
		layer,
		...COLUMNS.map((c) => String(counts[layer][c])),
		String(total(counts[layer]))
	]);
	const sums = COLUMNS.map((c) => LAYERS.reduce((sum, layer) => sum + counts[layer][c], 0));
	rows.push(['all three', ...sums.map(String), String(sums.reduce((a, b) => a + b, 0))]);
	const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) =>
		`| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	console.log(coverageTable(process.argv[2]));
}
