/**
 * Every query parameter of every page and endpoint, fuzzed against the production server
 * (`node build`): a link is whatever a stranger made of it, so no value may cause a 5xx. A bad
 * share parameter is dropped and listed on the page (`?fix=__proto__~none` used to answer 500
 * on `/`, `/a/{id}`, `/embed/{id}` and `__data.json`, because page data cannot carry a
 * `__proto__` key). Needs a current build (`npm run build`); skipped without one.
 */
import fc from 'fast-check';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, type RunningServer } from '../../bench/server';

const built = existsSync(join(ROOT, 'build/index.js'));
const dir = mkdtempSync(join(tmpdir(), 'article-fuzz-'));
let server: RunningServer;
let id = '';

beforeAll(async () => {
	if (!built) return;
	server = await startServer({
		env: { ARTICLE_DB: join(dir, 'a.sqlite'), RATE_LIMIT_WRITES: 'off', RATE_LIMIT_GEOPARSE: 'off' }
	});
	const response = await fetch(`${server.url}/api/articles`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ text: 'Rockets hit Camp Taji, north of Baghdad, in Iraq.' })
	});
	id = ((await response.json()) as { id: string }).id;
}, 60_000);

afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

const PAGES = () => [
	'/',
	'/__data.json',
	`/a/${id}`,
	`/a/${id}/__data.json`,
	`/embed/${id}`,
	`/embed/${id}/__data.json`,
	`/a/${id}/export.geojson`,
	`/a/${id}/export.csv`,
	`/a/${id}/export.kml`,
	'/view',
	'/new',
	`/api/articles/${id}`,
	'/api/places'
];

const name = fc.constantFrom(
	'place',
	'm',
	'map',
	'fix',
	'q',
	'id',
	'limit',
	'x-sveltekit-invalidated',
	'x-sveltekit-trailing-slash',
	'__proto__',
	'constructor'
);
const value = fc.oneof(
	fc.constantFrom(
		'__proto__~none',
		'__proto__~gn:98182',
		'constructor~none',
		'prototype~gn:1',
		'toString~none',
		'hasOwnProperty~none',
		'gn:98182',
		'7.5/33.312/44.25/-15',
		'1e309',
		'-1',
		'NaN',
		'~',
		'%',
		'01',
		'1111',
		'__proto__'
	),
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 })
);
const query = fc.array(fc.tuple(name, value), { minLength: 1, maxLength: 6 });

describe.skipIf(!built)('query parameters of every page, fuzzed', () => {
	it('`?fix=__proto__~none` is dropped and listed, not a 500', async () => {
		for (const path of ['/', `/a/${id}`]) {
			const response = await fetch(`${server.url}${path}?fix=__proto__~none`);
			expect(response.status, path).toBe(200);
			expect(await response.text()).toContain('fix: "__proto__" is not a place name');
		}
		for (const path of [`/embed/${id}`, '/__data.json', `/a/${id}/__data.json`]) {
			const response = await fetch(`${server.url}${path}?fix=__proto__~none`);
			expect(response.status, path).toBe(200);
		}
	});

	it('no value of any parameter on any page answers 5xx', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...PAGES()), query, async (path, pairs) => {
				const search = new URLSearchParams(pairs).toString();
				const response = await fetch(`${server.url}${path}?${search}`);
				await response.arrayBuffer();
				expect(response.status, `${path}?${search}`).toBeLessThan(500);
			}),
			{ numRuns: 300 }
		);
		expect(server.output()).not.toMatch(/failed:|Error:/);
	}, 120_000);
});
