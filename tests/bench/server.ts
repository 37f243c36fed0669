/**
 * Start the production server (`node src/cli/serve.js build`: adapter-node's handler in the
 * app's own Node server, as `npm start` runs it) on a free loopback port, for the benchmarks and
 * for the tests that need their own server with a particular environment.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const SERVE = join(ROOT, 'src/cli/serve.js');

export interface RunningServer {
	url: string;
	pid: number;
	child: ChildProcess;
	/** Everything the server printed so far (stdout and stderr). */
	output(): string;
	/** SIGTERM, then wait for the exit (SIGKILL after 5 s). */
	stop(): Promise<void>;
}

export interface ServerOptions {
	/** Folder holding the adapter-node output (default `build/`). */
	buildDir?: string;
	env?: Record<string, string>;
	/** Run the server as this user (and group), e.g. to make a file read-only to it as root. */
	uid?: number;
	/** Flags for node before the entry point (e.g. `--expose-gc`). */
	nodeArgs?: string[];
	/** Give up waiting for the first answer after this long (ms). */
	timeoutMs?: number;
	/** Listen on this port (default: a free one). */
	port?: number;
}

/** A TCP port nobody listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
		});
	});
}

/**
 * Copy `build/` while holding the build lock, so a teammate's rebuild cannot swap files under a
 * running benchmark. The copy lives under node_modules/.cache so the server still resolves its
 * dependencies from the project's node_modules.
 */
export function snapshotBuild(): string {
	const dest = join(ROOT, 'node_modules/.cache/article-map-bench', `build-${process.pid}`);
	rmSync(dest, { recursive: true, force: true });
	mkdirSync(join(dest, '..'), { recursive: true });
	const lock = spawnSync('flock', ['/tmp/build.lock', 'cp', '-r', join(ROOT, 'build'), dest]);
	if (lock.error || lock.status !== 0) cpSync(join(ROOT, 'build'), dest, { recursive: true });
	return dest;
}

/** Start the server and wait until it answers (or fail with what it printed). */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
	const buildDir = options.buildDir ?? join(ROOT, 'build');
	if (!existsSync(join(buildDir, 'index.js'))) {
		throw new Error(`No production build in ${buildDir}: run \`npm run build\` first.`);
	}
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVE, buildDir], {
		cwd: ROOT,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: url, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
		...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {})
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
		await exited;
		clearTimeout(timer);
	};
	const server: RunningServer = { url, pid: child.pid!, child, output: () => output, stop };

	const deadline = Date.now() + (options.timeoutMs ?? 30_000);
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new ServerExitError(child.exitCode, output);
		}
		try {
			const response = await fetch(`${url}/favicon.svg`);
			await response.arrayBuffer();
			return server;
		} catch {
			await new Promise((done) => setTimeout(done, 100));
		}
	}
	await stop();
	throw new Error(`The server did not answer within ${options.timeoutMs ?? 30_000} ms:\n${output}`);
}

/** The server stopped before answering; `output` says why. */
export class ServerExitError extends Error {
	constructor(
		readonly code: number | null,
		readonly output: string
	) {
		super(`The server exited with code ${code} before answering:\n${output}`);
	}
}

/** Resident set size of a process in bytes, from /proc (Linux), or null elsewhere. */
export function rssBytes(pid: number): number | null {
	try {
		const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : null;
	} catch {
		return null;
	}
}
