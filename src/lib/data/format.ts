/**
 * Display formatting for numbers, amounts and dates, in the reader's locale (Intl). Pure: the
 * locale is an argument (English by default), never read from the page.
 */
import { INTL_TAGS, type Locale } from './locale';

const tag = (locale: Locale) => INTL_TAGS[locale] ?? INTL_TAGS.en;

/** A plain number with grouping: 12,345 / 12 345 / 12,345. */
export function formatNumber(n: number, locale: Locale = 'en', maximumFractionDigits = 0): string {
	return n.toLocaleString(tag(locale), { maximumFractionDigits });
}

export function formatMoney(amount: number, currency: string, locale: Locale = 'en'): string {
	try {
		return new Intl.NumberFormat(tag(locale), {
			style: 'currency',
			currency,
			notation: amount >= 1e6 ? 'compact' : 'standard',
			maximumFractionDigits: amount >= 1e6 ? 2 : 0
		}).format(amount);
	} catch {
		return `${amount.toLocaleString(tag(locale))} ${currency}`;
	}
}

/** US dollars in millions: "US$12.5 m", "12.5百万米ドル", "12,5 млн долл." */
export function formatUsdMillions(usd: number, locale: Locale = 'en'): string {
	const n = (usd / 1e6).toLocaleString(tag(locale), {
		maximumFractionDigits: usd < 1e7 ? 2 : 0
	});
	if (locale === 'ja') return `${n}百万米ドル`;
	if (locale === 'ru') return `${n} млн долл.`;
	return `US$${n} m`;
}

const UNDATED: Record<Locale, string> = { en: 'undated', ja: '日付なし', ru: 'без даты' };

/**
 * A date of day, month or year precision: "2025-12-20" → "20 Dec 2025" / "2025年12月20日" /
 * "20 дек. 2025 г."; "2025-12" → "Dec 2025" / "2025年12月" / "декабрь 2025 г."; a year stays.
 */
export function formatPartialDate(date: string | null, locale: Locale = 'en'): string {
	if (!date) return UNDATED[locale] ?? UNDATED.en;
	const [y, m, d] = date.split('-');
	if (locale === 'en' || !INTL_TAGS[locale]) {
		const month = m
			? new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', {
					month: 'short',
					timeZone: 'UTC'
				})
			: '';
		return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
	}
	const when = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
	const options: Intl.DateTimeFormatOptions = d
		? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
		: m
			? { year: 'numeric', month: 'long', timeZone: 'UTC' }
			: { year: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(tag(locale), options).format(when);
}

/**
 * The URL as a link target if it is an absolute http(s) URL, else null. Every link the app draws
 * from data goes through this, whatever validated the data before: a tampered file or response
 * must not turn a source into a `javascript:` or `data:` link.
 */
export function safeHref(url: unknown): string | null {
	if (typeof url !== 'string') return null;
	try {
		const parsed = new URL(url.trim());
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
	} catch {
		return null;
	}
}
