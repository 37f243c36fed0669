/**
 * #21 item 7 on the production server (`node src/cli/serve.js build`, as `npm start` runs it):
 * the 200 KB limit is on the decoded text, whatever the body's encoding (JSON `\u` escapes, a
 * percent-encoded form, gzip), `Expect: 100-continue` is answered after the checks, and static
 * files carry the app's headers. Needs a current build; skipped without.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeArticleText } from '../../../src/lib/article-input/read-file';
import { MAX_REQUEST_BYTES } from '../../../src/lib/server/security/body-limit.js';
import { ROOT, startServer, type RunningServer } from '../../bench/server';

const built = existsSync(join(ROOT, 'build/handler.js'));
const dir = mkdtempSync(join(tmpdir(), 'article-limits-'));
let server: RunningServer;

beforeAll(async () => {
	if (!built) return;
	server = await startServer({
		env: { ARTICLE_DB: join(dir, 'a.sqlite'), RATE_LIMIT_WRITES: 'off', WORK_LIMIT: 'off' }
	});
}, 60_000);

afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

/** `kb` KB of UTF-8 text made of `unit` repeated (cut to whole units). */
function textOf(unit: string, kb: number): string {
	const bytes = Buffer.byteLength(unit);
	return unit.repeat(Math.floor((kb * 1024) / bytes));
}

/** A gzip body. */
const gzip = (data: string | Buffer) => new Uint8Array(gzipSync(data));

/** JSON with every character of the text written as a `\uXXXX` escape. */
function escapedJson(text: string): string {
	let escaped = '';
	for (let i = 0; i < text.length; i++) {
		escaped += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
	}
	return `{"text":"${escaped}"}`;
}

const postArticle = (
	body: string | Uint8Array<ArrayBuffer>,
	headers: Record<string, string> = {}
) =>
	fetch(`${server.url}/api/articles`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body
	});

describe.skipIf(!built)('the text limit is on the decoded text', () => {
	it('takes 190 KB of text written entirely in \\u escapes (a body over 1 MB)', async () => {
		const text = textOf('Baghdad and Basra. ', 190);
		const body = escapedJson(text);
		expect(body.length).toBeGreaterThan(1024 * 1024);
		const response = await postArticle(body);
		expect(response.status).toBe(201);
		const { id } = (await response.json()) as { id: string };
		const stored = (await (await fetch(`${server.url}/api/articles/${id}`)).json()) as {
			text: string;
		};
		// Compared as a flag: a failure must not print 190 KB twice.
		expect(stored.text === normalizeArticleText(text)).toBe(true);
	});

	it('refuses 210 KB of escaped text with the text limit, not the body limit', async () => {
		// Arabic letters: 2 bytes of UTF-8 each, 6 bytes escaped; the body is well under its cap.
		const body = escapedJson(textOf('بغداد ', 210));
		expect(body.length).toBeLessThan(MAX_REQUEST_BYTES);
		const response = await postArticle(body);
		expect(response.status).toBe(413);
		expect(response.headers.get('content-type')).toContain('application/json');
		expect(((await response.json()) as { error: string }).error).toMatch(
			/^The text is 2\d\d KB; the limit is 200 KB\.$/
		);
	});

	it('decodes a gzip body and holds it to the same limits', async () => {
		const small = await postArticle(gzip(JSON.stringify({ text: 'Baghdad and Basra.' })), {
			'content-encoding': 'gzip'
		});
		expect(small.status).toBe(201);

		const large = await postArticle(gzip(JSON.stringify({ text: textOf('Basra ', 300) })), {
			'content-encoding': 'gzip'
		});
		expect(large.status).toBe(413);
		expect(((await large.json()) as { error: string }).error).toMatch(/^The text is 300 KB/);

		// 50 MB of spaces in 50 KB: refused as it inflates, never held whole.
		const bomb = await postArticle(gzip(Buffer.alloc(50_000_000, 32)), {
			'content-encoding': 'gzip'
		});
		expect(bomb.status).toBe(413);
		expect(((await bomb.json()) as { error: string }).error).toMatch(/decompresses to over/);

		const unknown = await postArticle('{}', { 'content-encoding': 'zstd' });
		expect(unknown.status).toBe(415);
		expect(((await unknown.json()) as { error: string }).error).toMatch(/Content-Encoding "zstd"/);
	});

	it('takes a percent-encoded form of 190 KB of accented text, refuses 210 KB with a page', async () => {
		const form = (text: string) =>
			fetch(`${server.url}/new`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'text/html',
					origin: server.url
				},
				body: new URLSearchParams({ text }).toString()
			});
		// "é" is 2 bytes of UTF-8 and 6 percent-encoded: the body is over 500 KB.
		const accepted = await form(textOf('Zürich et Genève, ', 190));
		expect(accepted.status).toBe(303);
		expect(accepted.headers.get('location')).toMatch(/^\/a\//);

		const refused = await form(textOf('Zürich et Genève, ', 210));
		expect(refused.status).toBe(413);
		expect(refused.headers.get('content-type')).toContain('text/html');
		expect(await refused.text()).toMatch(/The text is 2\d\d KB; the limit is 200 KB/);
	});
});

interface RawAnswer {
	status: number;
	/** Whether the server said "100 Continue" (and the body was sent). */
	continued: boolean;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/**
 * A POST with `Expect: 100-continue` from Node's own client, which sends the body only when told
 * to continue (or never, when the final answer comes first).
 */
function expectContinue(
	path: string,
	body: Buffer,
	headers: Record<string, string>,
	declaredLength = body.length
): Promise<RawAnswer> {
	const url = new URL(path, server.url);
	return new Promise((done, fail) => {
		let continued = false;
		const request = httpRequest(url, {
			method: 'POST',
			headers: { ...headers, 'content-length': String(declaredLength), expect: '100-continue' }
		});
		request.on('continue', () => {
			continued = true;
			request.end(body);
		});
		request.on('response', (response) => {
			let text = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (text += chunk));
			response.on('end', () =>
				done({ status: response.statusCode ?? 0, continued, headers: response.headers, body: text })
			);
		});
		request.on('error', fail);
		request.flushHeaders();
	});
}

describe.skipIf(!built)('Expect: 100-continue', () => {
	const json = { 'content-type': 'application/json' };

	it('refuses a declared body over the limit before it is sent', async () => {
		const answer = await expectContinue('/api/articles', Buffer.alloc(0), json, 5_000_000);
		expect(answer).toMatchObject({ status: 413, continued: false });
		expect(answer.headers.connection).toBe('close');
		expect(JSON.parse(answer.body)).toEqual({
			error: expect.stringMatching(/^The request body is 4883 KB; the limit is/)
		});
	});

	it('refuses a wrong content type before the body, and continues a good request', async () => {
		const body = Buffer.from(JSON.stringify({ text: 'Baghdad and Basra.' }));
		const wrong = await expectContinue('/api/articles', body, { 'content-type': 'text/plain' });
		expect(wrong).toMatchObject({ status: 415, continued: false });

		const good = await expectContinue('/api/articles', body, json);
		expect(good).toMatchObject({ status: 201, continued: true });
		expect(JSON.parse(good.body)).toHaveProperty('id');
	});

	it('answers 417 to an expectation it does not know', async () => {
		const answer = await new Promise<number>((done, fail) => {
			const request = httpRequest(new URL('/api/articles', server.url), {
				method: 'POST',
				headers: { ...json, expect: 'something-else', 'content-length': '2' }
			});
			request.on('response', (response) => {
				response.resume();
				done(response.statusCode ?? 0);
			});
			request.on('error', fail);
			request.end('{}');
		});
		expect(answer).toBe(417);
	});
});

describe.skipIf(!built)('static files carry the app headers', () => {
	const security = {
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'cross-origin-opener-policy': 'same-origin',
		'referrer-policy': 'strict-origin-when-cross-origin'
	};
	const headersOf = async (path: string, init: RequestInit = {}) => {
		const response = await fetch(`${server.url}${path}`, init);
		await response.arrayBuffer();
		expect(response.status, path).toBe(200);
		for (const [name, value] of Object.entries(security)) {
			expect(response.headers.get(name), `${name} of ${path}`).toBe(value);
		}
		expect(response.headers.get('permissions-policy'), path).toMatch(/camera=\(\)/);
		return response.headers;
	};

	it('a file of static/: no CSP source, cached an hour', async () => {
		const headers = await headersOf('/favicon.svg');
		expect(headers.get('content-security-policy')).toBe(
			"default-src 'none'; frame-ancestors 'none'"
		);
		expect(headers.get('content-type')).toBe('image/svg+xml');
		expect(headers.get('cache-control')).toBe('public, max-age=3600');
	});

	it('hashed build assets: immutable; the map worker may fetch from the app', async () => {
		const assets = join(ROOT, 'build/client/_app/immutable/assets');
		const worker = readdirSync(assets).find((name) => /worker.*\.m?js$/.test(name));
		expect(worker).toBeDefined();
		const headers = await headersOf(`/_app/immutable/assets/${worker}`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(headers.get('content-type')).toBe('text/javascript');
		expect(headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
		expect(headers.get('content-security-policy')).toMatch(/connect-src 'self'/);
		expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
		expect((await headersOf('/_app/version.json')).get('cache-control')).toBe('no-cache');
	});

	it('.pbf glyphs (prerendered) and tiles (a route): protobuf, tiles gzipped', async () => {
		const glyphs = await headersOf('/glyphs/Noto%20Sans%20Regular/0-255.pbf');
		expect(glyphs.get('content-type')).toBe('application/x-protobuf');
		expect(glyphs.get('cache-control')).toBe('public, max-age=86400');

		const tile = await headersOf('/basemap/tiles/0/0/0.pbf', {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(tile.get('content-type')).toBe('application/x-protobuf');
		expect(tile.get('content-encoding')).toBe('gzip');
		expect(tile.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
	});
});

describe.skipIf(!built)('reads of a stored article are rendered once per URL', () => {
	it('answers the same bytes again, 304 to its ETag, and renders another query anew', async () => {
		const stored = await postArticle(JSON.stringify({ text: 'Rockets hit Camp Taji, Iraq.' }));
		const { id } = (await stored.json()) as { id: string };
		const first = await fetch(`${server.url}/a/${id}`);
		const again = await fetch(`${server.url}/a/${id}`);
		const [a, b] = [await first.text(), await again.text()];
		expect(again.status).toBe(200);
		expect(b === a).toBe(true);
		expect(again.headers.get('x-frame-options')).toBe('DENY');
		const etag = again.headers.get('etag');
		expect(etag).toBeTruthy();
		const revalidated = await fetch(`${server.url}/a/${id}`, {
			headers: { 'if-none-match': etag! }
		});
		expect(revalidated.status).toBe(304);
		const other = await fetch(`${server.url}/a/${id}?fix=iraq~none`);
		expect(other.status).toBe(200);
		expect((await other.text()) === a).toBe(false);
		const csv = await fetch(`${server.url}/a/${id}/export.csv`);
		expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
		expect(await csv.text()).toContain('Camp Taji');
	});
});
