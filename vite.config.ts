import { sveltekit } from '@sveltejs/kit/vite';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * A digest of the code that makes a parse (the geoparser, gazetteer lookup, the story of title and
 * text, and the packed form):
 * cached parses made by other code are stale (src/lib/server/parse/version.ts).
 */
function parserVersion(): string {
	const hash = createHash('sha256');
	for (const dir of ['src/lib/geoparse', 'src/lib/gazetteer', 'src/lib/wire', 'src/lib/story']) {
		const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
		for (const file of files.filter((name) => name.endsWith('.ts'))) {
			hash.update(file).update(readFileSync(join(dir, file)));
		}
	}
	return hash.digest('base64url').slice(0, 16);
}

export default defineConfig({
	plugins: [sveltekit()],
	define: { __PARSER_VERSION__: JSON.stringify(parserVersion()) },
	build: {
		// MapLibre (~1 MB) is its own lazily loaded chunk; anything else this big would be a mistake.
		chunkSizeWarningLimit: 1100,
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	environments: {
		// The browser's chunks: Svelte with SvelteKit and what every page runs first in one
		// ('start'), the reader's first view in another ('reader'), so a reader page fetches few,
		// well-compressed files; what it loads on demand stays in chunks of its own. (Not the
		// server's build: SvelteKit finds each page's stylesheets through its chunks.)
		client: {
			build: {
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [
								{
									name: 'start',
									test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|clsx|esm-env)[\\/]|src[\\/]lib[\\/]share[\\/]correction-params|vite[\\/]preload-helper/
								},
								{
									name: 'reader',
									test: /src[\\/]lib[\\/](article[\\/](ArticleReader|ShareBar|DroppedNotice|PageShell)\.svelte|wire[\\/]packed-result|state[\\/]share-url)/
								}
							]
						}
					}
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The gazetteer artifact is large: loading it once per worker keeps the suite quick on 2 cores.
		testTimeout: 60_000
	}
});
