import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

/** The pure core: text and data in, results out. Callers load data and pass it in. */
const PURE_FOLDERS = ['src/lib/geoparse/**', 'src/lib/gazetteer/**', 'src/lib/share/**'];
const PURE =
	'is pure (no Node, Svelte, MapLibre or SvelteKit runtime): the caller loads data and passes it in';
/** @type {import('eslint').Linter.Config} */
const pureFence = {
	files: PURE_FOLDERS,
	rules: {
		'no-restricted-imports': [
			'error',
			{
				paths: builtinModules.map((name) => ({
					name,
					message: `Node built-in: this folder ${PURE}.`
				})),
				patterns: [
					{ group: ['node:*'], message: `Node built-in: this folder ${PURE}.` },
					{ group: ['svelte', 'svelte/*'], message: `Svelte: this folder ${PURE}.` },
					{ group: ['maplibre-gl', 'maplibre-gl/*'], message: `MapLibre: this folder ${PURE}.` },
					{ group: ['$app/*', '$env/*'], message: `SvelteKit runtime: this folder ${PURE}.` }
				]
			}
		]
	}
};

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		// TypeScript already reports undefined names, with types; the core rule misreads type-only globals.
		rules: { 'no-undef': 'off' }
	},
	pureFence,
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
