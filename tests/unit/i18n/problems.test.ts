/**
 * Load problems in each language: the sentence is translated, the technical detail (HTTP status,
 * field and schema message) is kept as it is, and English reads as the English message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fileProblem, type LoadProblem } from '../../../src/lib/data/problem';
import { setActiveLocale } from '../../../src/lib/i18n';
import { problemText } from '../../../src/lib/i18n/problems';

const missing = fileProblem('network.json', 'unreadable', { detail: 'HTTP 500' });
const routing: LoadProblem = {
	...missing,
	effect: 'routing',
	message: `comparison and routing are unavailable (${missing.message})`
};
const invalid = fileProblem('mines.geojson', 'invalid', {
	detail: 'features.3.properties.country: unknown ISO code',
	moreIssues: 2
});

describe('load problems by language', () => {
	afterAll(() => setActiveLocale('en'));

	it('read as the English message in English', () => {
		setActiveLocale('en');
		for (const p of [missing, routing, invalid]) expect(problemText(p)).toBe(p.message);
		expect(invalid.message).toBe('features.3.properties.country: unknown ISO code (+2 more)');
	});

	it('are worded in Japanese and Russian around the untranslated detail', () => {
		setActiveLocale('ja');
		expect(problemText(missing)).toBe('読み込めませんでした（HTTP 500）');
		expect(problemText(routing)).toBe(
			'回廊の比較とルート検索は利用できません（読み込めませんでした（HTTP 500））'
		);
		expect(problemText(invalid)).toBe(
			'features.3.properties.country: unknown ISO code（ほか 2 件）'
		);
		setActiveLocale('ru');
		expect(problemText(routing)).toBe(
			'сравнение коридоров и построение маршрутов недоступны (не удалось загрузить (HTTP 500))'
		);
		expect(problemText(invalid)).toMatch(/unknown ISO code \(и ещё 2\)$/);
	});
});
