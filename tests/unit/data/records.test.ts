import { describe, expect, it } from 'vitest';
import {
	localCorridor,
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

describe('localCorridor', () => {
	const corridor = {
		id: 'middle-corridor',
		name: 'Middle Corridor (Trans-Caspian International Transport Route)',
		names: {
			en: 'Middle Corridor (Trans-Caspian International Transport Route)',
			ja: '中央回廊（カスピ海横断国際輸送ルート）'
		},
		shortName: 'Middle Corridor',
		shortNames: { en: 'Middle Corridor', ja: '中央回廊' }
	};

	it('names a corridor in a language that has its names, keeping the rest', () => {
		expect(localCorridor(corridor, 'ja')).toEqual({
			...corridor,
			name: '中央回廊（カスピ海横断国際輸送ルート）',
			shortName: '中央回廊'
		});
	});

	it('falls back to English where a language has no name, and leaves English as it is', () => {
		expect(localCorridor(corridor, 'ru')).toEqual(corridor);
		expect(localCorridor(corridor, 'en')).toBe(corridor);
		const bare = { name: 'CKU railway line', shortName: 'CKU railway' };
		expect(localCorridor(bare, 'ja')).toEqual(bare);
	});
});
