import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex, spellingKey, withinOneEdit } from '../../../src/lib/data/search';

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
		expect(spellingKey('Kokand')).not.toBe(spellingKey('Kulob'));
	});

	const foldsTogether = (names: string[]) => {
		const keys = names.map(spellingKey);
		expect(new Set(keys).size, `${names.join(', ')} → ${keys.join(', ')}`).toBe(1);
	};

	it.each([
		// ҷ, and the Russian дж and the French-style dj for the same sound.
		['Хуҷанд', 'ХУҶАНД', 'Khujand', 'Khudjand', 'Худжанд'],
		['Ҳисор', 'ҲИСОР', 'Hisor'],
		['Кӯлоб', 'КӮЛОБ', 'Kulob'],
		['Роғун', 'РОҒУН', 'Roghun', 'Rogun'],
		['Айнӣ', 'АЙНӢ', 'Ayni'],
		['Қӯрғонтеппа', 'ҚӮРҒОНТЕППА', 'Qurghonteppa', 'Kurgonteppa']
	])('Tajik: folds %s', (...names) => foldsTogether(names));

	it.each([
		// ў is oʻ in Uzbek Latin, typed with any apostrophe or none.
		['Қўқон', 'ҚЎҚОН', 'Qoʻqon', "Qo'qon", 'Qo‘qon', 'Qo’qon', 'Qoqon'],
		['Ўзбекистон', 'Oʻzbekiston', "O'zbekiston", 'Ozbekiston', 'OʻZBEKISTON'],
		['Ғиждувон', 'ҒИЖДУВОН', 'Gʻijduvon', "G'ijduvon", 'G‘ijduvon', 'Ghijduvon'],
		['Ҳазорасп', 'Hazorasp', 'Xazorasp'],
		['Чорсу', 'Chorsu']
	])('Uzbek: folds %s', (...names) => foldsTogether(names));

	it.each([
		['Ақтау', 'АҚТАУ', 'Aktau', 'Aqtau'],
		['Өскемен', 'ӨСКЕМЕН', 'Oskemen', 'Öskemen'],
		['Жаңаөзен', 'Zhanaozen', 'Janaozen', 'Zhangaozen', 'Jañaözen'],
		['Қарағанды', 'Qaraghandy', 'Karagandy'],
		['Екібастұз', 'ЕКІБАСТҰЗ', 'Ekibastuz'],
		['Түркістан', 'Turkistan', 'Türkistan'],
		['Һ', 'h']
	])('Kazakh: folds %s', (...names) => foldsTogether(names));

	it.each([
		['Өзгөн', 'ӨЗГӨН', 'Özgön', 'Ozgon'],
		['Чоң-Кемин', 'Chong-Kemin', 'Chon-Kemin'],
		['Жалал-Абад', 'Jalal-Abad', 'Dzhalal-Abad', 'Джалал-Абад'],
		['Түп', 'Tüp', 'Tup']
	])('Kyrgyz: folds %s', (...names) => foldsTogether(names));

	it.each([
		['Türkmenbaşy', 'TÜRKMENBAŞY', 'Turkmenbashi'],
		['Aşgabat', 'AŞGABAT', 'Ashgabat'],
		['Köneürgenç', 'Koneurgench'],
		['Ýolöten', 'Yoloten'],
		['äçňöşüýž', 'achnoshuyzh']
	])('Turkmen Latin: folds %s', (...names) => foldsTogether(names));

	it.each([
		['Ələt', 'ƏLƏT', 'Alat'],
		['Şəki', 'ŞƏKİ', 'Shaki'],
		['Xaçmaz', 'Khachmaz'],
		['Ağstafa', 'Aghstafa', 'Agstafa'],
		['Böyük Kəsik', 'Boyuk Kasik'],
		['Sumqayıt', 'Sumkayit']
	])('Azerbaijani: folds %s', (...names) => foldsTogether(names));

	it('keeps an apostrophe inside a word from splitting it', () => {
		expect(spellingKey("O'zbekiston")).toBe('ozbekiston');
	});
});

describe('withinOneEdit', () => {
	it.each([
		['aktau', 'aktau'],
		['aktua', 'aktau'],
		['taskant', 'taskent'],
		['samarknd', 'samarkand'],
		['samarkandd', 'samarkand'],
		['xaktau', 'aktau'],
		['aktau', 'akta']
	])('%s and %s are at most one edit apart', (a, b) => {
		expect(withinOneEdit(a, b)).toBe(true);
		expect(withinOneEdit(b, a)).toBe(true);
	});

	it.each([
		['aktau', 'aktobe'],
		['atkua', 'aktau'],
		['samrknd', 'samarkand'],
		['abc', 'cba']
	])('%s and %s are not', (a, b) => {
		expect(withinOneEdit(a, b)).toBe(false);
		expect(withinOneEdit(b, a)).toBe(false);
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

	it('ranks a whole-alias match above a name that starts with the query', () => {
		expect(index.search('aktau').map((h) => h.id)).toEqual(['aktau-port', 'kaz-aktau-customs']);
	});

	it('says the name matched when it did, even if an alias matched better', () => {
		// The alias Aqtau is an exact match, but the name is what the result shows anyway.
		expect(index.search('aktau')[0]).toMatchObject({ id: 'aktau-port', matched: 'Port of Aktau' });
		expect(index.search('Ələt')[0]).toMatchObject({
			id: 'alat-port',
			matched: 'Port of Baku (Alat)'
		});
	});

	it('ranks a name match above a participant match and a word start above inner text', () => {
		const ranked = new SearchIndex([
			{ id: 'by-participant', name: 'Gas plant', aliases: [], participants: ['Navoi Mining'] },
			{ id: 'by-name', name: 'Navoi power plant', aliases: [], participants: [] },
			{ id: 'inner', name: 'Kizilnavoi junction', aliases: [], participants: [] },
			{ id: 'word-start', name: 'Old Navoiyazot works', aliases: [], participants: [] }
		]);
		expect(ranked.search('navoi').map((h) => h.id)).toEqual([
			'by-name',
			'by-participant',
			'word-start',
			'inner'
		]);
	});

	it('returns nothing for an empty or symbol-only query', () => {
		expect(index.search('')).toEqual([]);
		expect(index.search('<>')).toEqual([]);
	});
});

describe('SearchIndex: names across scripts', () => {
	const index = new SearchIndex([
		{ id: 'khujand', name: 'Khujand', aliases: ['Хуҷанд', 'Leninabad'], participants: [] },
		{ id: 'chorsu', name: 'Chorsu Bazaar', aliases: [], participants: [] },
		{ id: 'kokand', name: 'Kokand', aliases: ['Qoʻqon', 'Қўқон'], participants: [] },
		{ id: 'gijduvan', name: 'Ғиждувон', aliases: [], participants: [] },
		{ id: 'hisor', name: 'Hisor fortress', aliases: ['Gissar', 'Ҳисор'], participants: [] },
		{
			id: 'turkmenbashi',
			name: 'Port of Turkmenbashi',
			aliases: ['Türkmenbaşy'],
			participants: []
		},
		{ id: 'ashgabat', name: 'Ashgabat', aliases: ['Aşgabat'], participants: [] },
		{ id: 'oskemen', name: 'Oskemen', aliases: ['Ust-Kamenogorsk'], participants: [] }
	]);
	const first = (q: string) => index.search(q)[0]?.id;

	it.each([
		['ХУҶАНД', 'khujand'],
		['Khudjand', 'khujand'],
		['Qo‘qon', 'kokand'],
		["Qo'qon", 'kokand'],
		['ҚЎҚОН', 'kokand'],
		["G'ijduvon", 'gijduvan'],
		['Ҳисор', 'hisor'],
		['Gissar', 'hisor'],
		['Turkmenbashi', 'turkmenbashi'],
		['Aşgabat', 'ashgabat'],
		['Өскемен', 'oskemen']
	])('%s finds %s', (q, id) => expect(first(q)).toBe(id));

	it('says which alias matched when the name did not', () => {
		expect(index.search("Qo'qon")[0]).toMatchObject({ id: 'kokand', matched: 'Qoʻqon' });
	});

	it('finds an Uzbek ў spelling (Чорсў) and the Russian-style Gijduvan with one edit', () => {
		expect(first('Чорсў')).toBe('chorsu');
		expect(first('Gijduvan')).toBe('gijduvan');
	});
});

describe('SearchIndex: typos', () => {
	const index = new SearchIndex([
		{ id: 'aktau-port', name: 'Port of Aktau', aliases: ['Aqtau'], participants: [] },
		{ id: 'aktobe', name: 'Aktobe', aliases: [], participants: [] },
		{ id: 'tashkent', name: 'Tashkent', aliases: ['Toshkent'], participants: ['JICA'] },
		{ id: 'samarkand', name: 'Samarkand station', aliases: [], participants: [] },
		{ id: 'samarkand-cable', name: 'Samarkand cable plant', aliases: [], participants: [] },
		{ id: 'port', name: 'Sort yard', aliases: [], participants: ['Mitsui'] }
	]);
	const ids = (q: string) => index.search(q).map((h) => h.id);

	it.each([
		['Aktua', 'aktau-port'],
		['Tashkant', 'tashkent'],
		['Samarqnd', 'samarkand'],
		['Samarkandd', 'samarkand'],
		['Samarkand statoin', 'samarkand']
	])('%s (one edit) finds %s', (q, id) => {
		expect(ids(q)).toContain(id);
	});

	it('says what matched a typo', () => {
		expect(index.search('Aktua')[0]).toMatchObject({ id: 'aktau-port', matched: 'Port of Aktau' });
	});

	it('does not match a typo in a word of fewer than four letters', () => {
		expect(ids('Prt')).toEqual([]);
		expect(ids('Srt')).toEqual([]);
		expect(ids('Sotr')).toEqual(['port']);
	});

	it('does not match two edits, or typos in participants', () => {
		expect(ids('Taskhant')).toEqual([]);
		expect(ids('Mitsuj')).toEqual([]);
	});

	it('counts edits after folding: a doubled letter is no edit', () => {
		expect(ids('Tashkkant')).toEqual(['tashkent']);
	});

	it('ranks a typo match below an exact, alias or prefix match', () => {
		const ranked = new SearchIndex([
			{ id: 'typo', name: 'Aktay depot', aliases: [], participants: [] },
			{ id: 'prefix', name: 'Aktauneft terminal', aliases: [], participants: [] },
			{ id: 'alias', name: 'Mangystau port', aliases: ['Aktau'], participants: [] },
			{ id: 'name', name: 'Aktau', aliases: [], participants: [] }
		]);
		expect(ranked.search('Aktau').map((h) => h.id)).toEqual(['name', 'alias', 'prefix', 'typo']);
	});

	it('finds the words of a name in any order, above a typo', () => {
		expect(ids('station samarkand')).toEqual(['samarkand']);
		expect(ids('samarkand sta')[0]).toBe('samarkand');
	});
});

describe('SearchIndex: ranking of exact names', () => {
	const index = new SearchIndex([
		{
			id: 'alashankou',
			name: 'Alashankou (Alataw Pass)',
			aliases: ['Alatau Pass', 'Alataw Pass', 'Алашанькоу', '阿拉山口'],
			participants: []
		},
		{
			id: 'alat-port',
			name: 'Baku International Sea Trade Port (Alat)',
			aliases: ['Port of Baku', 'Alat', 'Ələt', 'Алят'],
			participants: []
		},
		{ id: 'seg-alat-ganja', name: 'Baku–Tbilisi line: Alat–Ganja', aliases: [], participants: [] }
	]);

	it.each(['Alat', 'Ələt', 'alat', 'ƏLƏT'])(
		'%s ranks the port of Alat first, a name with the word Alat next, Alashankou last',
		(q) => {
			expect(index.search(q).map((h) => h.id)).toEqual([
				'alat-port',
				'seg-alat-ganja',
				'alashankou'
			]);
		}
	);

	it('keeps the limit, best first', () => {
		expect(index.search('Alat', 1).map((h) => h.id)).toEqual(['alat-port']);
		expect(index.search('Alat', 0)).toEqual([]);
	});
});

describe('SearchIndex against a plain scan', () => {
	// Few letters, so that words often share letters and are one edit apart.
	const word = fc.stringMatching(/^[abdt]{1,6}$/);
	const text = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
	const item = fc.record({
		name: text,
		aliases: fc.array(text, { maxLength: 2 }),
		participants: fc.array(text, { maxLength: 1 })
	});

	/** What the index should find, by checking every field of every record. */
	function plainScan(
		items: { name: string; aliases: string[]; participants: string[] }[],
		query: string
	) {
		const q = spellingKey(query);
		const queryWords = q.split(' ');
		const near = (qw: string, w: string) => qw.length >= 4 && withinOneEdit(qw, w);
		const byWords = (key: string) => {
			const words = key.split(' ');
			return queryWords.every((qw, i) =>
				words.some(
					(w) => (i === queryWords.length - 1 ? w.startsWith(qw) : w === qw) || near(qw, w)
				)
			);
		};
		return items.flatMap((it, i) => {
			const named = [it.name, ...it.aliases].map(spellingKey);
			const literal = [...named, ...it.participants.map(spellingKey)].some((k) => k.includes(q));
			return literal || named.some(byWords) ? [`r${i}`] : [];
		});
	}

	it('finds the same records as checking every field', () => {
		fc.assert(
			fc.property(fc.array(item, { minLength: 1, maxLength: 25 }), text, (items, query) => {
				const index = new SearchIndex(items.map((it, i) => ({ id: `r${i}`, ...it })));
				const found = index.search(query, 1000).map((h) => h.id);
				expect(found.sort()).toEqual(plainScan(items, query).sort());
			}),
			{ numRuns: 300 }
		);
	});
});
