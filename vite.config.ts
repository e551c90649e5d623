import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// maplibre-gl is loaded with a dynamic import into its own ~1 MB chunk; that is expected.
		chunkSizeWarningLimit: 1200
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					// One browser and one preview server are shared; run the files one after another.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
					globalSetup: ['tests/e2e/global-setup.ts']
				}
			}
		]
	}
});
