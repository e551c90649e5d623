declare module 'virtual:checked-geodata' {
	/** Each geodata file's URL and, if the build checked it, its SHA-256 (checked-geodata.ts). */
	export const GEODATA_ASSETS: Record<
		import('$lib/data/schemas').GeodataKey,
		{ url: string; sha256?: string }
	>;
}
