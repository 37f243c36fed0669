/**
 * npm run bench:scale [-- --duration 10 --connections 16 --rounds 2]
 *
 * One app server against two, same load, same machine: PostgreSQL (tests/scale/postgres.ts) and
 * two `node build` servers on it, a seeded set of articles with their parses cached, then
 * `connections` connections of autocannon for `duration` seconds reading articles
 * (`GET /api/articles/{id}`) and their pages (`GET /a/{id}`, parse from the cache), each request
 * from its own client address (X-Forwarded-For) so no per-client limit applies, while the
 * limits are still drawn from the shared buckets in PostgreSQL. "one" sends every connection to
 * server A; "two" splits them between A and B; "sqlite" sends them to a third server on the
 * default SQLite store with the same articles (the cost of the shared database on one server).
 * The phases alternate `rounds` times (sqlite, one, two, sqlite, one, two…) so a change of load on
 * the machine hits each alike; each figure is the median over the rounds. The load generator, PostgreSQL and both servers share the machine's cores.
 * Prints one JSON line per figure on stdout (report.ts), prose on stderr.
 */
import autocannon from 'autocannon';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuild } from '../scale/build';
import { startPostgres } from '../scale/postgres';
import { emit } from './report';
import { ROOT, snapshotBuild, startServer, type RunningServer } from './server';

const { values } = parseArgs({
	options: {
		duration: { type: 'string', default: '10' },
		connections: { type: 'string', default: '16' },
		rounds: { type: 'string', default: '2' },
		articles: { type: 'string', default: '50' }
	}
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const rounds = Math.max(1, Number(values.rounds));
const base = Number(process.env.SCALE_PORT) || 0;
const port = (offset: number) => (base ? base + offset : undefined);

const demo = readFileSync(join(ROOT, 'src/lib/demo/camp-taji.txt'), 'utf8');
let nextAddress = 0;
const newClient = () =>
	`10.${(nextAddress >> 16) & 255}.${(nextAddress >> 8) & 255}.${nextAddress++ & 255}`;
const log = (text: string) => console.error(text);
const load = () =>
	loadavg()
		.map((n) => n.toFixed(1))
		.join(' / ');

interface Phase {
	rps: number;
	p99: number;
	errors: number;
	/** CPU time of the servers and PostgreSQL per request, in ms: capacity, whatever the load. */
	cpuPerRequest: number;
}

/** CPU time (user + system) of a process and its reaped children, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// Fields 14-17 of stat (utime, stime, cutime, cstime) are 11-14 after the name.
		const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
		return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
	} catch {
		return 0;
	}
}

/** The postmaster and its live backends. */
function postgresPids(): number[] {
	if (postgres.pid === null) return [];
	const children = readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((name) => {
			try {
				const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
				return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postgres.pid;
			} catch {
				return false;
			}
		})
		.map(Number);
	return [postgres.pid, ...children];
}

/** CPU ms so far of `servers` and of PostgreSQL. */
function cpuOf(servers: RunningServer[], withPostgres: boolean): number {
	const pids = [...servers.map((server) => server.pid), ...(withPostgres ? postgresPids() : [])];
	return pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
}

/** `connections` connections split over `servers`, for `duration` s: total req/s, worst p99. */
async function phase(
	servers: RunningServer[],
	paths: string[],
	withPostgres = true
): Promise<Phase> {
	const cpuBefore = cpuOf(servers, withPostgres);
	const results = await Promise.all(
		servers.map((server) =>
			autocannon({
				url: server.url,
				connections: Math.round(connections / servers.length),
				duration,
				requests: [
					{
						setupRequest: (request) => ({
							...request,
							path: paths[Math.floor(Math.random() * paths.length)]!,
							headers: { 'x-forwarded-for': newClient() }
						})
					}
				]
			})
		)
	);
	const total = results.reduce((sum, r) => sum + r.requests.total, 0);
	return {
		cpuPerRequest: (cpuOf(servers, withPostgres) - cpuBefore) / Math.max(1, total),
		rps: total / duration,
		p99: Math.max(...results.map((r) => r.latency.p99)),
		errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0)
	};
}

const median = (xs: number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

ensureBuild();
const build = snapshotBuild();
const postgres = await startPostgres({ port: port(0) });
const url = await postgres.createDatabase('article_map_bench');
const env = {
	ARTICLE_STORE_URL: url,
	ADDRESS_HEADER: 'x-forwarded-for',
	XFF_DEPTH: '1',
	PARSE_WORKERS: '1'
};
const sqliteDir = mkdtempSync(join(tmpdir(), 'article-map-bench-'));
const sqliteEnv = { ...env, ARTICLE_STORE_URL: '', ARTICLE_DB: join(sqliteDir, 'a.sqlite') };
const servers = await Promise.all([
	startServer({ buildDir: build, env, port: port(1), timeoutMs: 60_000 }),
	startServer({ buildDir: build, env, port: port(2), timeoutMs: 60_000 }),
	startServer({ buildDir: build, env: sqliteEnv, port: port(3), timeoutMs: 60_000 })
]);

/** Store the articles through `server`; the paths that read them (API and page). */
async function seed(server: RunningServer): Promise<string[]> {
	const paths: string[] = [];
	for (let i = 0; i < Number(values.articles); i++) {
		const response = await fetch(`${server.url}/api/articles`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-forwarded-for': newClient() },
			body: JSON.stringify({ text: i === 0 ? demo : `${demo}\n\nUpdate ${i}.`, title: 'Bench' })
		});
		if (response.status !== 201) throw new Error(`seeding: ${response.status}`);
		const { id } = (await response.json()) as { id: string };
		paths.push(`/api/articles/${id}`, `/a/${id}`);
	}
	return paths;
}

/** Every page once through `server` (the first parse of each goes to the cache). */
async function warm(server: RunningServer, paths: string[]): Promise<void> {
	for (const path of paths) {
		await fetch(`${server.url}${path}`, { headers: { 'x-forwarded-for': newClient() } });
	}
}

try {
	const [a, b, c] = servers as [RunningServer, RunningServer, RunningServer];
	log(`PostgreSQL from ${postgres.source}; servers ${a.url}, ${b.url}; SQLite ${c.url}`);
	const paths = await seed(a);
	const sqlitePaths = await seed(c);
	for (const [server, list] of [
		[a, paths],
		[b, paths],
		[c, sqlitePaths]
	] as const) {
		await warm(server, list);
	}
	const loadBefore = load();
	log(`load average before: ${loadBefore}`);
	const sqlite: Phase[] = [];
	const one: Phase[] = [];
	const two: Phase[] = [];
	for (let round = 0; round < rounds; round++) {
		sqlite.push(await phase([c], sqlitePaths, false));
		log(`  round ${round + 1}, one server on SQLite: ${JSON.stringify(sqlite.at(-1))}`);
		one.push(await phase([a], paths));
		log(`  round ${round + 1}, one server: ${JSON.stringify(one.at(-1))}`);
		two.push(await phase([a, b], paths));
		log(`  round ${round + 1}, two servers: ${JSON.stringify(two.at(-1))}`);
	}
	log(`load average after: ${load()}`);
	for (const [name, runs] of [
		['sqlite', sqlite],
		['one', one],
		['two', two]
	] as const) {
		emit({ metric: `scale.${name}.rps`, value: median(runs.map((r) => r.rps)), unit: 'req/s' });
		emit({ metric: `scale.${name}.p99`, value: median(runs.map((r) => r.p99)), unit: 'ms' });
		emit({
			metric: `scale.${name}.cpu_per_request`,
			value: median(runs.map((r) => r.cpuPerRequest)),
			unit: 'ms'
		});
		emit({
			metric: `scale.${name}.errors`,
			value: Math.max(...runs.map((r) => r.errors)),
			unit: 'responses'
		});
	}
	emit({ metric: 'scale.loadavg1', value: loadavg()[0]!, unit: 'load' });
} finally {
	await Promise.all(servers.map((server) => server.stop()));
	await postgres.stop();
	rmSync(sqliteDir, { recursive: true, force: true });
}
