import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { checkedGeodata } from './scripts/vite-checked-geodata.ts';
import { leanMapLibre } from './scripts/vite-lean-maplibre.ts';

export default defineConfig({
	plugins: [
		// Compiles messages/<locale>.json into typed message functions in src/lib/paraglide. The
		// locale comes from the route (/ja/…, /ru/…, English unprefixed), set by the root layout
		// through overwriteGetLocale; 'baseLocale' is only the fallback.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['baseLocale'],
			emitGitIgnore: false
		}),
		// Geodata files served as the build checked them, with their digests.
		checkedGeodata(),
		// MapLibre without what the embedded basemap never draws (see the plugin).
		leanMapLibre(),
		sveltekit()
	],
	// PUBLIC_BASEMAP_STYLE (an online basemap's style URL) is read at build time.
	envPrefix: ['VITE_', 'PUBLIC_'],
	build: {
		// maplibre-gl is a ~1 MB chunk of its own (imported with the map's page); that is expected.
		chunkSizeWarningLimit: 1200
	},
	// The geodata's load worker (src/lib/data/load.worker.ts) is a module worker, as the app is.
	worker: { format: 'es', plugins: () => [leanMapLibre()] },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// Property tests run hundreds of cases; on a loaded 2-core machine they can take
					// several seconds. A timeout is a guard against hangs, not a speed check.
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					// One browser and one static server are shared; run the files one after another.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// expect.poll waits on the page; its 1 s default is too short on a busy machine.
					expect: { poll: { timeout: 30_000 } },
					globalSetup: ['tests/e2e/global-setup.ts']
				}
			}
		]
	}
});
