/** Loading the geodata in a worker, and here when the worker fails: the same result either way. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGeodata, type LoadResult } from '../../../src/lib/data/load';
import { loadGeodataOffThread, type LoadWorker } from '../../../src/lib/data/load-off-thread';

const BASE = 'http://atlas.test/app/';
const URLS = { projects: 'geodata/projects.geojson', mines: 'geodata/gone.geojson' };

/** Serves tests/fixtures/geodata-valid at BASE; anything else is a 404. */
const served: typeof fetch = async (input) => {
	const url = String(input);
	if (url === `${BASE}geodata/projects.geojson` || url === 'geodata/projects.geojson')
		return new Response(readFileSync('tests/fixtures/geodata-valid/projects.geojson', 'utf8'));
	return new Response('gone', { status: 404 });
};

/** A stand-in worker: answers as load.worker.ts does, or fails as a worker can. */
class FakeWorker implements LoadWorker {
	onmessage: LoadWorker['onmessage'] = null;
	onerror: LoadWorker['onerror'] = null;
	onmessageerror: LoadWorker['onmessageerror'] = null;
	received: unknown[] = [];
	terminated = false;
	constructor(readonly behaviour: 'answer' | 'error' | 'unreadable-reply') {}
	postMessage(message: { urls: Record<string, string> }) {
		this.received.push(message);
		void (async () => {
			if (this.behaviour === 'error') return this.onerror?.(new Event('error') as ErrorEvent);
			if (this.behaviour === 'unreadable-reply')
				return this.onmessageerror?.(new MessageEvent('messageerror'));
			const result = await loadGeodata(message.urls, served);
			this.onmessage?.(new MessageEvent('message', { data: structuredClone(result) }));
		})();
	}
	terminate() {
		this.terminated = true;
	}
}

const sameLoad = (): Promise<LoadResult> => loadGeodata(URLS, served);

describe('loadGeodataOffThread', () => {
	it('hands the worker absolute URLs and returns its answer, then ends it', async () => {
		const worker = new FakeWorker('answer');
		const result = await loadGeodataOffThread(URLS, { base: BASE, spawn: () => worker });
		expect(worker.received).toEqual([
			{
				urls: {
					projects: 'http://atlas.test/app/geodata/projects.geojson',
					mines: 'http://atlas.test/app/geodata/gone.geojson'
				}
			}
		]);
		expect(worker.terminated).toBe(true);
		expect(result.data.projects?.features.length).toBeGreaterThan(0);
		expect(result.problems.map((p) => [p.file, p.kind])).toEqual([['mines.geojson', 'unreadable']]);
		expect(result).toEqual(await sameLoad());
	});

	it.each(['error', 'unreadable-reply'] as const)(
		'loads here when the worker fails (%s)',
		async (behaviour) => {
			const worker = new FakeWorker(behaviour);
			let fetched = 0;
			const counting: typeof fetch = (input) => (fetched++, served(input));
			const result = await loadGeodataOffThread(URLS, {
				base: BASE,
				spawn: () => worker,
				fetchFn: counting
			});
			expect(worker.terminated).toBe(true);
			expect(fetched).toBe(2);
			expect(result).toEqual(await sameLoad());
		}
	);

	it('loads here when no worker can be started', async () => {
		for (const spawn of [
			() => null,
			() => {
				throw new Error('SecurityError');
			}
		]) {
			const result = await loadGeodataOffThread(URLS, { base: BASE, spawn, fetchFn: served });
			expect(result).toEqual(await sameLoad());
			expect(result.data.projects).toBeDefined();
		}
	});
});
