/**
 * The one place that writes the address bar, through SvelteKit's shallow routing. The view store
 * talks to the `AddressBar` interface, so it runs (and is tested) without a browser.
 */
import { pushState, replaceState } from '$app/navigation';
import { queueWrite, type PendingWrite } from '$lib/state/history-queue';
import { afterNextPaint } from './after-paint';

export interface AddressBar {
	/** A new history entry for a discrete change (filters, selection, panel). */
	push(search: string): void;
	/** Rewrites the current entry (camera moves, cleaned-up links). */
	replace(search: string): void;
	/** Rewrites the current entry once typing pauses: browsers throttle rapid history writes. */
	replaceSoon(search: string): void;
	/** Drops writes not yet made: Back or Forward has already chosen the view to show. */
	cancelPending(): void;
}

/** How long typing must pause before the search text goes into the address bar. */
export const TYPING_PAUSE_MS = 300;

/**
 * Writes wait until the browser has painted the change they record: a history write costs
 * Chromium's main thread 1 to 9 ms on a slow machine, and a click should show its result first.
 * The time they take is marked as `atlas:url-write` for the benchmark.
 */
export function browserAddressBar(): AddressBar {
	let typing: ReturnType<typeof setTimeout> | undefined;
	let queue: PendingWrite[] = [];
	let scheduled = false;
	const write = ({ mode, search }: PendingWrite) => {
		if (mode === 'push' && search === location.search) return;
		// The current page's own path with a new query: nothing to resolve.
		const url = `${location.pathname}${search}${location.hash}`;
		try {
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (mode === 'push') pushState(url, {});
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			else replaceState(url, {});
		} catch (error) {
			// Before the router is ready (first frame) there is nothing to update yet.
			console.warn('address bar not updated:', (error as Error).message);
		}
	};
	const flush = () => {
		scheduled = false;
		const writes = queue;
		queue = [];
		if (writes.length === 0) return;
		const start = performance.now();
		writes.forEach(write);
		// Only the latest is kept: the benchmark reads them through an observer as they come.
		performance.clearMeasures('atlas:url-write');
		performance.measure('atlas:url-write', { start });
	};
	const enqueue = (pending: PendingWrite) => {
		clearTimeout(typing);
		queue = queueWrite(queue, pending);
		if (scheduled) return;
		scheduled = true;
		afterNextPaint(flush);
	};
	return {
		push: (search) => enqueue({ mode: 'push', search }),
		replace: (search) => enqueue({ mode: 'replace', search }),
		replaceSoon(search) {
			clearTimeout(typing);
			typing = setTimeout(() => enqueue({ mode: 'replace', search }), TYPING_PAUSE_MS);
		},
		cancelPending() {
			clearTimeout(typing);
			queue = [];
		}
	};
}
