import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnOf, coverageCounts, coverageTable } from '../../../scripts/coverage-table.mts';

const readme = readFileSync('geodata/README.md', 'utf8');

/** A Markdown table's cells, row by row, without the padding Prettier adds. */
function cells(table: string): string[][] {
	return table
		.trim()
		.split('\n')
		.map((line) =>
			line
				.trim()
				.replace(/^\||\|$/g, '')
				.split('|')
				.map((cell) => cell.trim())
		);
}

describe('geodata/README.md counts table', () => {
	it('equals what scripts/coverage-table.mts computes from geodata/', () => {
		const match = /<!-- coverage-table -->\n([\s\S]*?)\n<!-- \/coverage-table -->/.exec(readme);
		expect(match, 'README lacks the <!-- coverage-table --> block').not.toBeNull();
		expect(cells(match![1]!)).toEqual(cells(coverageTable('geodata')));
	});

	it('counts a record under its only Central Asian country, else as regional/other', () => {
		expect(columnOf({ country: 'KAZ' })).toBe('KAZ');
		expect(columnOf({ countries: ['KAZ', 'AFG'] })).toBe('KAZ');
		expect(columnOf({ countries: ['TJK', 'KGZ', 'AFG'] })).toBe('regional/other');
		expect(columnOf({ countries: ['AZE'] })).toBe('regional/other');
	});

	it('counts every record once', () => {
		const counts = coverageCounts('geodata');
		for (const layer of ['projects', 'plants', 'mines'] as const) {
			const file = JSON.parse(readFileSync(`geodata/${layer}.geojson`, 'utf8')) as {
				features: unknown[];
			};
			const sum = Object.values(counts[layer]).reduce((a, b) => a + b, 0);
			expect(sum).toBe(file.features.length);
		}
	});
});

describe('geodata/README.md background-articles table', () => {
	it('names only ids that exist in geodata/', () => {
		const section = readme.split('## Background articles')[1]?.split('\n## ')[0] ?? '';
		const named = [...section.matchAll(/`([a-z0-9][a-z0-9-]+)`/g)].map((m) => m[1]!);
		expect(named.length).toBeGreaterThan(20);
		const ids = new Set<string>();
		for (const file of ['projects', 'plants', 'mines', 'places', 'corridor-segments'] as const) {
			const data = JSON.parse(readFileSync(`geodata/${file}.geojson`, 'utf8')) as {
				features: { properties: { id: string } }[];
			};
			for (const f of data.features) ids.add(f.properties.id);
		}
		const corridors = JSON.parse(readFileSync('geodata/corridors.json', 'utf8')) as {
			corridors: { id: string }[];
		};
		for (const c of corridors.corridors) ids.add(c.id);
		expect(named.filter((id) => !ids.has(id))).toEqual([]);
	});
});
