/** Display formatting for amounts and dates. Pure. */

export function formatMoney(amount: number, currency: string): string {
	try {
		return new Intl.NumberFormat('en-GB', {
			style: 'currency',
			currency,
			notation: amount >= 1e6 ? 'compact' : 'standard',
			maximumFractionDigits: amount >= 1e6 ? 2 : 0
		}).format(amount);
	} catch {
		return `${amount.toLocaleString('en-GB')} ${currency}`;
	}
}

export function formatUsdMillions(usd: number): string {
	return `US$${(usd / 1e6).toLocaleString('en-GB', { maximumFractionDigits: usd < 1e7 ? 2 : 0 })} m`;
}

/** "2025-12-20" → "20 Dec 2025"; "2025-12" → "Dec 2025"; "2025" stays. */
export function formatPartialDate(date: string | null): string {
	if (!date) return 'undated';
	const [y, m, d] = date.split('-');
	const month = m
		? new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', {
				month: 'short',
				timeZone: 'UTC'
			})
		: '';
	return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
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
