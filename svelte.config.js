import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Cross-site form posts are refused in src/hooks.server.ts instead, with the same rule, so
		// that the API can answer a wrong content type with a JSON 415 rather than a text 403.
		csrf: { trustedOrigins: ['*'] },
		// SvelteKit adds the sha256 of its own inline bootstrap script to script-src on every page;
		// no other inline script can run. Who may frame a page differs by route, so
		// `frame-ancestors` is added in src/hooks.server.ts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// MapLibre's worker is a file from our origin (setWorkerUrl); blob: for its fallback.
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				// Svelte and MapLibre set style attributes; styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self', 'data:', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
