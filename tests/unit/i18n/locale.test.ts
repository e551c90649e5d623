import { describe, expect, it } from 'vitest';
import {
	langParam,
	localeFromParam,
	localizePath,
	relativePath,
	routePath
} from '../../../src/lib/data/locale';
import {
	formatMoney,
	formatNumber,
	formatPartialDate,
	formatUsdMillions
} from '../../../src/lib/data/format';
import { localName } from '../../../src/lib/data/records';
import { SearchIndex } from '../../../src/lib/data/search';
import { namesSchema } from '../../../src/lib/data/schemas';

describe('locale paths', () => {
	it('puts English at the root and the others under their code', () => {
		expect(localizePath('/plants/x/', 'en')).toBe('/plants/x/');
		expect(localizePath('/plants/x/', 'ja')).toBe('/ja/plants/x/');
		expect(localizePath('/', 'ru')).toBe('/ru/');
		expect(langParam('en')).toBeUndefined();
		expect(langParam('ja')).toBe('ja');
		expect(localeFromParam(undefined)).toBe('en');
		expect(localeFromParam('ru')).toBe('ru');
		expect(localeFromParam('de')).toBe('en');
	});

	it('rebuilds a page path from its route, without the locale', () => {
		expect(routePath('/[[lang=lang]]', { lang: 'ja' })).toBe('/');
		expect(routePath('/[[lang=lang]]/methods', {})).toBe('/methods/');
		expect(
			routePath('/[[lang=lang]]/[layer=layer]/[id]', { lang: 'ru', layer: 'plants', id: 'x' })
		).toBe('/plants/x/');
	});

	it('links relatively, so a sub-path deployment keeps working', () => {
		expect(relativePath('/', '/ja/')).toBe('./ja/');
		expect(relativePath('/ja/', '/')).toBe('../');
		expect(relativePath('/ja/plants/x/', '/ru/plants/x/')).toBe('../../../ru/plants/x/');
		expect(relativePath('/plants/x/', '/ja/plants/x/')).toBe('../../ja/plants/x/');
	});
});

describe('formatting by locale', () => {
	it('keeps the English forms', () => {
		expect(formatNumber(12345.6)).toBe('12,346');
		expect(formatUsdMillions(2_500_000)).toBe('US$2.5 m');
		expect(formatPartialDate('2025-12-20')).toBe('20 Dec 2025');
		expect(formatPartialDate('2025-12')).toBe('Dec 2025');
		expect(formatPartialDate(null)).toBe('undated');
		expect(formatMoney(1500, 'USD')).toBe('US$1,500');
	});

	it('writes Japanese dates, numbers and money', () => {
		expect(formatPartialDate('2025-12-20', 'ja')).toBe('2025年12月20日');
		expect(formatPartialDate('2025-12', 'ja')).toBe('2025年12月');
		expect(formatPartialDate('2025', 'ja')).toBe('2025年');
		expect(formatPartialDate(null, 'ja')).toBe('日付なし');
		expect(formatNumber(12345, 'ja')).toBe('12,345');
		expect(formatUsdMillions(2_500_000, 'ja')).toBe('2.5百万米ドル');
		expect(formatMoney(12e9, 'JPY', 'ja')).toBe('￥120億');
	});

	it('writes Russian dates, numbers and money', () => {
		expect(formatPartialDate('2025-12-20', 'ru')).toBe('20 дек. 2025 г.');
		expect(formatPartialDate(null, 'ru')).toBe('без даты');
		expect(formatNumber(12345, 'ru')).toBe('12\u00a0345');
		expect(formatUsdMillions(2_500_000, 'ru')).toBe('2,5 млн долл.');
	});
});

describe('names in several languages', () => {
	const record = {
		name: 'Tashkent',
		props: { names: { en: 'Tashkent', ja: 'タシケント', ru: 'Ташкент' } }
	};

	it('shows the name in the reader’s language, falling back to English', () => {
		expect(localName(record, 'ja')).toBe('タシケント');
		expect(localName(record, 'ru')).toBe('Ташкент');
		expect(localName(record, 'en')).toBe('Tashkent');
		expect(localName({ name: 'Aktau', props: {} }, 'ja')).toBe('Aktau');
		expect(localName({ name: 'Aktau', props: { names: { en: 'Aktau', ru: 'Актау' } } }, 'ja')).toBe(
			'Aktau'
		);
	});

	it('accepts names with English required and the others optional', () => {
		expect(namesSchema.safeParse({ en: 'Aktau' }).success).toBe(true);
		expect(namesSchema.safeParse({ en: 'Aktau', ja: 'アクタウ', ru: 'Актау' }).success).toBe(true);
		expect(namesSchema.safeParse({ ja: 'アクタウ' }).success).toBe(false);
		expect(namesSchema.safeParse({ en: 'Aktau', de: 'Aktau' }).success).toBe(false);
	});

	it('finds the same records by any language’s name, whatever the reader’s language', () => {
		const index = new SearchIndex([
			{
				id: 'tokyo',
				name: 'Tokyo',
				names: ['Tokyo', '東京', 'Токио'],
				aliases: [],
				participants: []
			},
			{
				id: 'aktau-port',
				name: 'Port of Aktau',
				names: ['アクタウ港'],
				aliases: ['Актау'],
				participants: []
			},
			{
				id: 'tashkent',
				name: 'Tashkent',
				names: ['タシケント', 'Ташкент'],
				aliases: [],
				participants: []
			},
			{
				id: 'gallium',
				name: 'Gallium plant',
				names: ['ガリウム工場'],
				aliases: [],
				participants: []
			},
			{
				id: 'potassium',
				name: 'Potash mine',
				names: ['カリウム鉱山'],
				aliases: [],
				participants: []
			}
		]);
		const ids = (q: string) => index.search(q).map((h) => h.id);
		expect(ids('東京')).toEqual(['tokyo']);
		expect(ids('Токио')).toEqual(['tokyo']);
		expect(ids('Актау')).toEqual(['aktau-port']);
		expect(ids('アクタウ')).toEqual(['aktau-port']);
		expect(ids('Tashkent')).toEqual(['tashkent']);
		expect(ids('Ташкент')).toEqual(['tashkent']);
		expect(ids('タシケント')).toEqual(['tashkent']);
		// Kana voicing marks are kept: ガリウム (gallium) is not カリウム (potassium).
		expect(ids('ガリウム')).toEqual(['gallium']);
		expect(index.search('東京')[0]).toMatchObject({ matched: '東京' });
	});
});
