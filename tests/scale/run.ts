/**
 * `npm run test:scale`: several app servers on one PostgreSQL, for real. Starts PostgreSQL
 * (tests/scale/postgres.ts: installed by `npm install`) and two production servers (`node build`)
 * at once on different ports, both behind a pretend proxy (`ADDRESS_HEADER=x-forwarded-for`,
 * `XFF_DEPTH=1`), then checks that:
 * 1. an article stored through one server is read, and its page rendered, through the other, and
 *    the parse made by one is the one the other serves (one row in the shared parse cache);
 * 2. one client's write limit holds across both servers (a burst of 10 in all, not per server);
 * 3. a server killed with SIGKILL while writing loses nothing it acknowledged: every id answered
 *    with 201 is readable through the other server; the killed one restarts on the same database;
 * 4. a short load across both servers (article API and pages) gets only 2xx answers.
 * `SCALE_PORT=N` puts the servers on N+1 and N+2 and PostgreSQL on N (default: free ports).
 */
import autocannon from 'autocannon';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, snapshotBuild, startServer, type RunningServer } from '../bench/server';
import { ensureBuild } from './build';
import { startPostgres } from './postgres';

const base = Number(process.env.SCALE_PORT) || 0;
const port = (offset: number) => (base ? base + offset : undefined);
const demo = readFileSync(join(ROOT, 'src/lib/demo/camp-taji.txt'), 'utf8');
const WRITE_BURST = 10;

const step = (text: string) => console.log(`\n▶ ${text}`);
let nextAddress = 0;
/** A client address of its own (the proxy's X-Forwarded-For), so each writer has its own limits. */
const newClient = () =>
	`10.${(nextAddress >> 16) & 255}.${(nextAddress >> 8) & 255}.${nextAddress++ & 255}`;

async function post(server: RunningServer, text: string, client = newClient()): Promise<Response> {
	return fetch(`${server.url}/api/articles`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
		body: JSON.stringify({ text, title: 'Scale test' })
	});
}

async function readBack(server: RunningServer, id: string): Promise<{ text: string } | null> {
	const response = await fetch(`${server.url}/api/articles/${id}`, {
		headers: { 'x-forwarded-for': newClient() }
	});
	if (response.status === 404) return null;
	assert.equal(response.status, 200, `GET /api/articles/${id} through ${server.url}`);
	return (await response.json()) as { text: string };
}

const build = ensureBuild() && snapshotBuild();
const postgres = await startPostgres({ port: port(0) });
console.log(`PostgreSQL from ${postgres.source}`);
const url = await postgres.createDatabase('article_map_scale');
const db = new pg.Pool({ connectionString: url, max: 2 });
// pool.end() resolves before its last connection has closed, so PostgreSQL's shutdown right
// after can still reach an idle client ("terminating connection due to administrator command",
// 57P01): without a listener that error would crash the runner after the test has passed.
db.on('error', (error: Error & { code?: string }) => {
	if (error.code !== '57P01') console.error(`scale test database pool: ${error.message}`);
});
const env = {
	ARTICLE_STORE_URL: url,
	ADDRESS_HEADER: 'x-forwarded-for',
	XFF_DEPTH: '1',
	RATE_LIMIT_WRITES: `${WRITE_BURST}/3600`,
	PARSE_WORKERS: '1'
};
const start = (offset: number) =>
	startServer({ buildDir: build, env, port: port(offset), timeoutMs: 60_000 });

const servers: RunningServer[] = [];
try {
	step('two servers start at once on one empty database (migrations under an advisory lock)');
	const pair = await Promise.all([start(1), start(2)]);
	let a = pair[0];
	const b = pair[1];
	servers.push(a, b);
	const { rows: versions } = await db.query('SELECT version FROM schema_migrations');
	console.log(`  ${a.url} and ${b.url} up; schema versions applied once: ${versions.length}`);

	step('store through one server, read and render through the other');
	const stored = await post(a, demo);
	assert.equal(stored.status, 201);
	const { id } = (await stored.json()) as { id: string };
	assert.equal((await readBack(b, id))?.text, demo);
	const page = await fetch(`${b.url}/a/${id}`, { headers: { 'x-forwarded-for': newClient() } });
	assert.equal(page.status, 200);
	assert.match(await page.text(), /Camp Taji/);
	const again = await fetch(`${a.url}/a/${id}`, { headers: { 'x-forwarded-for': newClient() } });
	assert.equal(again.status, 200);
	const { rows: parses } = await db.query<{ n: string }>('SELECT count(*) AS n FROM parses');
	assert.equal(Number(parses[0]!.n), 1, 'one shared parse for both servers');
	console.log(`  ${id}: stored via A, read and rendered via B and A, one shared parse`);

	step(`one client's write limit (a burst of ${WRITE_BURST}) holds across both servers`);
	const statuses: number[] = [];
	for (let i = 0; i < WRITE_BURST + 4; i++) {
		const response = await post(i % 2 ? a : b, `Limit test ${i}, in Basra.`, '192.0.2.77');
		statuses.push(response.status);
	}
	assert.equal(statuses.filter((s) => s === 201).length, WRITE_BURST, statuses.join(' '));
	assert.equal(statuses.filter((s) => s === 429).length, 4, statuses.join(' '));
	console.log(`  ${statuses.join(' ')}`);

	step('SIGKILL one server in the middle of writes: nothing acknowledged is lost');
	const acknowledged = new Map<string, string>();
	let killed = false;
	const killAfter = 40 + Math.floor(Math.random() * 40);
	const writer = async (w: number) => {
		for (let n = 0; !killed; n++) {
			const text = `Writer ${w}, article ${n}: fighting near Mosul and Tikrit. ${Math.random()}`;
			let response: Response;
			try {
				response = await post(a, text);
			} catch {
				return; // the server is gone: this request was never acknowledged
			}
			if (response.status !== 201) continue;
			acknowledged.set(((await response.json()) as { id: string }).id, text);
			if (acknowledged.size >= killAfter && !killed) {
				killed = true;
				a.child.kill('SIGKILL');
			}
		}
	};
	await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
	await a.stop(); // already dead: waits for its exit
	let lost = 0;
	for (const [ackedId, text] of acknowledged) {
		if ((await readBack(b, ackedId))?.text !== text) lost++;
	}
	assert.equal(lost, 0, `${lost} of ${acknowledged.size} acknowledged articles are missing`);
	console.log(
		`  killed after ${acknowledged.size} acknowledged writes; all ${acknowledged.size} read back via B`
	);
	a = await start(1);
	servers[0] = a;
	const [firstAcked] = acknowledged.keys();
	assert.ok(firstAcked && (await readBack(a, firstAcked)));
	console.log(`  restarted on ${a.url}; it reads them too`);

	step('a short load across both servers');
	const ids = [id, ...[...acknowledged.keys()].slice(0, 20)];
	const paths = ids.flatMap((articleId) => [`/api/articles/${articleId}`, `/a/${id}`]);
	const load = (server: RunningServer) =>
		autocannon({
			url: server.url,
			connections: 8,
			duration: 4,
			requests: [
				{
					setupRequest: (request) => ({
						...request,
						path: paths[Math.floor(Math.random() * paths.length)]!,
						headers: { 'x-forwarded-for': newClient() }
					})
				}
			]
		});
	// The restarted server's first page loads its parse workers' gazetteer: once, before the load.
	for (const server of [a, b]) {
		await fetch(`${server.url}/a/${id}`, { headers: { 'x-forwarded-for': newClient() } });
	}
	const results = await Promise.all([load(a), load(b)]);
	for (const [i, result] of results.entries()) {
		console.log(
			`  server ${'AB'[i]}: ${result.requests.total} requests, ${Math.round(result.requests.average)}/s, ` +
				`p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`
		);
		assert.ok(result.requests.total > 0);
		assert.equal(result.non2xx, 0);
		assert.equal(result.errors + result.timeouts, 0);
	}
	console.log('\nScale test passed.');
} catch (error) {
	for (const [i, server] of servers.entries()) {
		console.error(`\n--- server ${'AB'[i]} output ---\n${server.output().slice(-3000)}`);
	}
	console.error(error);
	process.exitCode = 1;
} finally {
	await Promise.all(servers.map((server) => server.stop()));
	await db.end();
	await postgres.stop();
}
