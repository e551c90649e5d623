/**
 * The message catalogue: every locale has every key, none empty, and each message uses the same
 * placeholders in every language (a translation that drops or renames {count} would print
 * nothing, or the placeholder itself). Runs in `npm test` with the unit tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_LOCALE, LOCALES } from '../../../src/lib/data/locale';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	baseLocale: string;
	locales: string[];
};
const catalogue = (locale: string): Record<string, unknown> => {
	const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<
		string,
		unknown
	>;
	delete messages.$schema;
	return messages;
};
const messages = Object.fromEntries(LOCALES.map((l) => [l, catalogue(l)]));
const base = messages[BASE_LOCALE]!;

/** The placeholders of a message: {name}, ignoring escaped braces. */
function placeholders(text: string): string[] {
	return [
		...new Set([...text.matchAll(/(?<!\\)\{\s*([A-Za-z_]\w*)\s*\}/g)].map((m) => m[1]!))
	].sort();
}

describe('message catalogue', () => {
	it('names the same locales as the app', () => {
		expect(settings.baseLocale).toBe(BASE_LOCALE);
		expect([...settings.locales].sort()).toEqual([...LOCALES].sort());
	});

	it('has messages', () => {
		expect(Object.keys(base).length).toBeGreaterThan(100);
	});

	it.each(LOCALES)('%s has every key, and no key the base locale lacks', (locale) => {
		const keys = Object.keys(messages[locale]!);
		expect(Object.keys(base).filter((k) => !keys.includes(k))).toEqual([]);
		expect(keys.filter((k) => !(k in base))).toEqual([]);
	});

	it.each(LOCALES)('%s has no empty message', (locale) => {
		const empty = Object.entries(messages[locale]!)
			.filter(([, text]) => typeof text !== 'string' || text.trim() === '')
			.map(([key]) => key);
		expect(empty).toEqual([]);
	});

	it.each(LOCALES.filter((l) => l !== BASE_LOCALE))(
		'%s uses the same placeholders as the base locale in every message',
		(locale) => {
			const differ = Object.entries(base)
				.filter(([key]) => typeof messages[locale]![key] === 'string')
				.filter(
					([key, text]) =>
						placeholders(String(text)).join() !==
						placeholders(String(messages[locale]![key])).join()
				)
				.map(([key, text]) => ({
					key,
					[BASE_LOCALE]: placeholders(String(text)),
					[locale]: placeholders(String(messages[locale]![key]))
				}));
			expect(differ).toEqual([]);
		}
	);

	it('finds placeholders', () => {
		expect(placeholders('{count} of {total}, {count} again')).toEqual(['count', 'total']);
		expect(placeholders('no placeholder \\{here}')).toEqual([]);
	});
});
