/**
 * Loads the geodata: files whose bytes the build checked are used as they are (load-checked.ts);
 * otherwise every file is checked in a worker (load.worker.ts), so the main thread only receives
 * the checked records. Should the worker fail to start or answer, the same load runs here: the
 * result, and every problem it reports, are the same either way. The schemas are imported only
 * then, so the first view's main-thread bundle goes without them.
 */
import type { LoadResult } from './load';
import type { GeodataKey } from './schemas';
import type { LoadRequest } from './load.worker';
import { loadChecked, type Digests } from './load-checked';

/** The part of a Worker this uses, so a test can stand in for one. */
export type LoadWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
	onmessage: ((event: MessageEvent<LoadResult>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	onmessageerror: ((event: MessageEvent) => void) | null;
};

function startWorker(): LoadWorker | null {
	if (typeof Worker === 'undefined') return null;
	return new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
}

export interface OffThreadOptions {
	/** Starts the worker; null when none can run (no Worker, as in Node). */
	spawn?: () => LoadWorker | null;
	/** Used only when the load runs here; the worker fetches with its own `fetch`. */
	fetchFn?: typeof fetch;
	/** What relative URLs are resolved against before they go to the worker: the page's address. */
	base?: string;
	/**
	 * The digests of the files as the build checked them: when every file matches, they are used
	 * as they are and no worker starts (load-checked.ts).
	 */
	sha256?: Digests;
}

export async function loadGeodataOffThread(
	urls: Partial<Record<GeodataKey, string>>,
	options: OffThreadOptions = {}
): Promise<LoadResult> {
	const checked = options.sha256
		? await loadChecked(urls, options.sha256, options.fetchFn ?? fetch)
		: null;
	return checked ?? checkOffThread(urls, options);
}

function checkOffThread(
	urls: Partial<Record<GeodataKey, string>>,
	{ spawn = startWorker, fetchFn = fetch, base = globalThis.location?.href }: OffThreadOptions
): Promise<LoadResult> {
	return new Promise((resolve) => {
		let worker: LoadWorker | null = null;
		let settled = false;
		const settle = (result: LoadResult | Promise<LoadResult>) => {
			if (settled) return;
			settled = true;
			worker?.terminate();
			resolve(result);
		};
		const here = () => settle(import('./load').then((load) => load.loadGeodata(urls, fetchFn)));
		try {
			worker = spawn();
		} catch {
			worker = null;
		}
		if (!worker) return here();
		worker.onmessage = (event) => settle(event.data);
		worker.onerror = here;
		worker.onmessageerror = here;
		const absolute = Object.fromEntries(
			Object.entries(urls).map(([key, url]) => [key, new URL(url, base).href])
		);
		worker.postMessage({ urls: absolute } satisfies LoadRequest);
	});
}
