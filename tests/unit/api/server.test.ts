/**
 * The real production server (`node build`, adapter-node, hooks included) on a temporary SQLite
 * file: store an article over HTTP, stop the server with SIGTERM, start it again, and read the
 * article and its page back. Needs a current build (`npm run build`); skipped without one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const entry = join(root, 'build/index.js');
/** The build has this feature when its route manifest knows the articles API. */
function hasArticlesApi(): boolean {
	const chunks = join(root, 'build/server/chunks');
	if (!existsSync(entry) || !existsSync(chunks)) return false;
	return readdirSync(chunks).some(
		(name) =>
			name.startsWith('manifest') &&
			readFileSync(join(chunks, name), 'utf8').includes('api/articles')
	);
}
const built = hasArticlesApi();

const dir = mkdtempSync(join(tmpdir(), 'article-server-'));
const db = join(dir, 'articles.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function start(port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, [entry], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			ARTICLE_DB: db
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		try {
			await fetch(`http://127.0.0.1:${port}/api/articles/AAAAAAAAAAAAAAAA`);
			return child;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	child.kill('SIGKILL');
	throw new Error('server did not start in 30 s');
}

async function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	await exited;
}

describe.skipIf(!built)('the built server on a temporary database', () => {
	it('stores over HTTP and serves the article again after a restart', async () => {
		const port = await freePort();
		const base = `http://127.0.0.1:${port}`;
		let server = await start(port);
		let id: string;
		try {
			const response = await fetch(`${base}/api/articles`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					text: 'Rockets struck Camp Taji, north of Baghdad.',
					title: 'Restart test'
				})
			});
			expect(response.status).toBe(201);
			id = ((await response.json()) as { id: string }).id;

			const wrongType = await fetch(`${base}/api/geoparse`, {
				method: 'POST',
				headers: { 'content-type': 'text/plain' },
				body: 'Baghdad'
			});
			expect(wrongType.status).toBe(415);
			expect(await wrongType.json()).toHaveProperty('error');
			const tooBig = await fetch(`${base}/api/geoparse`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ text: 'x'.repeat(300 * 1024) })
			});
			expect(tooBig.status).toBe(413);
			expect(await tooBig.json()).toHaveProperty('error');
		} finally {
			await stop(server);
		}
		expect(existsSync(db)).toBe(true);

		server = await start(port);
		try {
			const article = await fetch(`${base}/api/articles/${id}`);
			expect(article.status).toBe(200);
			expect(await article.json()).toMatchObject({ id, title: 'Restart test' });
			const page = await fetch(`${base}/a/${id}`);
			expect(page.status).toBe(200);
			const html = await page.text();
			expect(html).toContain('Restart test');
			expect(html).toMatch(/og:description" content="[^"]*Baghdad/);
			expect((await fetch(`${base}/a/AAAAAAAAAAAAAAAA`)).status).toBe(404);
		} finally {
			await stop(server);
		}
	});
});
