/**
 * Benchmark of the search index (src/lib/data/search.ts) against the one before typo tolerance
 * (scripts/bench-search-baseline.ts), in the same run: index build time, memory it keeps, and
 * per-query p50/p95 for exact, prefix and typo queries, on the real geodata and on 100k synthetic
 * records.
 *
 *   npm run bench:search [-- --json]        (or npx tsx [--expose-gc] scripts/bench-search.ts)
 *
 * Queries are drawn from the records themselves with a fixed seed, so every run asks the same:
 * exact (a whole name or alias), prefix (the first 3–5 letters of a word), typo (a word of five
 * or more letters with one letter inserted, deleted, replaced or two swapped). Each query runs
 * three times on each index, alternating, and counts its fastest run: both indexes see the same
 * machine load, and a run that lost the processor to another program does not count. Memory is
 * measured only when the garbage collector is exposed (--expose-gc, as npm run bench:search does).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { SearchIndex, type Searchable, type SearchHit } from '../src/lib/data/search.ts';
import { segmentName } from '../src/lib/data/records.ts';
import { SearchIndex as BaselineIndex } from './bench-search-baseline.ts';
import { random } from './synthetic.ts';

const asJson = process.argv.includes('--json');
const LIMIT = 20;
const gc = (globalThis as { gc?: () => void }).gc;

interface Index {
	search: (q: string, limit: number) => SearchHit[];
}
const engines: Record<string, (items: Searchable[]) => Index> = {
	new: (items) => new SearchIndex(items),
	old: (items) => new BaselineIndex(items)
};
const names = Object.keys(engines);

/** The records as the app indexes them (Atlas.svelte): segments without a name are "from – to". */
function realItems(): Searchable[] {
	const items: Searchable[] = [];
	for (const file of readdirSync('geodata').filter((f) => f.endsWith('.geojson'))) {
		const collection = JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));
		for (const { properties: p } of collection.features)
			items.push({
				id: p.id,
				name: p.name ?? segmentName(p),
				aliases: p.aliases ?? [],
				participants: p.japaneseParticipants ?? []
			});
	}
	return items;
}

/** Place-like names from syllables, with kinds, Cyrillic aliases and participants. */
function syntheticItems(count: number, seed = 3): Searchable[] {
	const r = random(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
	const syllables = [
		'ak',
		'tau',
		'tash',
		'kent',
		'sam',
		'ar',
		'kand',
		'bu',
		'kha',
		'ra',
		'na',
		'voi'
	]
		.concat([
			'ter',
			'mez',
			'zakh',
			'tur',
			'kmen',
			'ba',
			'shi',
			'os',
			'ke',
			'men',
			'ku',
			'ryk',
			'al'
		])
		.concat([
			'at',
			'khu',
			'jand',
			'dush',
			'an',
			'be',
			'nu',
			'kus',
			'sha',
			'ty',
			'rau',
			'gan',
			'da'
		]);
	const kinds = [
		'port',
		'station',
		'power plant',
		'mine',
		'bridge',
		'road',
		'substation',
		'school'
	].concat(['hospital', 'water supply', 'logistics centre', 'airport', 'irrigation canal']);
	const participants = ['JICA', 'JBIC', 'NEXI', 'Sojitz', 'Marubeni', 'Mitsubishi Corporation'];
	const cyrillic: Record<string, string> = { a: 'а', k: 'к', t: 'т', u: 'у', s: 'с', h: 'х' };
	const toCyrillic = (s: string) => [...s].map((c) => cyrillic[c] ?? c).join('');
	const word = () => {
		const w = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(syllables)).join('');
		return w[0]!.toUpperCase() + w.slice(1);
	};
	return Array.from({ length: count }, (_, i) => {
		const place = word();
		const name = r() < 0.3 ? `${place} ${pick(kinds)} ${word()}` : `${place} ${pick(kinds)}`;
		const aliases = [];
		if (r() < 0.5) aliases.push(toCyrillic(place.toLowerCase()));
		if (r() < 0.3) aliases.push(word());
		const who = Array.from({ length: Math.floor(r() * 3) }, () => pick(participants));
		return { id: `syn-${i}`, name, aliases, participants: who };
	});
}

type QueryKind = 'exact' | 'prefix' | 'typo';
interface Query {
	text: string;
	/** The record the query was drawn from. */
	id: string;
}

function queries(items: Searchable[], kind: QueryKind, count: number, seed: number): Query[] {
	const r = random(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
	const words = (item: Searchable) =>
		[item.name, ...item.aliases].flatMap((t) => t.split(/[^\p{L}]+/u)).filter(Boolean);
	const out: Query[] = [];
	while (out.length < count) {
		const item = pick(items);
		if (kind === 'exact') out.push({ text: pick([item.name, ...item.aliases]), id: item.id });
		else if (kind === 'prefix') {
			const w = pick(words(item));
			if (w.length > 3) out.push({ text: w.slice(0, 3 + Math.floor(r() * 3)), id: item.id });
		} else {
			const w = pick(words(item));
			if (w.length >= 5) out.push({ text: oneEdit(w, r), id: item.id });
		}
	}
	return out;
}

function oneEdit(w: string, r: () => number): string {
	const i = 1 + Math.floor(r() * (w.length - 2));
	const letter = 'aeiounrst'[Math.floor(r() * 9)]!;
	switch (Math.floor(r() * 4)) {
		case 0:
			return w.slice(0, i) + letter + w.slice(i);
		case 1:
			return w.slice(0, i) + w.slice(i + 1);
		case 2:
			return w.slice(0, i) + letter + w.slice(i + 1);
		default:
			return w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
	}
}

const percentile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

interface Timing {
	p50: number;
	p95: number;
}
const timing = (xs: number[]): Timing => ({ p50: percentile(xs, 0.5), p95: percentile(xs, 0.95) });

interface Measures {
	build: Record<string, Timing>;
	/** Heap the index keeps, MB; null without --expose-gc. */
	heapMB: Record<string, number | null>;
	queries: Record<QueryKind, Record<string, Timing>>;
	/** Typo queries whose record is among the hits. */
	typoFound: Record<string, number>;
}

/** Heap kept by `copies` indexes, per index (several, so a small one is not lost in the noise). */
function retainedMB(build: () => Index, copies: number): number | null {
	if (!gc) return null;
	gc();
	const before = process.memoryUsage().heapUsed;
	const kept = Array.from({ length: copies }, build);
	gc();
	const bytes = (process.memoryUsage().heapUsed - before) / kept.length;
	return bytes / 2 ** 20;
}

function measure(items: Searchable[], builds: number, perKind: number): Measures {
	const buildTimes: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
	for (let i = 0; i < builds; i++)
		for (const n of names) {
			const t0 = performance.now();
			engines[n]!(items);
			buildTimes[n]!.push(performance.now() - t0);
		}
	const result: Measures = {
		build: Object.fromEntries(names.map((n) => [n, timing(buildTimes[n]!)])),
		heapMB: Object.fromEntries(
			names.map((n) => [n, retainedMB(() => engines[n]!(items), Math.ceil(10_000 / items.length))])
		),
		queries: {} as Measures['queries'],
		typoFound: {}
	};
	const index = Object.fromEntries(names.map((n) => [n, engines[n]!(items)]));
	for (const [k, kind] of (['exact', 'prefix', 'typo'] as const).entries()) {
		const qs = queries(items, kind, perKind, 11 + k);
		// Warm-up, not counted: the first calls run before the JIT has compiled the search.
		for (const q of qs.slice(0, 20)) for (const n of names) index[n]!.search(q.text, LIMIT);
		const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
		const found: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
		for (const q of qs) {
			const fastest: Record<string, number> = {};
			for (let run = 0; run < 3; run++)
				for (const n of names) {
					const t0 = performance.now();
					const hits = index[n]!.search(q.text, LIMIT);
					const t = performance.now() - t0;
					fastest[n] = Math.min(fastest[n] ?? Infinity, t);
					if (run === 0 && hits.some((h) => h.id === q.id)) found[n]!++;
				}
			for (const n of names) times[n]!.push(fastest[n]!);
		}
		result.queries[kind] = Object.fromEntries(names.map((n) => [n, timing(times[n]!)]));
		if (kind === 'typo')
			result.typoFound = Object.fromEntries(names.map((n) => [n, found[n]! / qs.length]));
	}
	return result;
}

const real = realItems();
const results: Record<string, Measures> = {
	[`real (${real.length} records)`]: measure(real, 50, 1000),
	'synthetic (100k records)': measure(syntheticItems(100_000), 5, 200)
};

if (asJson) {
	console.log(JSON.stringify(results, null, 2));
} else {
	const ms = (n: number) => (n < 1 ? n.toFixed(3) : n.toFixed(1));
	const pair = (t: Timing) => `${ms(t.p50)} / ${ms(t.p95)}`;
	const ratio = (a: number, b: number) => (a / b).toFixed(2);
	const others = names.filter((n) => n !== 'new');
	const rows = [
		[
			'data',
			'measure (ms)',
			...names.map((n) => `${n} p50 / p95`),
			...others.map((n) => `new / ${n} p50 / p95`)
		]
	];
	for (const [data, m] of Object.entries(results)) {
		const rowsOf = { 'index build': m.build, ...m.queries } as Record<
			string,
			Record<string, Timing>
		>;
		for (const [measure, t] of Object.entries(rowsOf))
			rows.push([
				data,
				measure === 'index build' ? measure : `${measure} query`,
				...names.map((n) => pair(t[n]!)),
				...others.map((n) => `${ratio(t.new!.p50, t[n]!.p50)} / ${ratio(t.new!.p95, t[n]!.p95)}`)
			]);
	}
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
	for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
	console.log('');
	for (const [data, m] of Object.entries(results)) {
		const heap = names.map(
			(n) => `${n} ${m.heapMB[n]?.toFixed(1) ?? 'n/a (run with --expose-gc)'}`
		);
		const found = names.map((n) => `${n} ${Math.round(m.typoFound[n]! * 100)}%`);
		console.log(`${data}: heap kept by the index (MB): ${heap.join(', ')}`);
		console.log(
			`${data}: typo queries that find their record in the top ${LIMIT}: ${found.join(', ')}`
		);
	}
	console.log(`(each query's fastest of 3 runs; Node ${process.version})`);
}
