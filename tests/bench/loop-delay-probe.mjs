// Preloaded into the benchmarked server with `node --import <this file> build`: measures how long
// the server's event loop is held up (perf_hooks.monitorEventLoopDelay, 1 ms resolution). On
// SIGUSR2 it writes the figures since the last signal as JSON to $LOOP_DELAY_FILE and starts
// over, so a benchmark can read the delay of each phase. Only benchmarks load it.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.LOOP_DELAY_FILE;
if (file) {
	const histogram = monitorEventLoopDelay({ resolution: 1 });
	histogram.enable();
	const ms = (ns) => ns / 1e6;
	process.on('SIGUSR2', () => {
		const figures = {
			at: Date.now(),
			p50: ms(histogram.percentile(50)),
			p99: ms(histogram.percentile(99)),
			max: ms(histogram.max),
			mean: ms(histogram.mean)
		};
		histogram.reset();
		writeFileSync(file, JSON.stringify(figures));
	});
}
