import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Modules the pure layers may not import. */
const FRAMEWORK = [
	{
		group: ['svelte', 'svelte/*', 'maplibre-gl', 'maplibre-gl/*', '$app/*'],
		message: 'pure modules import neither Svelte nor MapLibre'
	}
];
/** A pattern forbidding imports from the named folders of src/lib (relative or through $lib). */
const layers = (...names) => ({
	regex: `(^\\$lib/|^\\.\\.?/(\\.\\./)*)(${names.join('|')})(/|$)`,
	message: `this layer may not import from ${names.join(', ')} (see README: Architecture)`
});

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// No Svelte stores here (runes only), and this rule took two thirds of ESLint's time.
			'svelte/require-store-reactive-access': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Pure layers must not reach into the UI framework or the map library.
		files: ['src/lib/data/**', 'src/lib/state/**', 'src/lib/analysis/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [...FRAMEWORK] }] }
	},
	{
		// Layers point one way: data ← analysis ← state ← store ← ui/map.
		files: ['src/lib/data/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [...FRAMEWORK, layers('analysis', 'state', 'store', 'ui', 'map')] }
			]
		}
	},
	{
		files: ['src/lib/analysis/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [...FRAMEWORK, layers('state', 'store', 'ui', 'map')] }
			]
		}
	},
	{
		files: ['src/lib/state/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [...FRAMEWORK, layers('store', 'ui', 'map')] }]
		}
	},
	{
		files: ['src/lib/ui/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['maplibre-gl', 'maplibre-gl/*', '$lib/map/MapView.svelte'] }] }
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/', 'src/lib/paraglide/'] }
);
