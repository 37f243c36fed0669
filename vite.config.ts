import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// MapLibre (~1 MB) is its own lazily loaded chunk; anything else this big would be a mistake.
		chunkSizeWarningLimit: 1100,
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The gazetteer artifact is large: loading it once per worker keeps the suite quick on 2 cores.
		testTimeout: 60_000
	}
});
