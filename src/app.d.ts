// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	interface Window {
		/** Read-only hooks for browser tests; see MapView.svelte. */
		__atlas?: {
			project: (lon: number, lat: number) => [number, number];
			renderedIds: (layer: import('$lib/data/vocab').LayerId) => string[];
			/** How many features of a style layer (basemap or overlay) are drawn on screen now. */
			renderedCount: (layerId: string) => number;
			zoom: () => number;
		};
	}
	interface ImportMetaEnv {
		/** Style URL of an online basemap; unset means the embedded offline basemap. */
		readonly PUBLIC_BASEMAP_STYLE?: string;
	}
}

export {};
