/**
 * The atlas's languages and how they appear in addresses. Pure: the message catalogue lives in
 * messages/<locale>.json (compiled by Paraglide into src/lib/paraglide); this module only knows the
 * locale codes, their Intl tags and the path prefixes. English is served at the root, every other
 * locale under /<locale>/, with the view state in the query string as everywhere else.
 */
export const LOCALES = ['en', 'ja', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** Each language's own name, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ja: '日本語', ru: 'Русский' };

/** The tag handed to Intl formatters (numbers, currencies, dates). */
export const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', ja: 'ja-JP', ru: 'ru-RU' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale a route's optional `lang` parameter names (absent: English). */
export function localeFromParam(param: string | undefined): Locale {
	return isLocale(param) ? param : BASE_LOCALE;
}

/** The route parameter for a locale: undefined for the base locale, which has no prefix. */
export function langParam(locale: Locale): string | undefined {
	return locale === BASE_LOCALE ? undefined : locale;
}

/** '/plants/x/' in a locale: '/ja/plants/x/'; the base locale keeps the path as it is. */
export function localizePath(path: string, locale: Locale): string {
	const p = path.startsWith('/') ? path : `/${path}`;
	return locale === BASE_LOCALE ? p : `/${locale}${p}`;
}

/**
 * A page's path without its locale, from the route id and its parameters:
 * ('/[[lang=lang]]/[layer=layer]/[id]', { layer: 'plants', id: 'x' }) → '/plants/x/'. Built from the
 * route, not from location, so it holds when the site is served under a sub-path.
 */
export function routePath(routeId: string | null, params: Record<string, string | undefined>) {
	const parts: string[] = [];
	for (const seg of (routeId ?? '/').split('/')) {
		if (!seg || seg.startsWith('[[lang')) continue;
		const param = /^\[(\w+)(?:=\w+)?\]$/.exec(seg);
		parts.push(param ? (params[param[1]!] ?? '') : seg);
	}
	return parts.length ? `/${parts.join('/')}/` : '/';
}

/**
 * A relative link from the page at `from` to the page at `to` (both absolute paths from the
 * site's root, ending in '/'): relative links keep working when the site lives under a sub-path.
 */
export function relativePath(from: string, to: string): string {
	const depth = from.split('/').filter(Boolean).length;
	const up = depth ? '../'.repeat(depth) : './';
	return up + to.replace(/^\//, '');
}
