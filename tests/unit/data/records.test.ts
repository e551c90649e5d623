import { describe, expect, it } from 'vitest';
import {
	drawnLengthKm,
	indexRecords,
	relatedRecords,
	recordBounds
} from '../../../src/lib/data/records';
import { GEODATA_FILES, type GeodataKey } from '../../../src/lib/data/schemas';
import { readRequiredGeodata } from '../../../src/lib/server/geodata';

const data = readRequiredGeodata(
	Object.keys(GEODATA_FILES) as GeodataKey[],
	'tests/fixtures/geodata-valid'
);

describe('record index', () => {
	const index = indexRecords(data);

	it('finds every record by id, with facets for the filterable layers only', () => {
		expect(index.all).toHaveLength(8);
		expect(index.byId.get('seg-aktau-port-alat-port')?.name).toBe('Aktau – Baku (Alat)');
		expect(index.byId.get('aktau-port')?.facets).toBeNull();
		expect(index.byId.get('uzb-fixture')?.facets?.f_usdM).toBe(393);
	});

	it('links related records both ways', () => {
		const plant = index.byId.get('plant-fixture')!;
		const project = index.byId.get('uzb-fixture')!;
		expect(relatedRecords(index, project).map((r) => r.id)).toEqual(['plant-fixture']);
		// The plant names no project, but the project names the plant.
		expect(relatedRecords(index, plant).map((r) => r.id)).toEqual(['uzb-fixture']);
	});

	it('bounds a line by its vertices', () => {
		expect(recordBounds(index.byId.get('seg-beyneu-aktau-port')!)).toEqual([
			51.15, 43.62, 55.19, 45.32
		]);
	});
});

describe('drawn length', () => {
	const base = indexRecords(data).all.find((r) => r.layer === 'corridors')!;
	it('measures a line geodesically and gives a point none', () => {
		// One degree of longitude on the equator: 6371 km × π / 180.
		const degree = {
			...base,
			geometry: {
				type: 'LineString',
				coordinates: [
					[0, 0],
					[1, 0]
				]
			}
		};
		expect(drawnLengthKm(degree as typeof base)).toBeCloseTo(111.19, 1);
		const twice = {
			...base,
			geometry: {
				type: 'LineString',
				coordinates: [
					[0, 0],
					[1, 0],
					[2, 0]
				]
			}
		};
		expect(drawnLengthKm(twice as typeof base)).toBeCloseTo(222.39, 1);
		const point = { ...base, geometry: { type: 'Point', coordinates: [0, 0] } };
		expect(drawnLengthKm(point as typeof base)).toBeNull();
	});
});
