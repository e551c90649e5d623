/**
 * Fetches, parses and validates the geodata off the main thread: zod's checks of every record
 * (jitless, as the Content-Security-Policy requires) cost the first view some 200 ms there.
 */
import { loadGeodata, type LoadResult } from './load';
import type { GeodataKey } from './schemas';

export interface LoadRequest {
	/** Absolute URLs: a worker resolves relative ones against its own script's URL. */
	urls: Partial<Record<GeodataKey, string>>;
}

onmessage = async (event: MessageEvent<LoadRequest>) => {
	postMessage((await loadGeodata(event.data.urls)) satisfies LoadResult);
};
