/**
 * Hardening against hostile input, load-shedding and faults, on the production server.
 *
 * Request-level tests use Playwright's `request` fixture against the suite's server; the tests
 * that need another environment (tight rate limits, a broken gazetteer, a read-only or locked
 * article store) start their own `node build` on a free loopback port (tests/bench/server.ts).
 */
import {
	test as base,
	expect as baseExpect,
	type APIRequestContext,
	type Page
} from '@playwright/test';
import Database from 'better-sqlite3';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeArticleFragment } from '../../src/lib/share/fragment';
import { ROOT, ServerExitError, startServer } from '../bench/server';
import { expect, test } from './fixtures';

const CAMP_TAJI = readFileSync(join(ROOT, 'src/lib/demo/camp-taji.txt'), 'utf8');
const XSS_TEXT = `<script>window.__pwned = 1; alert(1)</script> Rockets hit Camp Taji <img src=x onerror="window.__pwned = 2; alert(2)"> north of Baghdad.`;
const XSS_TITLE = `"><svg onload="window.__pwned = 3; alert(3)"><script>alert(4)</script>`;

async function store(request: APIRequestContext, body: object): Promise<string> {
	const response = await request.post('/api/articles', { data: body });
	expect(response.status(), await response.text()).toBe(201);
	return ((await response.json()) as { id: string }).id;
}

/**
 * The suite's guard (tests/e2e/fixtures.ts) for tests that cannot use it: pages on a server of
 * their own (another origin) or failures the test causes on purpose. Page errors, console errors
 * not matching `expected`, and requests leaving `origin` are collected; `check` asserts none.
 */
async function ownGuard(page: Page, origin: string, expected: RegExp[] = []) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		const text = message.text();
		if (message.type() === 'error' && !expected.some((pattern) => pattern.test(text))) {
			problems.push(`console error: ${text}`);
		}
	});
	await page.context().route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
			return route.fallback();
		}
		problems.push(`request left the app: ${url}`);
		return route.abort('blockedbyclient');
	});
	return {
		check: () => baseExpect(problems, 'page errors, console errors or outside requests').toEqual([])
	};
}

/** Fail the test if any script we injected runs: a dialog opens or the marker global is set. */
async function watchForScripts(page: Page): Promise<() => Promise<void>> {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return async () => {
		expect(dialogs, 'dialogs opened by injected script').toEqual([]);
		expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
	};
}

test.describe('security headers', () => {
	test('pages carry a hashed-script CSP, nosniff, a referrer policy and no framing', async ({
		request
	}) => {
		const id = await store(request, { text: CAMP_TAJI, title: 'Camp Taji' });
		for (const path of ['/', `/a/${id}`, '/new']) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			const headers = response.headers();
			const csp = headers['content-security-policy'] ?? '';
			const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
			expect(scriptSrc, path).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
			expect(csp).toContain("frame-ancestors 'none'");
			expect(csp).toContain("object-src 'none'");
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
			expect(headers['x-frame-options']).toBe('DENY');
		}
	});

	test('only the embed view may be framed', async ({ request }) => {
		const id = await store(request, { text: CAMP_TAJI, title: 'Camp Taji' });
		const headers = (await request.get(`/embed/${id}`)).headers();
		expect(headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
		expect(headers['x-frame-options']).toBeUndefined();
	});

	test('API responses run and load nothing, and are never sniffed', async ({ request }) => {
		const response = await request.post('/api/geoparse', { data: { text: 'Baghdad' } });
		expect(response.status()).toBe(200);
		expect(response.headers()['content-security-policy']).toBe(
			"default-src 'none'; frame-ancestors 'none'"
		);
		expect(response.headers()['x-content-type-options']).toBe('nosniff');
	});
});

test.describe('hostile input to the API', () => {
	const cases: [string, { data?: unknown; body?: string | Buffer; type?: string }, number][] = [
		['empty text', { data: { text: '' } }, 400],
		['whitespace-only text', { data: { text: ' \n\t\u00a0 ' } }, 400],
		['no text', { data: { title: 'x' } }, 400],
		['text not a string', { data: { text: ['Baghdad'] } }, 400],
		['a JSON array', { data: [1, 2] }, 400],
		['empty body', { body: '', type: 'application/json' }, 400],
		['broken JSON', { body: '{"text": "Bag', type: 'application/json' }, 400],
		[
			'invalid UTF-8',
			{ body: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), type: 'application/json' },
			400
		],
		[
			'binary',
			{
				body: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
				type: 'application/json'
			},
			400
		],
		['text/plain', { body: '{"text":"Baghdad"}', type: 'text/plain' }, 415],
		['a form', { body: 'text=Baghdad', type: 'application/x-www-form-urlencoded' }, 415],
		['UTF-16 JSON', { body: '{"text":"Baghdad"}', type: 'application/json; charset=utf-16' }, 415],
		[
			'deeply nested JSON',
			{ body: '['.repeat(100_000) + ']'.repeat(100_000), type: 'application/json' },
			400
		],
		[
			'nested title',
			{
				body: `{"text":"Baghdad","title":${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}}`,
				type: 'application/json'
			},
			400
		],
		['text over 200 KB', { data: { text: 'a'.repeat(210 * 1024) } }, 413],
		['huge JSON (1.4 MB)', { data: { text: 'Baghdad', padding: Array(700_000).fill(1) } }, 413],
		['10 MB body', { body: Buffer.alloc(10 * 1024 * 1024, 0x20), type: 'application/json' }, 413],
		['title not a string', { data: { text: 'Baghdad', title: { $gt: '' } } }, 400],
		['javascript: source URL', { data: { text: 'Baghdad', sourceUrl: 'javascript:alert(1)' } }, 400]
	];
	for (const [name, input, status] of cases) {
		test(`${name} → ${status} with a JSON message`, async ({ request }) => {
			for (const path of ['/api/geoparse', '/api/articles']) {
				const response = await request.post(path, {
					...(input.data !== undefined ? { data: input.data } : { data: input.body }),
					headers: input.type ? { 'content-type': input.type } : undefined
				});
				expect(response.status(), `${path}: ${await response.text()}`).toBe(status);
				expect(response.headers()['content-type']).toMatch(/^application\/json/);
				const body = (await response.json()) as { error?: unknown };
				expect(typeof body.error).toBe('string');
			}
		});
	}

	test('a 10 MB body streamed without a length is cut off with 413', async ({ baseURL }) => {
		const url = new URL('/api/geoparse', baseURL);
		const { status, body, sent } = await new Promise<{
			status: number;
			body: string;
			sent: number;
		}>((done, fail) => {
			let sent = 0;
			const req = httpRequest(
				url,
				{
					method: 'POST',
					headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }
				},
				(res) => {
					let text = '';
					res.on('data', (chunk: Buffer) => (text += chunk.toString()));
					res.on('end', () => done({ status: res.statusCode ?? 0, body: text, sent }));
				}
			);
			req.on('error', (error) => (sent > 0 ? undefined : fail(error)));
			const chunk = Buffer.alloc(64 * 1024, 0x20);
			const pump = () => {
				while (sent < 160) {
					sent++;
					if (!req.write(chunk)) return void req.once('drain', pump);
				}
				req.end();
			};
			pump();
		});
		expect(status).toBe(413);
		expect(JSON.parse(body)).toHaveProperty('error');
		expect(sent).toBeGreaterThan(0);
	});

	test('right-to-left text, very long lines and script payloads come back as data', async ({
		request
	}) => {
		const arabic = 'قصفت طائرات أمريكية معسكر التاجي شمال بغداد في العراق. Camp Taji, Iraq.';
		const long = `${'the convoy moved slowly along the road '.repeat(3000)} Baghdad`;
		for (const text of [arabic, long, XSS_TEXT]) {
			const response = await request.post('/api/geoparse', { data: { text, title: XSS_TITLE } });
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toMatch(/^application\/geo\+json/);
			const collection = (await response.json()) as {
				features: { properties: { mentions: { start: number; end: number; text: string }[] } }[];
			};
			for (const feature of collection.features) {
				for (const mention of feature.properties.mentions) {
					expect(text.slice(mention.start, mention.end)).toBe(mention.text);
				}
			}
		}
	});

	test('unknown endpoints, wrong methods and forged ids answer in JSON', async ({ request }) => {
		const checks: [Promise<import('@playwright/test').APIResponse>, number][] = [
			[request.get('/api/nothing', { headers: { accept: 'text/html' } }), 404],
			[request.get('/api/nothing', { headers: { accept: 'application/json' } }), 404],
			[request.put('/api/geoparse', { headers: { accept: 'application/json' } }), 405],
			[request.get('/api/geoparse', { headers: { accept: 'text/html' } }), 405],
			[request.delete('/api/articles'), 405],
			[request.get('/api/articles/AAAAAAAAAAAAAAAA'), 404],
			[request.get(`/api/articles/${encodeURIComponent('<script>alert(1)</script>')}`), 404],
			[request.get(`/api/articles/${'A'.repeat(5000)}`), 404]
		];
		for (const [pending, status] of checks) {
			const response = await pending;
			expect(response.status(), response.url()).toBe(status);
			expect(response.headers()['content-type'], response.url()).toMatch(/^application\/json/);
			const body = (await response.json()) as { error?: unknown };
			expect(typeof body.error, response.url()).toBe('string');
		}
	});
});

test.describe('script payloads stay inert in the UI', () => {
	test('in the text, the title, the source and every URL parameter of a shared article', async ({
		page,
		request
	}) => {
		const id = await store(request, { text: XSS_TEXT, title: XSS_TITLE });
		const check = await watchForScripts(page);
		const payload = encodeURIComponent('<script>alert(5)</script>"><img src=x onerror=alert(6)>');
		await page.goto(
			`/a/${id}?place=${payload}&m=${payload}&map=${payload}&fix=${payload}&other=${payload}`
		);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('<svg onload=');
		await expect(page.getByText('<script>window.__pwned = 1; alert(1)</script>')).toBeVisible();
		await expect(page.getByRole('note')).toContainText('could not be used');
		await check();
	});

	test('in a private link', async ({ page }) => {
		const fragment = await encodeArticleFragment({ text: XSS_TEXT, title: XSS_TITLE });
		const check = await watchForScripts(page);
		await page.goto(`/view?place=%3Cscript%3Ealert(7)%3C/script%3E#${fragment}`);
		await expect(page.getByText('<script>window.__pwned = 1; alert(1)</script>')).toBeVisible();
		await check();
	});

	test('in the home page URL', async ({ page }) => {
		const check = await watchForScripts(page);
		await page.goto(
			'/?place=%3Cscript%3Ealert(8)%3C%2Fscript%3E&q=%22%3E%3Csvg%20onload%3Dalert(9)%3E'
		);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Camp Taji');
		await check();
	});
});

test.describe('forged and truncated share links', () => {
	base(
		'an id that names nothing, or is not an id, is a readable 404',
		async ({ page, baseURL }) => {
			// The browser logs every 404 document as a console error; that one is expected here.
			const guard = await ownGuard(page, new URL(baseURL ?? '').origin, [
				/^Failed to load resource: the server responded with a status of 404/
			]);
			for (const path of [
				'/a/AAAAAAAAAAAAAAAA',
				'/a/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
				'/a/x'
			]) {
				const response = await page.goto(path);
				baseExpect(response?.status(), path).toBe(404);
				await baseExpect(page.getByText('No article has this link')).toBeVisible();
			}
			guard.check();
		}
	);

	test('a cut-short view in the query opens the article, keeps what holds and says what was dropped', async ({
		page,
		request
	}) => {
		const id = await store(request, { text: CAMP_TAJI, title: 'Camp Taji' });
		// The link as a chat app cut it: the map position lost its longitude.
		await page.goto(`/a/${id}?fix=georgia~none&map=7.50/33.312`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Camp Taji');
		await expect(page.getByRole('note')).toContainText('map: expected zoom/lat/lng');
	});

	test('a private link that is damaged or cut short says so', async ({ page }) => {
		const fragment = await encodeArticleFragment({ text: CAMP_TAJI, title: 'Camp Taji' });
		for (const hash of [fragment.slice(0, Math.floor(fragment.length / 2)), 't=%%%', 't=', 'x=1']) {
			await page.goto(`/view#${hash}`);
			await expect(page.getByRole('alert'), hash.slice(0, 20)).toContainText(/^The link /);
		}
	});
});

test.describe('framing', () => {
	test('another site can frame the embed view and nothing else', async ({
		browser,
		request,
		baseURL
	}) => {
		const id = await store(request, { text: CAMP_TAJI, title: 'Camp Taji' });
		// A context of its own: the suite's guard blocks other origins, and this test needs one.
		const context = await browser.newContext();
		const page = await context.newPage();
		const blocked: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') blocked.push(message.text());
		});
		// Another site: a page served by a server of its own on another loopback port (a real
		// local server, so Chromium's local-network checks treat both sides alike).
		const html = `<iframe name="embed" width="900" height="600" src="${baseURL}/embed/${id}"></iframe><iframe name="page" src="${baseURL}/a/${id}"></iframe>`;
		const other = createServer((_, response) => {
			response.writeHead(200, { 'content-type': 'text/html' }).end(html);
		});
		await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
		const address = other.address();
		const parent = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
		await page.goto(parent);
		await baseExpect(
			page.frameLocator('iframe[name=embed]').getByRole('heading', { name: 'Camp Taji' })
		).toBeVisible();
		await baseExpect.poll(() => blocked.join('\n')).toContain('frame-ancestors');
		await baseExpect(
			page.frameLocator('iframe[name=page]').getByRole('heading', { name: 'Camp Taji' })
		).toHaveCount(0);
		await context.close();
		other.close();
	});
});

test.describe('rate limits', () => {
	test('writes beyond the budget get 429 with Retry-After; reads keep working', async () => {
		const work = mkdtempSync(join(tmpdir(), 'article-map-rate-'));
		const server = await startServer({
			env: {
				RATE_LIMIT_WRITES: '3/60',
				RATE_LIMIT_GEOPARSE: '2/60',
				ARTICLE_DB: join(work, 'a.sqlite')
			}
		});
		try {
			const post = (path: string, text: string) =>
				fetch(server.url + path, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ text })
				});
			const statuses = [];
			for (let i = 0; i < 4; i++)
				statuses.push((await post('/api/articles', `Baghdad ${i}`)).status);
			expect(statuses).toEqual([201, 201, 201, 429]);
			const refused = await post('/api/articles', 'Basra');
			expect(refused.status).toBe(429);
			expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
			expect(((await refused.json()) as { error: string }).error).toMatch(/Too many requests/);
			// Geoparsing has its own budget, and reads have none.
			expect((await post('/api/geoparse', 'Baghdad')).status).toBe(200);
			expect((await post('/api/geoparse', 'Baghdad')).status).toBe(200);
			expect((await post('/api/geoparse', 'Baghdad')).status).toBe(429);
			for (let i = 0; i < 10; i++) expect((await fetch(server.url + '/')).status).toBe(200);
		} finally {
			await server.stop();
			rmSync(work, { recursive: true, force: true });
		}
	});
});

test.describe('gazetteer faults', () => {
	for (const [name, prepare] of [
		['missing', (dir: string) => join(dir, 'absent.bin.gz')],
		[
			'corrupt',
			(dir: string) => {
				const path = join(dir, 'corrupt.bin.gz');
				writeFileSync(path, Buffer.from('1f8b0800000000000003deadbeef', 'hex'));
				return path;
			}
		],
		[
			'truncated',
			(dir: string) => {
				const path = join(dir, 'truncated.bin.gz');
				writeFileSync(
					path,
					readFileSync(join(ROOT, 'geo/out/gazetteer.v1.bin.gz')).subarray(0, 100_000)
				);
				return path;
			}
		]
	] as const) {
		test(`a ${name} artifact stops the server at startup with a message naming the fix`, async () => {
			const dir = mkdtempSync(join(tmpdir(), 'article-map-gaz-'));
			try {
				const error = await startServer({ env: { GAZETTEER_PATH: prepare(dir) } }).then(
					async (server) => {
						await server.stop();
						return null;
					},
					(error: unknown) => error
				);
				expect(error).toBeInstanceOf(ServerExitError);
				const { code, output } = error as ServerExitError;
				expect(code).not.toBe(0);
				expect(output).toMatch(/Cannot start: Gazetteer artifact .*(not found|unreadable)/);
				expect(output).toContain('npm run geo:build');
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		});
	}
});

test.describe('article store faults', () => {
	const seed = async (url: string, text: string) => {
		const response = await fetch(`${url}/api/articles`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ text, title: 'Seeded' })
		});
		expect(response.status).toBe(201);
		return ((await response.json()) as { id: string }).id;
	};

	/** A store with one article, written by a normal server, then closed. */
	async function seededStore(): Promise<{ dir: string; db: string; id: string }> {
		const dir = mkdtempSync(join(tmpdir(), 'article-map-store-'));
		const db = join(dir, 'articles.sqlite');
		const server = await startServer({ env: { ARTICLE_DB: db } });
		const id = await seed(server.url, CAMP_TAJI);
		await server.stop();
		return { dir, db, id };
	}

	/** Sharing from /new fails with the store's message and the private link still works. */
	async function sharingFallsBack(page: Page, url: string): Promise<void> {
		await page.goto(`${url}/new`);
		await page
			.getByRole('textbox', { name: 'Article text' })
			.fill('Rockets hit Camp Taji, north of Baghdad.');
		await page.getByRole('button', { name: 'Make the map' }).click();
		await expect(page.getByRole('alert').first()).toContainText('Links cannot be saved right now');
		await page.getByRole('button', { name: 'Make a private link' }).click();
		await expect(page).toHaveURL(/\/view#t=/);
		await expect(page.getByText('north of Baghdad')).toBeVisible();
	}

	base(
		'read-only database file: links open, sharing falls back to a private link',
		async ({ page }) => {
			base.skip(process.getuid?.() !== 0, 'needs root to run the server as another user');
			const { dir, db, id } = await seededStore();
			chmodSync(db, 0o444);
			chmodSync(dir, 0o777);
			const server = await startServer({ env: { ARTICLE_DB: db }, uid: 65534 });
			try {
				expect((await fetch(`${server.url}/api/articles/${id}`)).status).toBe(200);
				const refused = await fetch(`${server.url}/api/articles`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ text: 'Mosul and Erbil.' })
				});
				expect(refused.status).toBe(503);
				expect(((await refused.json()) as { error: string }).error).toContain('private link');
				const guard = await ownGuard(page, server.url, [
					/^Failed to load resource: the server responded with a status of 503/
				]);
				await sharingFallsBack(page, server.url);
				guard.check();
			} finally {
				await server.stop();
				rmSync(dir, { recursive: true, force: true });
			}
		}
	);

	// Hardening request #4: a WAL database in a folder the server cannot write (no -shm can be
	// created) still opens read-only.
	base(
		'read-only database folder: links open, sharing falls back to a private link',
		async ({ page }) => {
			base.skip(process.getuid?.() !== 0, 'needs root to run the server as another user');
			const { dir, db, id } = await seededStore();
			chmodSync(dir, 0o755); // root-owned: the server (nobody) can read it but create nothing
			const server = await startServer({ env: { ARTICLE_DB: db }, uid: 65534 });
			try {
				expect((await fetch(`${server.url}/api/articles/${id}`)).status).toBe(200);
				expect((await fetch(`${server.url}/a/${id}`)).status).toBe(200);
				const refused = await fetch(`${server.url}/api/articles`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ text: 'Mosul and Erbil.' })
				});
				expect(refused.status).toBe(503);
				expect(((await refused.json()) as { error: string }).error).toContain('private link');
				const guard = await ownGuard(page, server.url, [
					/^Failed to load resource: the server responded with a status of 503/
				]);
				await sharingFallsBack(page, server.url);
				guard.check();
			} finally {
				await server.stop();
				rmSync(dir, { recursive: true, force: true });
			}
		}
	);

	test('locked by another process: links open, writes answer 503 busy within the wait', async () => {
		const { dir, db, id } = await seededStore();
		const server = await startServer({ env: { ARTICLE_DB: db } });
		const locker = new Database(db, { timeout: 0 });
		try {
			locker.exec('BEGIN EXCLUSIVE');
			expect((await fetch(`${server.url}/a/${id}`)).status).toBe(200);
			const started = Date.now();
			const refused = await fetch(`${server.url}/api/articles`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ text: 'Najaf and Karbala.' })
			});
			expect(refused.status).toBe(503);
			expect(((await refused.json()) as { error: string }).error).toMatch(/busy/);
			expect(Date.now() - started).toBeLessThan(15_000);
			locker.exec('ROLLBACK');
			expect(
				(
					await fetch(`${server.url}/api/articles`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ text: 'Najaf and Karbala.' })
					})
				).status
			).toBe(201);
		} finally {
			if (locker.inTransaction) locker.exec('ROLLBACK');
			locker.close();
			await server.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('database deleted while running: reading still works, sharing still answers', async () => {
		const { dir, db, id } = await seededStore();
		const server = await startServer({ env: { ARTICLE_DB: db } });
		try {
			for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
			expect((await fetch(`${server.url}/`)).status).toBe(200);
			const parsed = await fetch(`${server.url}/api/geoparse`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ text: CAMP_TAJI })
			});
			expect(parsed.status).toBe(200);
			const link = await fetch(`${server.url}/a/${id}`);
			expect([200, 404, 503]).toContain(link.status);
			const shared = await fetch(`${server.url}/api/articles`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ text: 'Tikrit and Samarra.' })
			});
			expect([201, 503]).toContain(shared.status);
		} finally {
			await server.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	});

	// Hardening request #3: the store notices the deleted file and recreates it before acknowledging.
	test('an article acknowledged after the database was deleted survives a restart', async () => {
		const { dir, db } = await seededStore();
		const server = await startServer({ env: { ARTICLE_DB: db } });
		let acknowledged: string | null = null;
		try {
			for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
			const response = await fetch(`${server.url}/api/articles`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ text: 'Tikrit and Samarra.' })
			});
			if (response.status === 201) acknowledged = ((await response.json()) as { id: string }).id;
		} finally {
			await server.stop();
		}
		const again = await startServer({ env: { ARTICLE_DB: db } });
		try {
			if (acknowledged) {
				expect((await fetch(`${again.url}/api/articles/${acknowledged}`)).status).toBe(200);
			}
		} finally {
			await again.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

base.describe('basemap failing', () => {
	/**
	 * The home page with every basemap request failing. Its own guard: the failures this causes
	 * are expected console errors; any other console error, page error or outside request still
	 * fails the test.
	 */
	async function openWithoutBasemap(page: Page, baseURL: string | undefined) {
		const guard = await ownGuard(page, new URL(baseURL ?? '').origin, [
			/net::ERR_FAILED|Failed to load resource|Failed to fetch|AJAXError|basemap/i
		]);
		const basemapFailures: string[] = [];
		page.on('requestfailed', (failed) => {
			if (new URL(failed.url()).pathname.startsWith('/basemap/'))
				basemapFailures.push(failed.url());
		});
		// Registered after the guard's route, so it is consulted first.
		await page.context().route('**/basemap/**', (route) => route.abort('failed'));
		await page.goto('/');
		await baseExpect.poll(() => basemapFailures.length).toBeGreaterThan(0);
		return guard;
	}

	base('the text and the place list still work', async ({ page, baseURL }) => {
		const guard = await openWithoutBasemap(page, baseURL);
		await baseExpect(page.getByRole('heading', { level: 1 })).toContainText('Camp Taji');
		await baseExpect(page.getByText('north of Baghdad')).toBeVisible();
		const places = page.locator('#places li button.choose');
		await baseExpect(places.first()).toBeVisible();
		await places.nth(1).click();
		await baseExpect(places.nth(1)).toHaveAttribute('aria-pressed', 'true');
		// A mention in the text still selects its place.
		const mention = page.locator('article a[href^="#place-"]').first();
		const target = await mention.getAttribute('href');
		await mention.click();
		await baseExpect(page.locator(`${target} button.choose`)).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		guard.check();
	});

	// Markers need only the style, not the basemap's sources. A marker outside the first view is
	// clipped by the map (a pointer cannot reach it) but stays in Tab order: focus and Enter.
	base('the markers still work', async ({ page, baseURL }) => {
		const guard = await openWithoutBasemap(page, baseURL);
		const markers = page.getByRole('group', { name: 'Places on the map' }).getByRole('button');
		await baseExpect(markers.first()).toBeVisible();
		await markers.first().focus();
		await page.keyboard.press('Enter');
		await baseExpect(page.getByRole('dialog')).toBeVisible();
		guard.check();
	});
});
