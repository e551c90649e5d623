import { describe, expect, it } from 'vitest';
import { SearchIndex, spellingKey } from '../../../src/lib/data/search';

describe('spellingKey', () => {
	it.each([
		['Aktau', 'Aqtau'],
		['Aktau', 'Актау'],
		['Turkmenbashi', 'Türkmenbaşy'],
		['Turkmenbashi', 'Туркменбаши'],
		['Kuryk', 'Quryq'],
		['Kuryk', 'Құрық'],
		['Alat', 'Ələt'],
		['Khorgos', 'Хоргос'],
		['Zhanaozen', 'Жанаозен'],
		['Malaszewicze', 'Małaszewicze']
	])('folds %s and %s together', (a, b) => {
		expect(spellingKey(a)).toBe(spellingKey(b));
	});

	it('keeps different places apart', () => {
		expect(spellingKey('Aktau')).not.toBe(spellingKey('Aktobe'));
		expect(spellingKey('Batumi')).not.toBe(spellingKey('Baku'));
	});
});

describe('SearchIndex', () => {
	const index = new SearchIndex([
		{ id: 'aktau-port', name: 'Port of Aktau', aliases: ['Aqtau', 'Актау'], participants: [] },
		{
			id: 'kaz-aktau-customs',
			name: 'Aktau port customs digitalisation',
			aliases: [],
			participants: ['JICA']
		},
		{ id: 'alat-port', name: 'Port of Baku (Alat)', aliases: ['Ələt'], participants: [] },
		{
			id: 'plant-syrdarya-2',
			name: 'Syrdarya II CCGT',
			aliases: [],
			participants: ['JBIC', 'Sojitz']
		}
	]);

	it('finds by a variant spelling in another script', () => {
		expect(
			index
				.search('Актау')
				.map((h) => h.id)
				.sort()
		).toEqual(['aktau-port', 'kaz-aktau-customs']);
		expect(
			index
				.search('Aqtau')
				.map((h) => h.id)
				.sort()
		).toEqual(['aktau-port', 'kaz-aktau-customs']);
		expect(index.search('Ələt')[0]!.id).toBe('alat-port');
	});

	it('finds by participant, and says what matched', () => {
		const [hit] = index.search('sojitz');
		expect(hit).toMatchObject({ id: 'plant-syrdarya-2', matched: 'Sojitz' });
	});

	it('ranks a name match above a participant match and a word start above inner text', () => {
		const hits = index.search('aktau');
		expect(hits[0]!.id).toBe('kaz-aktau-customs');
	});

	it('returns nothing for an empty or symbol-only query', () => {
		expect(index.search('')).toEqual([]);
		expect(index.search('<>')).toEqual([]);
	});
});
