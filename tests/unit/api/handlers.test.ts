/**
 * The API handlers against a real SQLite file in a temporary folder, including a restart of the
 * store (closed and reopened, as when the server restarts), and the real gazetteer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as geoparsePost } from '../../../src/routes/api/geoparse/+server';
import { POST as articlesPost } from '../../../src/routes/api/articles/+server';
import { GET as articleGet } from '../../../src/routes/api/articles/[id]/+server';
import { GET as placesGet } from '../../../src/routes/api/places/+server';
import { GET as exportGet } from '../../../src/routes/a/[id]/export.[format]/+server';
import { closeArticleStore, getArticleStore } from '$lib/server/store/index';
import { MAX_TEXT_BYTES } from '$lib/article-input/limits';
import type { PlaceCollection } from '$lib/geoparse/types';
import { collectionToResult } from '$lib/share/collection';
import { parseCSV } from '../export/csv-parse';
import { checkWellFormedXml } from '../export/xml-check';

const TEXT =
	'Rockets struck Camp Taji, north of Baghdad, on Wednesday. Iraq said the attack came from Basra and Mosul.';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'article-api-'));
	process.env.ARTICLE_DB = join(dir, 'db', 'articles.sqlite');
	closeArticleStore();
});
afterAll(() => {
	closeArticleStore();
	delete process.env.ARTICLE_DB;
	rmSync(dir, { recursive: true, force: true });
});

type Handler = (event: never) => Response | Promise<Response>;
/** Work charged to the client by the handlers called (see security/work-limit.ts). */
const charged: number[] = [];
const call = (handler: Handler, event: Record<string, unknown>) =>
	handler({
		locals: {
			client: '192.0.2.1',
			chargeWork: (units: number) => charged.push(units),
			holdRenderGate: async () => {}
		},
		...event
	} as never);
const post = (url: string, body: string, type = 'application/json') =>
	new Request(`http://test${url}`, { method: 'POST', headers: { 'content-type': type }, body });
const eventFor = (path: string, params: Record<string, string>) => ({
	params,
	url: new URL(`http://test${path}`)
});

describe('POST /api/geoparse', () => {
	it('returns the places as a GeoJSON FeatureCollection', async () => {
		const response = await call(geoparsePost, {
			request: post('/api/geoparse', JSON.stringify({ text: TEXT, title: 'T' }))
		});
		expect(response.status).toBe(200);
		// The parse is charged to the client's work limit: its bytes, or its time if more.
		expect(charged.at(-1)).toBeGreaterThanOrEqual(Buffer.byteLength(TEXT));
		expect(response.headers.get('content-type')).toContain('application/geo+json');
		const body = (await response.json()) as PlaceCollection;
		expect(body.type).toBe('FeatureCollection');
		const names = body.features.map((f) => f.properties.name);
		expect(names).toEqual(expect.arrayContaining(['Baghdad', 'Basrah', 'Mosul']));
		for (const f of body.features) {
			for (const m of f.properties.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
		}
	});

	it('carries each mention’s alternative candidates, so a private link can offer them', async () => {
		const response = await call(geoparsePost, {
			request: post('/api/geoparse', JSON.stringify({ text: TEXT }))
		});
		const body = (await response.json()) as PlaceCollection;
		const mentions = body.features.flatMap((f) => f.properties.mentions);
		const withAlternatives = mentions.filter((m) => (m.alternatives ?? []).length > 0);
		expect(withAlternatives.length).toBeGreaterThan(0);
		for (const m of withAlternatives) {
			for (const alt of m.alternatives!) {
				expect(alt).toMatchObject({ id: expect.any(String), name: expect.any(String) });
				expect(alt.point).toHaveLength(2);
			}
		}
		// The reader rebuilds the same alternatives from the GeoJSON.
		const result = collectionToResult(body);
		expect(result.mentions.filter((m) => m.alternatives.length > 0)).toHaveLength(
			withAlternatives.length
		);
	});

	it('applies corrections from the body', async () => {
		const plain = (await (
			await call(geoparsePost, { request: post('/x', JSON.stringify({ text: TEXT })) })
		).json()) as PlaceCollection;
		const mosul = plain.features.find((f) => f.properties.name === 'Mosul')!;
		const corrected = (await (
			await call(geoparsePost, {
				request: post(
					'/x',
					JSON.stringify({ text: TEXT, corrections: { mosul: { notAPlace: true } } })
				)
			})
		).json()) as PlaceCollection;
		expect(corrected.features.map((f) => f.properties.id)).not.toContain(mosul.properties.id);
		expect(corrected.features).toHaveLength(plain.features.length - 1);
	});

	it.each([
		['not JSON', post('/x', '{"text": '), 400],
		['no text', post('/x', '{"title": "x"}'), 400],
		['empty text', post('/x', '{"text": "  \\n "}'), 400],
		['an array', post('/x', '[1,2]'), 400],
		['bad corrections', post('/x', '{"text": "Basra", "corrections": {"basra": 1}}'), 400],
		['form data', post('/x', 'text=Basra', 'application/x-www-form-urlencoded'), 415],
		['plain text', post('/x', 'Basra', 'text/plain'), 415],
		['text over 200 KB', post('/x', JSON.stringify({ text: 'a'.repeat(MAX_TEXT_BYTES + 1) })), 413],
		[
			'a body over the cap',
			post('/x', JSON.stringify({ text: 'a', pad: 'b'.repeat(1300 * 1024) })),
			413
		]
	])('refuses %s with a JSON error', async (_, request, status) => {
		const response = await call(geoparsePost, { request });
		expect(response.status).toBe(status);
		const body = (await response.json()) as { error: string };
		expect(typeof body.error).toBe('string');
		expect(body.error.length).toBeGreaterThan(10);
	});
});

describe('articles API on a real SQLite file', () => {
	let id = '';

	it('stores an article and answers 201 with its id and url', async () => {
		const response = await call(articlesPost, {
			request: post(
				'/api/articles',
				JSON.stringify({ text: TEXT, title: 'Camp Taji', sourceUrl: 'https://example.org/n' })
			)
		});
		expect(response.status).toBe(201);
		const body = (await response.json()) as { id: string; url: string };
		expect(body.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
		expect(body.url).toBe(`/a/${body.id}`);
		expect(response.headers.get('location')).toBe(body.url);
		id = body.id;
	});

	it('reads it back, and 404s unknown or malformed ids', async () => {
		const response = await call(articleGet, { params: { id } });
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({
			id,
			text: TEXT,
			title: 'Camp Taji',
			sourceUrl: 'https://example.org/n'
		});
		for (const bad of ['AAAAAAAAAAAAAAAA', '../../etc/passwd', 'x'.repeat(17)]) {
			const missing = await call(articleGet, { params: { id: bad } });
			expect(missing.status).toBe(404);
			expect(await missing.json()).toHaveProperty('error');
		}
	});

	it('still has it after a restart of the store', async () => {
		closeArticleStore();
		const response = await call(articleGet, { params: { id } });
		expect(response.status).toBe(200);
		expect(((await response.json()) as { text: string }).text).toBe(TEXT);
		expect((await getArticleStore().health()).articles).toBe(1);
	});

	it('refuses past the client’s daily storage quota with 429 (#21 item 8)', async () => {
		process.env.STORE_QUOTA_PER_DAY = '300';
		try {
			const body = (n: number) => JSON.stringify({ text: `${'Baghdad. '.repeat(15)}${n}` });
			// A client of its own: the tests above stored under the default one today.
			const store = (n: number) =>
				call(articlesPost, {
					request: post('/x', body(n)),
					locals: { client: '198.51.100.7', chargeWork: () => {}, holdRenderGate: async () => {} }
				});
			expect((await store(1)).status).toBe(201);
			expect((await store(2)).status).toBe(201);
			const refused = await store(3);
			expect(refused.status).toBe(429);
			expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
			expect(((await refused.json()) as { error: string }).error).toMatch(/daily limit/);
		} finally {
			delete process.env.STORE_QUOTA_PER_DAY;
		}
	});

	it('validates like /api/geoparse', async () => {
		expect((await call(articlesPost, { request: post('/x', '{"text": ""}') })).status).toBe(400);
		expect(
			(await call(articlesPost, { request: post('/x', '{"text": "a", "sourceUrl": "ftp://x"}') }))
				.status
		).toBe(400);
		expect((await call(articlesPost, { request: post('/x', 'a', 'text/plain') })).status).toBe(415);
	});

	it('exports the stored article with the corrections of the link', async () => {
		const geojson = await call(
			exportGet,
			eventFor(`/a/${id}/export.geojson?fix=basra~none`, { id, format: 'geojson' })
		);
		expect(geojson.headers.get('content-disposition')).toBe(
			'attachment; filename="camp-taji.geojson"'
		);
		const doc = (await geojson.json()) as PlaceCollection & { article: { shareUrl: string } };
		expect(doc.features.map((f) => f.properties.name)).not.toContain('Basrah');
		expect(doc.features.map((f) => f.properties.name)).toContain('Mosul');
		expect(doc.article.shareUrl).toBe(`http://test/a/${id}?fix=basra~none`);

		// Parsed once for the first export; the others are served from the parse cache, for less.
		charged.length = 0;
		const csv = await call(exportGet, eventFor(`/a/${id}/export.csv`, { id, format: 'csv' }));
		expect(charged).toEqual([Buffer.byteLength(TEXT)]);
		expect(csv.headers.get('content-type')).toContain('text/csv');
		const rows = parseCSV(await csv.text());
		expect(rows.slice(1).some((r) => r[8] === 'Basra')).toBe(true);

		const kml = await call(exportGet, eventFor(`/a/${id}/export.kml`, { id, format: 'kml' }));
		expect(checkWellFormedXml(await kml.text())).toEqual([]);

		await expect(
			call(exportGet, eventFor(`/a/${id}/export.pdf`, { id, format: 'pdf' }))
		).rejects.toMatchObject({ status: 404 });
		await expect(
			call(
				exportGet,
				eventFor('/a/AAAAAAAAAAAAAAAA/export.csv', { id: 'AAAAAAAAAAAAAAAA', format: 'csv' })
			)
		).rejects.toMatchObject({ status: 404 });
	});
});

describe('GET /api/places', () => {
	const get = (query: string) =>
		call(placesGet, { url: new URL(`http://test/api/places?${query}`) });

	it('autocompletes names as correction targets', async () => {
		const response = await get('q=bagh&limit=5');
		expect(response.status).toBe(200);
		const { places } = (await response.json()) as {
			places: { id: string; name: string; point: number[] }[];
		};
		expect(places.length).toBeGreaterThan(0);
		expect(places.length).toBeLessThanOrEqual(5);
		expect(places.map((p) => p.name)).toContain('Baghdad');
	});

	it('searches "Name, Region" and ranks by the story\'s point', async () => {
		const names = async (query: string) =>
			((await (await get(query)).json()) as { places: { admin1: string; country: string }[] })
				.places;
		expect((await names('q=Springfield%2C+Missouri&limit=3'))[0]).toMatchObject({
			country: 'US',
			admin1: 'Missouri'
		});
		expect((await names('q=Paris&limit=1&near=-95.55,33.66'))[0]).toMatchObject({
			country: 'US',
			admin1: 'Texas'
		});
		expect((await get('q=Paris&near=200,1')).status).toBe(400);
	});

	it('looks a place up by id, and refuses bad queries', async () => {
		const { places } = (await (await get('q=baghdad&limit=1')).json()) as {
			places: { id: string }[];
		};
		const byId = await get(`id=${encodeURIComponent(places[0]!.id)}`);
		expect(((await byId.json()) as { places: { id: string }[] }).places[0]!.id).toBe(places[0]!.id);
		expect((await get('id=nope')).status).toBe(404);
		expect((await get('q=')).status).toBe(400);
		expect((await get(`q=${'a'.repeat(101)}`)).status).toBe(400);
	});
});
