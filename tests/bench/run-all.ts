/**
 * npm run bench [-- --runs 3 --only gazetteer,basemap,geoparse,web,load --load-duration 20]
 *
 * Runs every benchmark of the project (`bench:gazetteer`, `bench:geoparse`, `bench:web`,
 * `bench:load`, each when its script exists) `runs` times, reads the figures each one prints, and
 * writes BENCHMARKS.md at the repository root: the machine, each figure's median and spread over
 * the runs, and the budget it is held to. Builds the production app first (under the build lock).
 * Exits 1 when a benchmark fails or a budget is missed; BENCHMARKS.md is written either way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { parseOutput, type Parsed } from './parse';
import { ROOT } from './server';
import { summarise, type Summary } from './summary';

const BENCHES = ['gazetteer', 'basemap', 'geoparse', 'web', 'load', 'abuse'] as const;
type Bench = (typeof BENCHES)[number];

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		only: { type: 'string', default: BENCHES.join(',') },
		'load-duration': { type: 'string', default: '20' },
		'skip-build': { type: 'boolean', default: false },
		/** Re-render BENCHMARKS.md from the last run's figures without running anything. */
		'from-cache': { type: 'boolean', default: false }
	}
});
const runs = Math.max(1, Number(values.runs));
const selected = values.only.split(',').filter((b): b is Bench => BENCHES.includes(b as Bench));
const scripts = (
	JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	}
).scripts;

/** Extra arguments per bench (after `--`). */
const ARGS: Record<Bench, string[]> = {
	gazetteer: [],
	basemap: [],
	geoparse: [],
	web: [],
	load: ['--duration', values['load-duration']],
	abuse: ['--duration', values['load-duration']]
};

function run(
	command: string,
	args: string[]
): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(command, args, {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

const TITLES: Record<string, string> = {
	gazetteer: 'Gazetteer (`npm run bench:gazetteer`)',
	basemap: 'Basemap tiles (`npm run bench:basemap`)',
	geoparse: 'Geoparser (`npm run bench:geoparse`)',
	web: 'Web reader (`npm run bench:web`)',
	load: 'Load on the production server (`npm run bench:load`)',
	abuse: 'Costly requests against the default limits (`npm run bench:abuse`)'
};

const METHOD: Record<string, string> = {
	gazetteer:
		'Builds the artifact from the open data, then loads it (median of 5) and times lookups of ~150 names as news writes them.',
	basemap:
		'Builds the vector tiles (geo/scripts/basemap.ts) from the npm data packages into a temporary MBTiles file, as install does: wall-clock and CPU time of the build, and the file on disk.',
	geoparse:
		'Once the gazetteer is loaded, in CPU time of the whole process (compiler and collector threads included). Each of 5 fresh processes loads the gazetteer, parses 2 MB of generated news once (src/cli/bench-news.ts: places drawn from the gazetteer, templates of our own, never the evaluation corpora; the first pass, while the engine compiles the parser), then 2 MB of other generated news no pass has seen (throughput on new articles in a warm process: the budget holds this figure), then that text 3 times more (steady state: warm code and caches, best of 3). The one-off warm-up is the first pass minus the same amount of unseen text parsed warm: a fixed cost of each new process, like the gazetteer load, reported on its own. Also the Camp Taji article (median of 200 parses), one 1 MB document after a pass over the text, and a hostile 1 MB naming thousands of distinct US counties and towns.',
	web: "Chromium (headless, SwiftShader WebGL) over the production build: gzipped JavaScript of our own beyond MapLibre requested until the map is idle (the reader's tools, fetched after that while the page is idle, apart), the time until the map is idle with every marker placed, and the bytes the demo's first view fetches until then (every response's encoded body; the basemap's tiles and glyphs apart) (medians of cold loads).",
	load: `autocannon against \`node build\` on loopback, ${values['load-duration']} s at 32 connections each: \`POST /api/geoparse\` with the Camp Taji article and \`GET /\`, after a warm-up; the load generator shares the machine's cores with the server. The server runs with \`RATE_LIMIT_GEOPARSE=off\` (one client at 32 connections is what the per-client limit refuses). Memory: 10,000 more geoparse requests in 10 slices, heap and RSS sampled after a full GC (\`--expose-gc\`, signalled by tests/bench/memory-probe.mjs); growth is the last sample minus the first.`,
	abuse: `The production server (\`node src/cli/serve.js build\`) with its default limits, clients told apart by X-Forwarded-For: a 200 KB article of place names (28,000 mentions) is stored; four clients loop on its page, embed view, page data and CSV export without pause, one floods \`POST /api/geoparse\` with another 200 KB text, waiting the Retry-After it is told, and an unrelated client asks \`GET /api/places?q=kar\` every 25 ms, first alone (5 s), then under the attack (${values['load-duration']} s); the server's event-loop delay is sampled in each phase (tests/bench/loop-delay-probe.mjs).`
};

const cache = join(ROOT, 'node_modules/.cache/article-map-bench');
const cacheFile = join(cache, 'last-run.json');
interface Run {
	startedAt: string;
	load: number[];
	runs: number;
	collected: Parsed[];
}
const previous = values['from-cache'] ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Run) : null;
const startedAt = new Date(previous?.startedAt ?? Date.now());
const load = previous?.load ?? loadavg();
const failures: string[] = [];

if (!values['skip-build'] && !previous) {
	console.error('building the production app (under /tmp/build.lock)…');
	const build = run('flock', ['/tmp/build.lock', 'npm', 'run', '-s', 'build']);
	if (build.status !== 0) {
		const plain = run('npm', ['run', '-s', 'build']);
		if (plain.status !== 0) throw new Error(`npm run build failed:\n${plain.stderr}`);
	}
}

const collected: Parsed[] = previous?.collected ?? [];
const notes: string[] = [];
for (const bench of previous ? [] : selected) {
	const script = `bench:${bench}`;
	if (!scripts[script]) {
		notes.push(`\`${script}\` does not exist yet: not run.`);
		continue;
	}
	for (let i = 0; i < runs; i++) {
		console.error(`${script}: run ${i + 1} of ${runs}…`);
		const started = performance.now();
		const result = run('npm', ['run', '-s', script, '--', ...ARGS[bench]]);
		const seconds = ((performance.now() - started) / 1000).toFixed(0);
		const parsed = parseOutput(bench, result.stdout);
		collected.push(parsed);
		console.error(`  ${parsed.figures.length} figures in ${seconds} s (exit ${result.status})`);
		if (result.status !== 0 && bench !== 'web') {
			failures.push(
				`${script} exited ${result.status}: ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`
			);
		}
		if (parsed.figures.length === 0) failures.push(`${script} printed no figure this parser knows`);
	}
}

// The raw figures, kept so the report can be rendered again (`--from-cache`).
mkdirSync(cache, { recursive: true });
const record: Run = {
	startedAt: startedAt.toISOString(),
	load,
	runs: previous?.runs ?? runs,
	collected
};
writeFileSync(cacheFile, JSON.stringify(record));
const summaries = summarise(collected);
const missed = summaries.filter((s) => s.status === 'missed');
for (const s of missed)
	failures.push(`${s.metric}: median ${s.median} ${s.unit} misses the budget`);
const reportPath = join(ROOT, 'BENCHMARKS.md');
// Before/after comparisons of a change, measured by hand with interleaved runs, stay below the
// report from their heading on.
const KEPT = '\n## Comparisons (measured by hand, kept across runs)\n';
const previousReport = readFileSync(reportPath, 'utf8');
const kept = previousReport.includes(KEPT)
	? previousReport.slice(previousReport.indexOf(KEPT))
	: '';
// Formatted like every other file, so `npm run lint` (prettier --check) passes on it.
const prettierOptions = (await prettier.resolveConfig(reportPath)) ?? {};
writeFileSync(
	reportPath,
	await prettier.format(render(summaries) + kept, { ...prettierOptions, filepath: reportPath })
);
console.error(`wrote BENCHMARKS.md (${summaries.length} figures, ${missed.length} over budget)`);
for (const failure of failures) console.error(`FAILED: ${failure}`);
process.exit(failures.length ? 1 : 0);

function render(rows: Summary[]): string {
	const cpu = cpus();
	const fmt = (x: number) =>
		Number.isInteger(x)
			? String(x)
			: Math.abs(x) >= 100
				? x.toFixed(0)
				: Math.abs(x) >= 10
					? x.toFixed(1)
					: x.toFixed(2);
	const groups = new Map<string, Summary[]>();
	for (const row of rows) {
		const bench = row.metric.split('.')[0]!;
		groups.set(bench, [...(groups.get(bench) ?? []), row]);
	}
	const out = [
		'# Benchmarks',
		'',
		'Written by `npm run bench` (tests/bench/run-all.ts); do not edit by hand. Every figure is the',
		`median of ${record.runs} run${record.runs > 1 ? 's' : ''}, with the spread (lowest – highest) across the runs, and the budget it is held to.`,
		'',
		'## Machine',
		'',
		`- CPU: ${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} logical cores`,
		`- RAM: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
		`- OS: ${osType()} ${release()}`,
		`- Node.js ${process.version}`,
		`- Run ${startedAt.toISOString()}; load average at start ${load.map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min) — other work on the machine widens the spread`,
		''
	];
	for (const [bench, list] of groups) {
		out.push(`## ${TITLES[bench] ?? bench}`, '', METHOD[bench] ?? '', '');
		out.push('| figure | median | spread | budget | |', '| --- | ---: | ---: | --- | --- |');
		for (const row of list) {
			const spread = row.values.length > 1 ? `${fmt(row.min)} – ${fmt(row.max)}` : '—';
			const budget =
				row.budget === undefined ? '—' : `${row.atLeast ? '≥' : '≤'} ${row.budget} ${row.unit}`;
			const mark = row.status === 'met' ? 'met' : row.status === 'missed' ? '**missed**' : '';
			out.push(
				`| ${row.label} | ${fmt(row.median)} ${row.unit} | ${spread} | ${budget} | ${mark} |`
			);
		}
		out.push('');
	}
	if (notes.length) out.push('## Not run', '', ...notes.map((n) => `- ${n}`), '');
	return out.join('\n');
}
