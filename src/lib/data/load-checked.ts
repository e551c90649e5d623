/**
 * Loads geodata files the build already checked (`virtual:checked-geodata`): a file is used as it
 * is when its bytes have the SHA-256 the build recorded for it. Null as soon as any file can't be
 * used so (a different digest, an HTTP error, no Web Crypto on a page not served securely): the
 * caller then checks every file against the schemas, which says what is wrong. No zod here.
 */
import { withAlignments } from './alignments';
import type { LoadResult, Geodata } from './load';
import type { GeodataKey } from './schemas';

export type Digests = Partial<Record<GeodataKey, string>>;

const hex = (buffer: ArrayBuffer) =>
	Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

export async function loadChecked(
	urls: Partial<Record<GeodataKey, string>>,
	sha256: Digests,
	fetchFn: typeof fetch = fetch
): Promise<LoadResult | null> {
	const subtle = globalThis.crypto?.subtle;
	const keys = Object.keys(urls) as GeodataKey[];
	if (!subtle || keys.length === 0 || keys.some((key) => !sha256[key])) return null;
	try {
		const files = await Promise.all(
			keys.map(async (key) => {
				const response = await fetchFn(urls[key]!);
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				const bytes = await response.arrayBuffer();
				if (hex(await subtle.digest('SHA-256', bytes)) !== sha256[key]) throw new Error('changed');
				return [key, JSON.parse(new TextDecoder().decode(bytes))] as const;
			})
		);
		return { data: withAlignments(Object.fromEntries(files) as Partial<Geodata>), problems: [] };
	} catch {
		return null;
	}
}
