import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['svelte', 'svelte/*', 'maplibre-gl', 'maplibre-gl/*', '$app/*'] }
			]
		}
	},
	{
		files: ['src/lib/ui/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: ['maplibre-gl', 'maplibre-gl/*'] }]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/'] }
);
