/**
 * History writes waiting for the frame that shows their change (see `store/history.ts`).
 */

/** A history write waiting for the frame that shows its change. */
export interface PendingWrite {
	mode: 'push' | 'replace';
	search: string;
}

/**
 * Adds a write to those waiting, in order: a rewrite of the entry a waiting push will create
 * folds into that push, and a rewrite after a rewrite keeps only the last.
 */
export function queueWrite(queue: PendingWrite[], write: PendingWrite): PendingWrite[] {
	const last = queue.at(-1);
	if (write.mode === 'replace' && last)
		return [...queue.slice(0, -1), { ...last, search: write.search }];
	return [...queue, write];
}
