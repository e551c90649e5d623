import { describe, expect, it } from 'vitest';
import { queueWrite, type PendingWrite } from '../../../src/lib/state/history-queue';

const run = (writes: PendingWrite[]) => writes.reduce(queueWrite, [] as PendingWrite[]);

describe('history writes waiting for their frame', () => {
	it('keeps every new entry, in order', () => {
		expect(
			run([
				{ mode: 'push', search: '?country=KAZ' },
				{ mode: 'push', search: '?country=KAZ,UZB' }
			])
		).toEqual([
			{ mode: 'push', search: '?country=KAZ' },
			{ mode: 'push', search: '?country=KAZ,UZB' }
		]);
	});

	it('folds a rewrite into the entry it rewrites', () => {
		// A camera move right after a filter click rewrites the entry the click creates.
		expect(
			run([
				{ mode: 'replace', search: '?map=4/40/60' },
				{ mode: 'push', search: '?map=4/40/60&country=KAZ' },
				{ mode: 'replace', search: '?map=5/41/61&country=KAZ' }
			])
		).toEqual([
			{ mode: 'replace', search: '?map=4/40/60' },
			{ mode: 'push', search: '?map=5/41/61&country=KAZ' }
		]);
		expect(
			run([
				{ mode: 'replace', search: '?map=4/40/60' },
				{ mode: 'replace', search: '?map=5/41/61' }
			])
		).toEqual([{ mode: 'replace', search: '?map=5/41/61' }]);
	});

	it('does not change the queue it is given', () => {
		const queue: PendingWrite[] = [{ mode: 'push', search: '?a' }];
		queueWrite(queue, { mode: 'replace', search: '?b' });
		expect(queue).toEqual([{ mode: 'push', search: '?a' }]);
	});
});
