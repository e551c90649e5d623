/**
 * Synthetic data for benchmarks only (never shipped): projects scattered over Central Asia, and
 * a grid-like network with about as many edges as asked for.
 */
import type { Network, NetworkSegment } from '../src/lib/analysis/network.ts';
import { CENTRAL_ASIA, PRIORITY_AREAS, SECTORS, STATUSES } from '../src/lib/data/vocab.ts';

/** A small deterministic generator, so every run measures the same data. */
export function random(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

export function syntheticProjects(count: number, seed = 1) {
	const r = random(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
	const financiers = ['JICA', 'JBIC', 'NEXI', 'Sojitz', 'Marubeni', 'Mitsubishi Corporation'];
	return {
		type: 'FeatureCollection',
		features: Array.from({ length: count }, (_, i) => {
			const usd = Math.round(r() * 500e6);
			return {
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [55 + r() * 25, 38 + r() * 12] },
				properties: {
					id: `syn-${i}`,
					name: `Synthetic project ${i}`,
					aliases: [],
					description: null,
					status: pick(STATUSES),
					sources: [
						{
							publisher: 'Benchmark',
							title: 'Synthetic record',
							date: null,
							url: 'https://example.org/'
						}
					],
					locationPrecision: pick(['exact', 'city', 'region'] as const),
					locationNote: null,
					lastChecked: '2026-01-01',
					offshore: false,
					notes: null,
					countries: [pick(CENTRAL_ASIA)],
					sector: pick(SECTORS),
					priorityArea: pick(PRIORITY_AREAS),
					japaneseParticipants: [pick(financiers)],
					otherParticipants: [],
					financing: [
						{
							financier: pick(financiers),
							instrument: 'loan',
							// Positive, as the schema requires; US dollars need no conversion rate.
							amount: Math.max(1, usd),
							currency: 'USD',
							date: '2024',
							scope: 'japanese-share',
							note: null
						}
					],
					yearAgreed: 1995 + Math.floor(r() * 30),
					yearStarted: null,
					yearCompleted: null,
					relatedIds: []
				}
			};
		})
	};
}

/** A grid of nodes with right and down links: about `edges` edges, some in Russia, some at sea. */
export function syntheticNetwork(edges: number, seed = 2): Network {
	const r = random(seed);
	const side = Math.ceil(Math.sqrt(edges / 2));
	const nodes = [];
	for (let y = 0; y < side; y++)
		for (let x = 0; x < side; x++)
			nodes.push({
				id: `n${x}-${y}`,
				name: `N${x}-${y}`,
				country: 'KAZ',
				kind: 'station',
				coordinates: [40 + (x * 40) / side, 35 + (y * 20) / side]
			});
	const segments: NetworkSegment[] = [];
	const add = (a: string, b: string) => {
		const km = 20 + r() * 80;
		const inRussia = r() < 0.1;
		const mode = r() < 0.05 ? 'sea' : 'rail';
		segments.push({
			id: `e${segments.length}`,
			corridors: ['synthetic'],
			fromNode: a,
			toNode: b,
			from: a,
			to: b,
			mode,
			lengthKm: km,
			publishedKm: null,
			kmByCountry: inRussia ? { RUS: km } : { KAZ: km },
			countries: inRussia ? ['RUS'] : ['KAZ'],
			russiaParts: []
		});
	};
	for (let y = 0; y < side; y++)
		for (let x = 0; x < side; x++) {
			if (x + 1 < side) add(`n${x}-${y}`, `n${x + 1}-${y}`);
			if (y + 1 < side) add(`n${x}-${y}`, `n${x}-${y + 1}`);
		}
	return { nodes, segments };
}
