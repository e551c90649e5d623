/**
 * Feeds the clustered `points` source. The points are encoded once (`pointTable`); a filter or
 * layer change only computes which are shown, and a worker (points.worker.ts) joins their text
 * and makes the blob URL that MapLibre's worker reads. Should that worker fail to start, the same
 * is done here on the main thread. Touches no map: the map module passes `apply`.
 */
import {
	joinShown,
	pointTable,
	recordPositions,
	shownMask,
	type PointSources,
	type PointTable
} from './points';
import type { LayerId } from '../data/vocab';
import type { PointsReply, PointsRequest } from './points.worker';

export class PointsFeed {
	readonly #data: PointSources;
	#table: PointTable;
	readonly #positions: Int32Array;
	readonly #apply: (url: string) => Promise<unknown>;
	#worker: Worker | null = null;
	#requested = 0;
	#applied = 0;
	#current: string | null = null;
	/** Settles once MapLibre has read the last data handed over. */
	#lastApply: Promise<unknown> = Promise.resolve();
	/** The last change asked for, redone here if the worker fails before answering it. */
	#lastChange: { layers: LayerId[]; masks: Uint8Array } | null = null;

	/** `indexOfId`: each filterable record's position in the fail masks `show` is given. */
	constructor(
		data: PointSources,
		indexOfId: ReadonlyMap<string, number>,
		apply: (url: string) => Promise<unknown>
	) {
		this.#data = data;
		this.#table = pointTable(data);
		this.#positions = recordPositions(this.#table, indexOfId);
		this.#apply = apply;
		try {
			const worker = new Worker(new URL('./points.worker.ts', import.meta.url), {
				type: 'module'
			});
			worker.onmessage = (event: MessageEvent<PointsReply>) => this.#received(event.data);
			worker.onerror = () => this.#withoutWorker();
			worker.onmessageerror = () => this.#withoutWorker();
			// Handed over, not copied (tens of MB at 100k points): the main thread keeps only which
			// point is which, and remakes the text should the worker fail.
			const { bytes, starts } = this.#table;
			worker.postMessage({ type: 'table', table: { bytes, starts } } satisfies PointsRequest, [
				bytes.buffer,
				starts.buffer
			]);
			this.#worker = worker;
		} catch {
			this.#worker = null;
		}
	}

	/** Whether a change is still on its way to the map: a map idle before it is not the last. */
	get pending(): boolean {
		return this.#applied !== this.#requested;
	}

	/** Shows the points of the visible layers whose records pass (`masks`: 0 passes). */
	show(layers: readonly LayerId[], masks: Uint8Array) {
		const shown = shownMask(this.#table, layers, { positions: this.#positions, masks });
		const id = ++this.#requested;
		// The masks are never changed once made: kept by reference, the mask handed over.
		this.#lastChange = { layers: [...layers], masks };
		if (this.#worker) this.#send(this.#worker, { type: 'show', id, shown }, [shown.buffer]);
		else this.#received({ id, url: this.#joinHere(shown) });
	}

	destroy() {
		const worker = this.#worker;
		this.#worker = null;
		if (worker) this.#endOnceRead(worker);
		else if (this.#current) URL.revokeObjectURL(this.#current);
	}

	/**
	 * Ends the worker once MapLibre has read the data last handed over: ending it revokes every
	 * blob URL it made, and one still being read would leave the map with an error.
	 */
	#endOnceRead(worker: Worker) {
		void this.#lastApply.finally(() => worker.terminate());
	}

	#send(worker: Worker, request: PointsRequest, transfer: Transferable[] = []) {
		worker.postMessage(request, transfer);
	}

	#joinHere(shown: Uint8Array): string {
		const blob = new Blob([joinShown(this.#table, shown)], { type: 'application/json' });
		return URL.createObjectURL(blob);
	}

	#received({ id, url }: PointsReply) {
		// A newer change is on its way: this one is not drawn.
		if (id !== this.#requested) return this.#revoke(url);
		const previous = this.#current;
		this.#current = url;
		this.#applied = id;
		// Once MapLibre's worker has read the new data, the old one is no longer needed.
		this.#lastApply = this.#apply(url).then(() => {
			if (previous) this.#revoke(previous);
		});
	}

	#revoke(url: string) {
		if (this.#worker) this.#send(this.#worker, { type: 'revoke', url });
		else URL.revokeObjectURL(url);
	}

	/** The worker failed: the latest points are joined here, and the worker ends once they are read. */
	#withoutWorker() {
		const worker = this.#worker;
		if (!worker) return;
		this.#worker = null;
		this.#table = pointTable(this.#data);
		this.#current = null;
		const last = this.#lastChange;
		if (last) {
			const shown = shownMask(this.#table, last.layers, {
				positions: this.#positions,
				masks: last.masks
			});
			this.#received({ id: this.#requested, url: this.#joinHere(shown) });
		}
		this.#endOnceRead(worker);
	}
}
