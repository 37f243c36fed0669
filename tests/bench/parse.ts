/**
 * Reading the figures out of each benchmark's output. `bench:load` prints JSON lines (report.ts);
 * the others print prose or a JSON block, read here with patterns that match their scripts
 * (geo/scripts/bench.ts, src/cli/bench-geoparse.ts, tests/bench/web.ts).
 */
import type { Figure } from './report';

export interface Parsed {
	bench: string;
	figures: Figure[];
}

/** A figure with a label for people. */
export type LabelledFigure = Figure & { label?: string };

export function parseOutput(bench: string, stdout: string): Parsed {
	const figures: LabelledFigure[] = [];
	const add = (
		metric: string,
		label: string,
		value: number | undefined,
		unit: string,
		budget?: number,
		atLeast = false
	) => {
		if (value !== undefined && Number.isFinite(value)) {
			figures.push({
				metric,
				label,
				value,
				unit,
				...(budget !== undefined ? { budget, atLeast } : {})
			});
		}
	};
	const num = (pattern: RegExp, index = 1) => {
		const match = pattern.exec(stdout);
		return match ? Number(match[index]) : undefined;
	};

	if (bench === 'gazetteer') {
		add('gazetteer.build', 'artifact build', num(/^build:\s+([\d.]+) s/m), 's', 90);
		add('gazetteer.artifact', 'artifact size', num(/^artifact:\s+([\d.]+) MB/m), 'MB', 60);
		add('gazetteer.load', 'load (median of 5)', num(/^load:\s+([\d.]+) ms/m), 'ms', 500);
		const heap = /^heap:\s+([\d.]+) MB used \+ ([\d.]+) MB array buffers/m.exec(stdout);
		if (heap)
			add(
				'gazetteer.heap',
				'memory after load (heap + array buffers)',
				Number(heap[1]) + Number(heap[2]),
				'MB',
				250
			);
		add('gazetteer.lookup', 'lookup (median over names)', num(/^lookup:\s+([\d.]+) µs/m), 'µs', 5);
	} else if (bench === 'geoparse') {
		add(
			'geoparse.camp_taji',
			'Camp Taji article (median)',
			num(/^Camp Taji \(\d+ chars\): median ([\d.]+) ms/m),
			'ms',
			5
		);
		add(
			'geoparse.throughput',
			'throughput, unseen news text in a warm process (CPU time)',
			num(/^unseen text, warm process .*?: ([\d.]+) MB\/s of CPU time/m),
			'MB/s',
			2,
			true
		);
		add(
			'geoparse.first_pass',
			'first pass in a fresh process, JIT warm-up included (CPU time)',
			num(/^first pass, fresh process .*?: ([\d.]+) MB\/s of CPU time/m),
			'MB/s'
		);
		add(
			'geoparse.warm_up',
			'one-off warm-up of a fresh process (CPU time)',
			num(/^one-off warm-up of a fresh process: ([\d.]+) ms/m),
			'ms'
		);
		add(
			'geoparse.steady',
			'throughput, the same text again (steady state, CPU time)',
			num(/^steady state, same text again .*?: ([\d.]+) MB\/s of CPU time/m),
			'MB/s'
		);
		add(
			'geoparse.counties_1mb',
			'1 MB of distinct counties and towns (CPU time)',
			num(/^1 MB of distinct counties and towns: ([\d.]+) ms CPU/m),
			'ms'
		);
		add(
			'geoparse.qualified_1mb',
			'1 MB of towns qualified by counties (CPU time)',
			num(/^1 MB of towns qualified by counties: ([\d.]+) ms CPU/m),
			'ms'
		);
		add(
			'geoparse.doc_1mb',
			'1 MB document (CPU time)',
			num(/^1 MB document: ([\d.]+) ms CPU/m),
			'ms',
			1000
		);
	} else if (bench === 'web') {
		const block = /^\{[\s\S]*?^\}/m.exec(stdout);
		if (block) {
			const result = JSON.parse(block[0]) as {
				ownJsGzipKB?: number;
				preloadedJsGzipKB?: number;
				maplibreJsGzipKB?: number;
				firstContentfulPaintMs?: number;
				mapIdleMs?: { median?: number };
				firstViewKB?: number;
				basemapKB?: number;
			};
			add('web.own_js', 'our JavaScript beyond MapLibre (gzip)', result.ownJsGzipKB, 'KB', 60);
			add(
				'web.preloaded_js',
				'our JavaScript fetched once the map is idle (the tools, preloaded; gzip)',
				result.preloadedJsGzipKB,
				'KB'
			);
			add('web.maplibre_js', 'MapLibre JavaScript (gzip)', result.maplibreJsGzipKB, 'KB');
			add('web.fcp', 'first contentful paint', result.firstContentfulPaintMs, 'ms');
			add('web.map_idle', 'map idle with all markers', result.mapIdleMs?.median, 'ms', 1500);
			add(
				'web.first_view',
				"bytes fetched for the demo's first view",
				result.firstViewKB,
				'KB',
				1536
			);
			add('web.basemap', 'of which basemap tiles and glyphs', result.basemapKB, 'KB');
		}
	} else {
		for (const line of stdout.split('\n')) {
			if (!line.startsWith('{')) continue;
			try {
				const figure = JSON.parse(line) as LabelledFigure;
				if (typeof figure.metric === 'string' && typeof figure.value === 'number') {
					figures.push({
						...figure,
						label: figure.label ?? LOAD_LABELS[figure.metric] ?? figure.metric
					});
				}
			} catch {
				// not a figure line
			}
		}
	}
	return { bench, figures };
}

const LOAD_LABELS: Record<string, string> = {
	'load.geoparse.rps': 'POST /api/geoparse: requests per second',
	'load.geoparse.p50': 'POST /api/geoparse: p50 latency',
	'load.geoparse.p99': 'POST /api/geoparse: p99 latency',
	'load.geoparse.errors': 'POST /api/geoparse: errors and non-2xx',
	'load.page.rps': 'GET /: requests per second',
	'load.page.p50': 'GET /: p50 latency',
	'load.page.p99': 'GET /: p99 latency',
	'load.page.errors': 'GET /: errors and non-2xx',
	'load.memory.heap_growth': 'heap growth over 10,000 geoparse requests',
	'load.memory.rss_growth': 'RSS growth over 10,000 geoparse requests',
	'load.memory.heap': 'heap after them',
	'load.memory.errors': 'errors during the memory run',
	'abuse.page.html': '/a/{id} of 200 KB of names: HTML',
	'abuse.page.data': '/a/{id}/__data.json: size',
	'abuse.page.first': 'first GET (parses)',
	'abuse.page.repeat': 'later GET (parse cache), median of 9',
	'abuse.unrelated.alone.p50': 'unrelated GET /api/places alone: p50',
	'abuse.unrelated.alone.p99': 'unrelated GET /api/places alone: p99',
	'abuse.unrelated.p50': 'unrelated GET under the attack: p50',
	'abuse.unrelated.p99': 'unrelated GET under the attack: p99',
	'abuse.loop.ok': 'article reads answered (4 loopers)',
	'abuse.loop.refused': 'article reads refused 429 (4 loopers)',
	'abuse.flood.parsed': '200 KB geoparses answered (flooder)'
};
