/**
 * Japan's financing of a project, and its project cost, in US dollars: the one place that decides
 * what counts. Totals, the list's amount column, the amount filter, the statistics and the export
 * all read `japanFinancing`. The project cost is never a fallback for Japan's share. Pure.
 */
import type { Financing, ProjectProps } from './schemas';
import { toUsd, type UsdConversion } from './fx';

/** Instruments that finance the project directly (a contract paid from them is not added again). */
const FUNDING = new Set([
	'loan',
	'grant',
	'technical-cooperation',
	'equity',
	'project-finance',
	'export-credit'
]);

/**
 * Why an entry is shown but not added to Japan's total, or null when it is added:
 * - targets are announcements, not committed money;
 * - insurance and guarantees cover other lenders' loans (counting them counts those loans);
 * - a Japanese firm's contract on a project that Japanese money also funds is usually paid from
 *   that money: adding both would count it twice.
 */
export function notCountedBecause(f: Financing, all: readonly Financing[]): string | null {
	if (f.scope === 'target') return 'an announced target, not committed finance';
	if (f.instrument === 'insurance' || f.instrument === 'guarantee')
		return `${f.instrument} covers other lenders' money, so it is not added`;
	if (
		f.instrument === 'commercial-contract' &&
		all.some((o) => o !== f && o.scope === 'japanese-share' && FUNDING.has(o.instrument))
	)
		return "a contract paid from the project's Japanese financing, so not added again";
	return null;
}

export interface EntryUsd {
	entry: Financing;
	conversion: UsdConversion | null;
	/** Null: added to Japan's total (when it converts). */
	notCounted: string | null;
}

export interface JapanFinancing {
	/** Sum of the counted entries that convert, in USD; null when none does. */
	usd: number | null;
	/** Some counted entry used the latest annual rate for a later year. */
	provisional: boolean;
	entries: EntryUsd[];
}

export function japanFinancing(p: Pick<ProjectProps, 'financing'>): JapanFinancing {
	const entries = p.financing.map((entry) => ({
		entry,
		conversion: toUsd(entry),
		notCounted: notCountedBecause(entry, p.financing)
	}));
	const counted = entries.filter((e) => e.notCounted === null && e.conversion !== null);
	return {
		usd: counted.length ? counted.reduce((sum, e) => sum + e.conversion!.usd, 0) : null,
		provisional: counted.some((e) => e.conversion!.provisional),
		entries
	};
}

/** The project cost in USD (null: no cost, or it does not convert). */
export function projectCostUsd(p: Pick<ProjectProps, 'projectCost'>): UsdConversion | null {
	return p.projectCost ? toUsd(p.projectCost) : null;
}

/** USD → millions with two decimals, as the facets and the CSV carry them. */
export const toMillions = (usd: number) => Math.round((usd / 1e6) * 100) / 100;
