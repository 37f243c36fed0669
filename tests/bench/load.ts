/**
 * npm run bench:load [-- --duration 20 --connections 32 --memory-requests 10000]
 *
 * Load on the production server over loopback, with autocannon: `POST /api/geoparse` with the
 * Camp Taji article and `GET /`, each for `duration` seconds at `connections` connections; then
 * `memory-requests` more geoparse requests while sampling the server's heap and RSS after a full
 * garbage collection. Prints one JSON line per figure on stdout (see `report.ts`), prose on stderr.
 *
 * The server runs with `RATE_LIMIT_GEOPARSE=off`: one loopback client at 32 connections is
 * exactly what the per-client limit exists to refuse, and this measures the server, not the
 * limiter (the limiter has its own tests in tests/e2e/hardening.spec.ts).
 */
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { emit } from './report';
import { ROOT, rssBytes, snapshotBuild, startServer, type RunningServer } from './server';

const { values } = parseArgs({
	options: {
		duration: { type: 'string', default: '20' },
		connections: { type: 'string', default: '32' },
		'memory-requests': { type: 'string', default: '10000' }
	}
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const memoryRequests = Number(values['memory-requests']);

const article = readFileSync(join(ROOT, 'src/lib/demo/camp-taji.txt'), 'utf8');
const geoparseBody = JSON.stringify({ text: article, title: 'Camp Taji' });

interface Target {
	name: string;
	path: string;
	method: 'GET' | 'POST';
	body?: string;
}
const TARGETS: Target[] = [
	{ name: 'geoparse', path: '/api/geoparse', method: 'POST', body: geoparseBody },
	{ name: 'page', path: '/', method: 'GET' }
];

function request(server: RunningServer, target: Target, options: Partial<autocannon.Options>) {
	return autocannon({
		url: server.url + target.path,
		method: target.method,
		body: target.body,
		headers: target.body ? { 'content-type': 'application/json' } : {},
		connections,
		...options
	});
}

async function memory(server: RunningServer, file: string): Promise<{ heap: number; rss: number }> {
	rmSync(file, { force: true });
	process.kill(server.pid, 'SIGUSR2');
	for (let i = 0; i < 100; i++) {
		await new Promise((done) => setTimeout(done, 50));
		try {
			const usage = JSON.parse(readFileSync(file, 'utf8')) as { heapUsed: number; rss: number };
			return { heap: usage.heapUsed, rss: usage.rss };
		} catch {
			// not written yet
		}
	}
	// No probe answer (not Linux?): RSS from /proc, heap unknown.
	return { heap: NaN, rss: rssBytes(server.pid) ?? NaN };
}

async function main(): Promise<void> {
	const work = mkdtempSync(join(tmpdir(), 'article-map-load-'));
	const probeFile = join(work, 'memory.json');
	const buildDir = snapshotBuild();
	const server = await startServer({
		buildDir,
		nodeArgs: ['--expose-gc', '--import', join(ROOT, 'tests/bench/memory-probe.mjs')],
		env: {
			RATE_LIMIT_GEOPARSE: 'off',
			WORK_LIMIT: 'off',
			ARTICLE_DB: join(work, 'articles.sqlite'),
			MEMORY_PROBE_FILE: probeFile
		}
	});
	try {
		for (const target of TARGETS) {
			// Warm up: JIT, the gazetteer's lazily decoded strings, the page's modules.
			await request(server, target, { amount: 500, connections: 8 });
			const result = await request(server, target, { duration });
			const errors = result.errors + result.timeouts + result.non2xx;
			const label = `${target.method} ${target.path}`;
			emit({ metric: `load.${target.name}.rps`, value: result.requests.average, unit: 'req/s' });
			emit({ metric: `load.${target.name}.p50`, value: result.latency.p50, unit: 'ms' });
			emit({ metric: `load.${target.name}.p99`, value: result.latency.p99, unit: 'ms' });
			emit({ metric: `load.${target.name}.errors`, value: errors, unit: 'count', budget: 0 });
			console.error(
				`${label}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, ` +
					`p99 ${result.latency.p99} ms, ${result.requests.total} requests, ${errors} errors/non-2xx ` +
					`(${connections} connections × ${duration} s)`
			);
		}

		// Memory: after a warm-up, ten slices of the requests, with a full GC before each sample.
		const geoparse = TARGETS[0]!;
		await request(server, geoparse, { amount: 1000 });
		const samples = [await memory(server, probeFile)];
		const slice = Math.ceil(memoryRequests / 10);
		let failed = 0;
		for (let i = 0; i < 10; i++) {
			const result = await request(server, geoparse, { amount: slice });
			failed += result.errors + result.timeouts + result.non2xx;
			samples.push(await memory(server, probeFile));
		}
		const first = samples[0]!;
		const last = samples[samples.length - 1]!;
		const mb = (bytes: number) => bytes / 2 ** 20;
		emit({
			metric: 'load.memory.heap_growth',
			value: mb(last.heap - first.heap),
			unit: 'MB',
			budget: 5
		});
		emit({
			metric: 'load.memory.rss_growth',
			value: mb(last.rss - first.rss),
			unit: 'MB',
			budget: 32
		});
		emit({ metric: 'load.memory.heap', value: mb(last.heap), unit: 'MB' });
		emit({ metric: 'load.memory.errors', value: failed, unit: 'count', budget: 0 });
		console.error(
			`memory over ${slice * 10} geoparse requests: heap ${samples.map((s) => mb(s.heap).toFixed(1)).join(' → ')} MB; ` +
				`RSS ${mb(first.rss).toFixed(0)} → ${mb(last.rss).toFixed(0)} MB; ${failed} errors`
		);
	} finally {
		await server.stop();
		rmSync(work, { recursive: true, force: true });
		rmSync(buildDir, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
