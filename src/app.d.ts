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
			/** Record ids drawn in a layer, those inside drawn clusters included. */
			renderedIds: (layer: import('$lib/data/vocab').LayerId) => Promise<string[]>;
			/** The drawn clusters: where they are and how many records each holds. */
			clusters: () => { lon: number; lat: number; count: number }[];
			/** How many features of a style layer (basemap or overlay) are drawn on screen now. */
			renderedCount: (layerId: string) => number;
			/** A property of each feature of a style layer drawn on screen now. */
			renderedProperty: (layerId: string, key: string) => string[];
			zoom: () => number;
			/** How often the clustered points went to MapLibre whole and as a diff (ids hidden). */
			pointSends: () => { whole: number; diff: number };
		};
	}
	interface ImportMetaEnv {
		/** Style URL of an online basemap; unset means the embedded offline basemap. */
		readonly PUBLIC_BASEMAP_STYLE?: string;
		/** The address the atlas is published at, for canonical links and link previews. */
		readonly PUBLIC_SITE_URL?: string;
	}
}

export {};
