import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerId } from '../../../src/lib/data/vocab';
import {
	pointCollection,
	pointTable,
	recordPositions,
	shownDiff,
	shownMask,
	shownPoints
} from '../../../src/lib/map/points';
import fastCheck from 'fast-check';
import { shortName } from '../../../src/lib/data/short-name';

const fc = (features: { id: string; type?: 'Point' | 'LineString'; props?: object }[]) =>
	({
		type: 'FeatureCollection',
		features: features.map((f) => ({
			type: 'Feature',
			geometry:
				f.type === 'LineString'
					? {
							type: 'LineString',
							coordinates: [
								[60, 40],
								[61, 41]
							]
						}
					: { type: 'Point', coordinates: [69.28, 41.31] },
			properties: { id: f.id, name: `Name of ${f.id}`, ...f.props }
		}))
	}) as FeatureCollection;

const data = {
	places: fc([
		{
			id: 'port',
			props: { kind: 'seaport', names: { en: 'Name of port', ja: 'ポート', ru: 'Порт' } }
		},
		{ id: 'stn', props: { kind: 'station' } }
	]),
	plants: fc([{ id: 'plant', props: { f_countries: '|UZB|' } }]),
	mines: fc([{ id: 'mine', props: { f_countries: '|KAZ|' } }]),
	projects: fc([
		{ id: 'pt', props: { f_countries: '|UZB|' } },
		{ id: 'line', type: 'LineString', props: { f_countries: '|UZB|' } }
	])
};
const ids = (c: FeatureCollection) => c.features.map((f) => f.properties!.id);

describe('pointCollection (the clustered points)', () => {
	it('takes the points of every point layer, tagged with their layer, without stations or lines', () => {
		const all = pointCollection(data);
		expect(ids(all)).toEqual(['port', 'plant', 'mine', 'pt']);
		expect(all.features.map((f) => f.properties!.layer)).toEqual([
			'places',
			'plants',
			'mines',
			'projects'
		]);
		expect(all.features[0]!.properties!.label).toBe('Name of port');
	});

	it('carries the sourced Japanese and Russian names as labels, none where there are none', () => {
		const [port, plant] = pointCollection(data).features.map((f) => f.properties!);
		expect([port!.label_ja, port!.label_ru]).toEqual(['ポート', 'Порт']);
		expect('label_ja' in plant! || 'label_ru' in plant!).toBe(false);
	});

	it('leaves out hidden layers and filtered-out records, never places', () => {
		const uzb = pointCollection(data, {
			layers: ['places', 'mines', 'projects'],
			passes: (id) => id === 'pt'
		});
		expect(ids(uzb)).toEqual(['port', 'pt']);
	});

	it('sends the map only the properties it draws with, and the same object on every rebuild', () => {
		const first = pointCollection(data).features;
		const again = pointCollection(data, { passes: () => true }).features;
		expect(again.map((f, i) => f === first[i])).toEqual(first.map(() => true));
		for (const f of first)
			expect(
				Object.keys(f.properties!).every((k) =>
					/^(id|name|kind|technology|priorityArea|locationPrecision|layer|label(_\w+)?)$/.test(k)
				)
			).toBe(true);
		// Facets, names and the record's other fields stay out of the worker's copy.
		expect(first.some((f) => 'f_countries' in f.properties! || 'names' in f.properties!)).toBe(
			false
		);
	});
});

describe('pointTable, shownMask, shownPoints (the points as the map is given them)', () => {
	const table = pointTable(data);
	const filterable = ['plants', 'mines', 'projects'] as const;
	const ids = filterable.flatMap((l) => data[l].features.map((f) => String(f.properties!.id)));
	const indexOfId = new Map(ids.map((id, i) => [id, i]));
	const positions = recordPositions(table, indexOfId);
	/** Fail masks where the records `passes` keeps have 0, the others 1. */
	const masksFor = (passes: (id: string) => boolean) =>
		Uint8Array.from(ids, (id) => (passes(id) ? 0 : 1));
	const ALL = ['places', 'plants', 'mines', 'projects'] as LayerId[];

	it('gives the same collection, the same objects, for any layers and filter', () => {
		const cases: [LayerId[], (id: string) => boolean][] = [
			[ALL, () => true],
			[['projects'], () => true],
			[ALL, () => false],
			[ALL, (id) => id.length % 2 === 0],
			[[], () => true]
		];
		for (const [layers, passes] of cases) {
			const shown = shownMask(table, layers, { positions, masks: masksFor(passes) });
			const collection = pointCollection(data, { layers, passes });
			expect(shownPoints(table, shown)).toEqual(collection);
			// Made once per record: a filter change makes no new point objects.
			shownPoints(table, shown).features.forEach((f, i) => expect(f).toBe(collection.features[i]));
		}
	});

	it('shows a point only when its layer is visible and, if filtered, its record passes', () => {
		const shown = shownMask(table, ['places', 'projects'], {
			positions,
			masks: masksFor(() => false)
		});
		table.layers.forEach((layer, i) => expect(shown[i]).toBe(layer === 'places' ? 1 : 0));
		expect(table.layers).toContain('projects');
	});

	it('hides a filtered point whose record is not among the filterable ones', () => {
		const without = recordPositions(table, new Map());
		const shown = shownMask(table, ALL, { positions: without, masks: new Uint8Array(0) });
		table.layers.forEach((layer, i) => expect(shown[i]).toBe(layer === 'places' ? 1 : 0));
	});
});

describe('shownDiff (a narrowed filter sent as the ids it hides)', () => {
	/** Twenty projects, enough for the id cost (a tenth of a point) to matter. */
	const many = {
		...data,
		projects: fc(Array.from({ length: 20 }, (_, i) => ({ id: `p-${i}` })))
	};
	const table = pointTable(many);
	const n = table.features.length;
	const mask = fastCheck.uint8Array({ minLength: n, maxLength: n, max: 1 });
	/** The diff applied as MapLibre applies it: the points with those ids leave, the rest keep their order. */
	const applied = (before: Uint8Array, remove: string[]) => {
		const removed = new Set(remove);
		return shownPoints(table, before).features.filter(
			(f) => !removed.has(f.properties!.id as string)
		);
	};
	const maskOf = (shown: (i: number) => boolean) =>
		Uint8Array.from({ length: n }, (_, i) => (shown(i) ? 1 : 0));

	it('turns the points shown before into exactly those shown after, in the same order', () => {
		fastCheck.assert(
			fastCheck.property(mask, mask, (before, after) => {
				const diff = shownDiff(table, before, after);
				if (!diff) return;
				// The same objects in the same order as the whole collection: the same clusters.
				expect(applied(before, diff.remove)).toEqual(shownPoints(table, after).features);
				applied(before, diff.remove).forEach((f, i) =>
					expect(f).toBe(shownPoints(table, after).features[i])
				);
			})
		);
	});

	it('is null whenever a point is shown again: added points would change the clusters', () => {
		fastCheck.assert(
			fastCheck.property(mask, mask, (before, after) => {
				if (after.some((a, i) => a && !before[i]))
					expect(shownDiff(table, before, after)).toBeNull();
			})
		);
	});

	it('sends ids only while they cost less to copy than the points left (an id a tenth of one)', () => {
		const all = maskOf(() => true);
		// 10 hidden ids against 2 points left: cheaper. 19 ids against 1 point left: not.
		const leaveTwo = maskOf((i) => i >= n - 2);
		const leaveOne = maskOf((i) => i === n - 1);
		const fromTwelve = maskOf((i) => i >= n - 12);
		expect(shownDiff(table, fromTwelve, leaveTwo)).toEqual({
			remove: table.ids.slice(n - 12, n - 2)
		});
		expect(shownDiff(table, all, leaveOne)).toBeNull();
		expect(shownDiff(table, all, all)).toEqual({ remove: [] });
		expect(
			shownDiff(
				table,
				all,
				maskOf(() => false)
			)
		).toBeNull();
	});

	it('is null for a table whose ids repeat: MapLibre diffs only a source of unique ids', () => {
		const twice = pointTable({ ...data, projects: fc([{ id: 'p-1' }, { id: 'p-1' }]) });
		expect(twice.uniqueIds).toBe(false);
		expect(table.uniqueIds).toBe(true);
		const all = new Uint8Array(twice.features.length).fill(1);
		const fewer = all.map((x, i) => (i === 0 ? 0 : x));
		expect(shownDiff(twice, all, fewer)).toBeNull();
	});
});

describe('shortName', () => {
	it.each([
		['Gardabani (Beyuk-Kesik border crossing)', 'Gardabani'],
		['SARECO rare earth plant, Stepnogorsk', 'SARECO rare earth plant'],
		['Aktau port', 'Aktau port'],
		[
			'Kyzemshek and Zhanaarkalyk rare earth (yttrium) exploration — JOGMEC–Kazgeology',
			'Kyzemshek and Zhanaarkalyk…'
		],
		['(only brackets)', '(only brackets)']
	])('%s → %s', (name, short) => {
		expect(shortName(name)).toBe(short);
		expect(shortName(name).length).toBeLessThanOrEqual(28);
	});
});
