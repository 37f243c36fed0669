/**
 * npm run bench:abuse [-- --duration 20]
 *
 * The costly-request attack of #21 (items 1 and 2) on the production server, with the default
 * limits: a 200 KB article dense with place names (28,000 mentions) is stored once; then four
 * clients loop on its page, embed view, page data and CSV export without pause (ignoring 429),
 * one client floods `POST /api/geoparse` with another 200 KB text as fast as its limit allows
 * (it waits the `Retry-After` it is given), and an unrelated client asks for a cheap answer
 * (`GET /api/places?q=kar`) every 25 ms. Its latency is measured first alone, then under the
 * attack. Clients are told apart by `X-Forwarded-For` (the server runs with `ADDRESS_HEADER`).
 * The server's event-loop delay is sampled in each phase (loop-delay-probe.mjs): how long any
 * request arriving at a random moment waited for the loop, whatever it waited behind.
 * Prints one JSON line per figure on stdout (see `report.ts`), prose on stderr.
 *
 * Options: `--build DIR` serves that build folder (to run two commits' builds in turn),
 * `--vary` makes the loopers add a new query string to every read (so none is served from the
 * render cache), `--cpu-prof DIR` writes the server's CPU profiles there.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { emit } from './report';
import { ROOT, snapshotBuild, startServer, type RunningServer } from './server';

const { values } = parseArgs({
	options: {
		duration: { type: 'string', default: '20' },
		// Write the server's CPU profiles (main thread and workers) into this folder.
		'cpu-prof': { type: 'string' },
		// Serve this build folder (e.g. a copy of another commit's) instead of a copy of build/.
		build: { type: 'string' },
		// The loopers add a query string of their own to every read (`?m=<n>`, a new one each
		// time), so no read is served from the render cache: every one is rendered.
		vary: { type: 'boolean', default: false }
	}
});
const duration = Number(values.duration) * 1000;

const NAMES = ['Baghdad', 'Basra', 'Mosul', 'Kirkuk', 'Iraq', 'Paris', 'London', 'Texas'];
const OTHER = ['Cairo', 'Tokyo', 'Peru', 'Ohio', 'Lagos', 'Lima', 'Oslo', 'Chile'];

/** About 200 KB of place names in sentences: the worst case for parse and page size. */
function denseText(names: string[]): string {
	let text = '';
	for (let i = 0; text.length < 199_000; i++) {
		text += names[i % names.length] + (i % 7 === 6 ? '.\n' : ', ');
	}
	return text;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(url: string, init: RequestInit = {}) {
	const started = performance.now();
	const response = await fetch(url, init);
	const body = await response.arrayBuffer();
	return {
		ms: performance.now() - started,
		status: response.status,
		bytes: body.byteLength,
		body,
		response
	};
}

const as = (client: string, init: RequestInit = {}): RequestInit => ({
	...init,
	headers: { ...(init.headers as Record<string, string>), 'x-forwarded-for': client }
});

/**
 * GET /api/places?q=kar every 25 ms for `ms`; the latencies, sorted. Timed in a process of its
 * own: the attackers' megabytes decoded in this one would delay its timers and inflate them.
 */
async function unrelated(base: string, ms: number): Promise<number[]> {
	const probe = `
		const latencies = [];
		const until = Date.now() + ${ms};
		while (Date.now() < until) {
			const started = performance.now();
			const response = await fetch(${JSON.stringify(`${base}/api/places?q=kar`)}, {
				headers: { 'x-forwarded-for': '10.9.9.9' }
			});
			await response.arrayBuffer();
			if (response.status !== 200) throw new Error('unrelated request answered ' + response.status);
			latencies.push(performance.now() - started);
			await new Promise((done) => setTimeout(done, 25));
		}
		console.log(JSON.stringify(latencies));`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', probe], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let out = '';
	child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
	const code = await new Promise<number | null>((done) => child.once('exit', done));
	if (code !== 0) throw new Error(`the unrelated client failed (${code})`);
	return (JSON.parse(out) as number[]).sort((a, b) => a - b);
}

interface LoopDelay {
	p50: number;
	p99: number;
	max: number;
}

/**
 * The server's event-loop delay since the last call (tests/bench/loop-delay-probe.mjs): how long
 * a request that arrived at a random moment waited for the loop, whatever it waited behind.
 */
async function loopDelay(server: RunningServer, file: string): Promise<LoopDelay> {
	rmSync(file, { force: true });
	process.kill(server.pid, 'SIGUSR2');
	for (let i = 0; i < 100; i++) {
		await sleep(50);
		try {
			return JSON.parse(readFileSync(file, 'utf8')) as LoopDelay;
		} catch {
			// Not written yet.
		}
	}
	return { p50: NaN, p99: NaN, max: NaN };
}

function emitDelay(phase: string, delay: LoopDelay): void {
	emit({ metric: `abuse.loop-delay.${phase}.p99`, value: delay.p99, unit: 'ms' });
	emit({ metric: `abuse.loop-delay.${phase}.max`, value: delay.max, unit: 'ms' });
}

async function main(): Promise<void> {
	const work = mkdtempSync(join(tmpdir(), 'article-map-abuse-'));
	const delayFile = join(work, 'loop-delay.json');
	const buildDir = values.build ?? snapshotBuild();
	const profile = values['cpu-prof'];
	const server = await startServer({
		buildDir,
		nodeArgs: [
			'--import',
			join(ROOT, 'tests/bench/loop-delay-probe.mjs'),
			...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])
		],
		env: {
			ARTICLE_DB: join(work, 'articles.sqlite'),
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			LOOP_DELAY_FILE: delayFile
		}
	});
	const base = server.url;
	try {
		const text = denseText(NAMES);
		const stored = await timed(
			`${base}/api/articles`,
			as('10.0.0.100', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ text, title: 'Dense' })
			})
		);
		if (stored.status !== 201) throw new Error(`storing the article answered ${stored.status}`);
		const { id } = JSON.parse(new TextDecoder().decode(stored.body)) as { id: string };

		// Item 1: the first read parses, every later read of any link of it comes from the cache.
		const first = await timed(`${base}/a/${id}`, as('10.0.0.101'));
		const repeats: number[] = [];
		// Each from another client: the parse put the first one over its work limit.
		for (let i = 0; i < 9; i++) {
			const repeat = await timed(`${base}/a/${id}`, as(`10.0.0.${110 + i}`));
			if (repeat.status !== 200) throw new Error(`a repeat GET answered ${repeat.status}`);
			repeats.push(repeat.ms);
		}
		repeats.sort((a, b) => a - b);
		const data = await timed(`${base}/a/${id}/__data.json`, as('10.0.0.120'));
		emit({ metric: 'abuse.page.html', value: first.bytes / 1e6, unit: 'MB', budget: 3 });
		emit({ metric: 'abuse.page.data', value: data.bytes / 1e6, unit: 'MB' });
		emit({ metric: 'abuse.page.first', value: first.ms, unit: 'ms' });
		emit({ metric: 'abuse.page.repeat', value: percentile(repeats, 50), unit: 'ms' });
		console.error(
			`/a/{id} of ${(text.length / 1000).toFixed(0)} KB of names: ${(first.bytes / 1e6).toFixed(2)} MB of HTML ` +
				`(__data.json ${(data.bytes / 1e6).toFixed(2)} MB); first GET ${first.ms.toFixed(0)} ms (parse), ` +
				`median of 9 repeats ${percentile(repeats, 50).toFixed(0)} ms`
		);

		await loopDelay(server, delayFile);
		const alone = await unrelated(base, Math.min(duration, 5000));
		const delayAlone = await loopDelay(server, delayFile);
		emitDelay('alone', delayAlone);
		emit({ metric: 'abuse.unrelated.alone.p50', value: percentile(alone, 50), unit: 'ms' });
		emit({ metric: 'abuse.unrelated.alone.p99', value: percentile(alone, 99), unit: 'ms' });

		const until = Date.now() + duration;
		const statuses = new Map<number, number>();
		const failures: string[] = [];
		const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
		const paths = [`/a/${id}`, `/embed/${id}`, `/a/${id}/__data.json`, `/a/${id}/export.csv`];
		const loopers = [1, 2, 3, 4].map(async (n) => {
			for (let i = 0; Date.now() < until; i++) {
				const query = values.vary ? `?m=${n * 1_000_000 + i}` : '';
				const path = paths[i % paths.length]! + query;
				const answer = await timed(`${base}${path}`, as(`10.0.1.${n}`)).catch((error: Error) => {
					failures.push(`${path}: ${String((error.cause as Error | undefined)?.message ?? error)}`);
					return { status: 0 };
				});
				count(answer.status);
			}
		});
		let parsed = 0;
		let refused = 0;
		const flood = (async () => {
			const body = JSON.stringify({ text: denseText(OTHER) });
			while (Date.now() < until) {
				const answer = await timed(
					`${base}/api/geoparse`,
					as('10.0.2.1', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
				).catch(() => null);
				// A refusal can close the connection before the 200 KB body is sent: wait as for 429.
				if (!answer) {
					refused++;
					await sleep(1000);
					continue;
				}
				const { status, response } = answer;
				if (status === 200) parsed++;
				else if (status === 429) {
					refused++;
					await sleep(1000 * Number(response.headers.get('retry-after') ?? 1));
				} else throw new Error(`geoparse answered ${status}`);
			}
		})();
		const loaded = await unrelated(base, duration);
		await Promise.all([...loopers, flood]);
		const delayLoaded = await loopDelay(server, delayFile);
		emitDelay('attack', delayLoaded);

		const p50 = percentile(loaded, 50);
		const p99 = percentile(loaded, 99);
		emit({ metric: 'abuse.unrelated.p50', value: p50, unit: 'ms' });
		emit({ metric: 'abuse.unrelated.p99', value: p99, unit: 'ms', budget: 150 });
		emit({ metric: 'abuse.loop.ok', value: statuses.get(200) ?? 0, unit: 'count' });
		emit({ metric: 'abuse.loop.refused', value: statuses.get(429) ?? 0, unit: 'count' });
		emit({ metric: 'abuse.flood.parsed', value: parsed, unit: 'count' });
		console.error(
			`unrelated GET /api/places: alone p50 ${percentile(alone, 50).toFixed(1)} ms, p99 ${percentile(alone, 99).toFixed(1)} ms; ` +
				`under attack p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (${loaded.length} requests in ${duration / 1000} s). ` +
				`Loopers: ${[...statuses].map(([s, n]) => `${n} × ${s}`).join(', ')}; ` +
				`flood: ${parsed} parses of 200 KB answered, ${refused} times told to wait. ` +
				`Server event-loop delay: alone p99 ${delayAlone.p99.toFixed(1)} ms, max ${delayAlone.max.toFixed(1)} ms; ` +
				`under attack p99 ${delayLoaded.p99.toFixed(1)} ms, max ${delayLoaded.max.toFixed(1)} ms; load average ${loadavg()
					.map((l) => l.toFixed(1))
					.join(' ')}`
		);
		if (failures.length > 0) {
			console.error(`${failures.length} requests failed, e.g. ${failures.slice(0, 3).join('; ')}`);
			console.error(server.output().slice(-3000));
		}
	} finally {
		await server.stop();
		rmSync(work, { recursive: true, force: true });
		if (!values.build) rmSync(buildDir, { recursive: true, force: true });
	}
}

await main();
