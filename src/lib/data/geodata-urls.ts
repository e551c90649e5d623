/**
 * URLs of the geodata files (the top-level geodata/ folder), emitted by the build as hashed assets
 * (scripts/vite-checked-geodata.ts), with the SHA-256 of each file the build checked, so that the
 * page can load it without checking it again.
 */
import { GEODATA_ASSETS } from 'virtual:checked-geodata';
import type { GeodataKey } from './schemas';
import type { Digests } from './load-checked';

const entries = Object.entries(GEODATA_ASSETS) as [GeodataKey, { url: string; sha256?: string }][];

export const GEODATA_URLS = Object.fromEntries(
	entries.map(([key, { url }]) => [key, url])
) as Record<GeodataKey, string>;

/** The SHA-256 of each file the build checked, as served at GEODATA_URLS. */
export const GEODATA_SHA256: Digests = Object.fromEntries(
	entries.flatMap(([key, { sha256 }]) => (sha256 ? [[key, sha256]] : []))
);
