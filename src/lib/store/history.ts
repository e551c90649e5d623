/**
 * The one place that writes the address bar, through SvelteKit's shallow routing. The view store
 * talks to the `AddressBar` interface, so it runs (and is tested) without a browser.
 */
import { pushState, replaceState } from '$app/navigation';

export interface AddressBar {
	/** A new history entry for a discrete change (filters, selection, panel). */
	push(search: string): void;
	/** Rewrites the current entry (camera moves, cleaned-up links). */
	replace(search: string): void;
	/** Rewrites the current entry once typing pauses: browsers throttle rapid history writes. */
	replaceSoon(search: string): void;
}

/** How long typing must pause before the search text goes into the address bar. */
export const TYPING_PAUSE_MS = 300;

export function browserAddressBar(): AddressBar {
	let pending: ReturnType<typeof setTimeout> | undefined;
	const cancelPending = () => {
		clearTimeout(pending);
		pending = undefined;
	};
	const write = (search: string, mode: 'push' | 'replace') => {
		cancelPending();
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
	return {
		push: (search) => write(search, 'push'),
		replace: (search) => write(search, 'replace'),
		replaceSoon(search) {
			cancelPending();
			pending = setTimeout(() => write(search, 'replace'), TYPING_PAUSE_MS);
		}
	};
}
