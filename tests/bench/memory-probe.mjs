// Preloaded into the benchmarked server with `node --expose-gc --import <this file> build`: on
// SIGUSR2 it collects garbage and writes process.memoryUsage() as JSON to $MEMORY_PROBE_FILE.
// Only the benchmark loads it; the app itself has no memory endpoint.
import { writeFileSync } from 'node:fs';

const file = process.env.MEMORY_PROBE_FILE;
if (file) {
	process.on('SIGUSR2', () => {
		globalThis.gc?.();
		globalThis.gc?.();
		writeFileSync(file, JSON.stringify({ at: Date.now(), ...process.memoryUsage() }));
	});
}
