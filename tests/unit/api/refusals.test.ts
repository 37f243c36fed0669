/**
 * The smaller items of #21 item 7 on the production server (`node build`): a 503 never shows a
 * server path, a broken areas file is read and logged once (not on every page view), and the
 * no-JavaScript form is refused with a page, not raw JSON. Needs a current build; skipped without.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, type RunningServer } from '../../bench/server';

const built = existsSync(join(ROOT, 'build/index.js'));
const dir = mkdtempSync(join(tmpdir(), 'article-refusals-'));
let server: RunningServer;

beforeAll(async () => {
	if (!built) return;
	const areas = join(dir, 'areas.v1.json.gz');
	writeFileSync(areas, 'not gzip, not JSON');
	server = await startServer({
		env: { ARTICLE_DB: join(dir, 'a.sqlite'), AREAS_PATH: areas, RATE_LIMIT_WRITES: '2/60' }
	});
}, 60_000);

afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!built)('refusals and failures', () => {
	it('a broken areas file: 503 without its path, read and logged once over many views', async () => {
		const outline = await fetch(`${server.url}/areas/country:IQ`);
		expect(outline.status).toBe(503);
		const body = await outline.text();
		expect(body).not.toContain(dir);
		expect(body).not.toMatch(/\/[a-z]+\//);
		for (let i = 0; i < 5; i++) expect((await fetch(`${server.url}/`)).status).toBe(200);
		const logged = server.output().match(/areas: Areas artifact at/g) ?? [];
		expect(logged).toHaveLength(1);
	});

	it('refuses a cross-site form post with a page, not JSON', async () => {
		const response = await fetch(`${server.url}/new`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.test' },
			body: 'text=Baghdad'
		});
		expect(response.status).toBe(403);
		expect(response.headers.get('content-type')).toContain('text/html');
		expect(await response.text()).toContain('<a href="/new">Go back</a>');
	});

	it('refuses a form over the size limit, and one over the rate limit, with a page', async () => {
		const form = (body: string) =>
			fetch(`${server.url}/new`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
				body
			});
		const large = await form(`text=${'a'.repeat(1300 * 1024)}`);
		expect(large.status).toBe(413);
		expect(large.headers.get('content-type')).toContain('text/html');
		let limited: Response | null = null;
		for (let i = 0; i < 4 && !limited; i++) {
			const response = await form(`text=Baghdad+${i}`);
			if (response.status === 429) limited = response;
		}
		expect(limited?.headers.get('content-type')).toContain('text/html');
		expect(await limited?.text()).toContain('Too many requests');
	});
});

describe.skipIf(!built)('integrity at start (#21 item 6)', () => {
	it('refuses to start on a damaged database, naming the fix', async () => {
		const Database = (await import('better-sqlite3')).default;
		const { closeSync, openSync, statSync, writeSync } = await import('node:fs');
		const db = join(dir, 'damaged.sqlite');
		const sqlite = new Database(db);
		sqlite.exec(
			'CREATE TABLE articles (id TEXT PRIMARY KEY, text TEXT NOT NULL, title TEXT, source_url TEXT, created_at TEXT NOT NULL)'
		);
		const insert = sqlite.prepare('INSERT INTO articles VALUES (?, ?, NULL, NULL, ?)');
		for (let i = 0; i < 300; i++) insert.run(`id${i}`, 'x'.repeat(500), '2026-01-01');
		sqlite.pragma('user_version = 1');
		sqlite.close();
		const fd = openSync(db, 'r+');
		writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(statSync(db).size / 8192) * 4096);
		closeSync(fd);
		const { ServerExitError } = await import('../../bench/server');
		const started = startServer({ env: { ARTICLE_DB: db } });
		await expect(started).rejects.toBeInstanceOf(ServerExitError);
		const output = await started.catch(
			(error: InstanceType<typeof ServerExitError>) => error.output
		);
		expect(output).toMatch(/Cannot start: The article store .* is damaged/);
		expect(output).toMatch(/npm run db:restore -- FILE/);
	}, 60_000);
});
